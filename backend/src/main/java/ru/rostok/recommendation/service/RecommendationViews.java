package ru.rostok.recommendation.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.recommendation.Recommendation;

/** What the recommendations API accepts and answers. */
public final class RecommendationViews {
    private RecommendationViews() {
    }

    @Schema(name = "RecommendationInput", description = "To whom (a school, a municipality or a body), on what basis, what, by when")
    public record Input(@NotNull(message = "{validation.giveAddressee}") Recommendation.Addressee addresseeKind,
                        Long schoolId, Long municipalityId, Long bodyId,
                        @NotNull(message = "{validation.giveBasis}") Recommendation.Basis basisKind,
                        Long analysisRunId, Long schoolListId,
                        @Size(max = 2000, message = "{validation.most2000Characters}") String basis,
                        @NotBlank(message = "{validation.giveTextRecommendation}") @Size(max = 5000, message = "{validation.most5000Characters}") String text,
                        @NotNull(message = "{validation.giveDeadline}") LocalDate deadline) {
    }

    @Schema(name = "RecommendationTransitionInput", description = "Accept (ACCEPTED), then report DONE or NOT_DONE with the report")
    public record TransitionInput(@NotNull(message = "{validation.giveNewStatus}") Recommendation.Status to,
                                  @NotNull(message = "{validation.giveVersion}") Long version,
                                  @Size(max = 5000, message = "{validation.most5000Characters}") String report) {
    }

    @Schema(name = "Recommendation")
    public record View(long id, long regionId, Long municipalityId, String municipalityName, Recommendation.Addressee addresseeKind,
                       Long schoolId, Long bodyId, String addresseeName, Recommendation.Basis basisKind, Long analysisRunId, Long schoolListId,
                       String basis, String text, LocalDate deadline, boolean overdue, Recommendation.Status status, String issuedBy,
                       OffsetDateTime issuedAt, String acceptedBy, OffsetDateTime acceptedAt, String report, String reportedBy,
                       OffsetDateTime reportedAt, long version,
                       @Schema(description = "The statuses the caller may move the recommendation to (its addressee: accept, then report)") List<String> actions) {
    }
}
