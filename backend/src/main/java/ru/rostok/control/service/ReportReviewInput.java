package ru.rostok.control.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.ReviewStatus;

@Schema(name = "ReportReviewInput", description = "The controller accepts a report (the point leaves control) or returns it with a comment")
public record ReportReviewInput(@NotNull(message = "{validation.giveDecisionAcceptedOrReturned}") ReviewStatus decision,
                                @Size(max = 4000, message = "{validation.most4000Characters}") String comment) {
}
