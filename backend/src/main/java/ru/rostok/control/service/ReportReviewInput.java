package ru.rostok.control.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.ReviewStatus;

@Schema(name = "ReportReviewInput", description = "The controller accepts a report (the point leaves control) or returns it with a comment")
public record ReportReviewInput(@NotNull(message = "Укажите решение: ACCEPTED или RETURNED") ReviewStatus decision,
                                @Size(max = 4000, message = "Не длиннее 4000 знаков") String comment) {
}
