package ru.rostok.recommendation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.recommendation.Recommendation;

@Schema(name = "RecommendationInput", description = "To whom (a school, a municipality or a body), on what basis, what, by when")
public record RecommendationInput(@NotNull(message = "{validation.giveAddressee}") Recommendation.Addressee addresseeKind,
                    Long schoolId, Long municipalityId, Long bodyId,
                    @NotNull(message = "{validation.giveBasis}") Recommendation.Basis basisKind,
                    Long analysisRunId, Long schoolListId,
                    @Size(max = 2000, message = "{validation.most2000Characters}") String basis,
                    @NotBlank(message = "{validation.giveTextRecommendation}") @Size(max = 5000, message = "{validation.most5000Characters}") String text,
                    @NotNull(message = "{validation.giveDeadline}") LocalDate deadline) {
}
