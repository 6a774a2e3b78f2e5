package ru.rostok.recommendation.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.recommendation.Recommendation;

@Schema(name = "RecommendationTransitionInput", description = "Accept (ACCEPTED), then report DONE or NOT_DONE with the report")
public record RecommendationTransitionInput(@NotNull(message = "{validation.giveNewStatus}") Recommendation.Status to,
                              @NotNull(message = "{validation.giveVersion}") Long version,
                              @Size(max = 5000, message = "{validation.most5000Characters}") String report) {
}
