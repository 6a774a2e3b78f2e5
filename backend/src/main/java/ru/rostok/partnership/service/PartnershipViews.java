package ru.rostok.partnership.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.partnership.PartnershipStatus;

/** What the partnerships API accepts and answers. */
public final class PartnershipViews {
    private PartnershipViews() {
    }

    @Schema(name = "PartnerSuggestion", description = "A strong school suggested as a partner, nearest first, with the reason")
    public record Suggestion(long schoolId, String schoolName, long municipalityId, String municipalityName, int cluster, Integer rank,
                             Double composite, boolean sameMunicipality, boolean sameCluster,
                             @Schema(description = "Indicators where the weak school is weak and this one strong") List<String> helpsWith,
                             String reason) {
    }

    @Schema(name = "PartnershipInput", description = "Propose a partnership: the weak school, its partner, the plan's deadline")
    public record Input(@NotNull(message = "{validation.giveSchoolThatNeedsSupport}") Long weakSchoolId,
                        @NotNull(message = "{validation.givePartnerSchool}") Long partnerSchoolId,
                        @Schema(description = "The analysis run the choice rests on") Long analysisRunId,
                        @Size(max = 2000, message = "{validation.most2000Characters}") String reason,
                        @Schema(description = "The interaction plan is due by this date (004: 25.11)") LocalDate planDue) {
    }

    @Schema(name = "PartnershipTransitionInput", description = "Move a partnership on: the agreement for AGREED, the plan (a PARTNERSHIP roadmap) for PLAN_SUBMITTED")
    public record TransitionInput(@NotNull(message = "{validation.giveNewStatus}") PartnershipStatus to,
                                  @NotNull(message = "{validation.giveVersion}") Long version,
                                  @Size(max = 40, message = "{validation.most40Characters}") String agreementNumber,
                                  LocalDate agreementDate,
                                  Long roadmapId,
                                  @Size(max = 2000, message = "{validation.most2000Characters}") String comment) {
    }

    @Schema(name = "Partnership")
    public record View(long id, long regionId, long municipalityId, String municipalityName, long weakSchoolId, String weakSchoolName,
                       long partnerSchoolId, String partnerSchoolName, String partnerMunicipalityName, Long analysisRunId, String reason,
                       PartnershipStatus status, LocalDate planDue,
                       @Schema(description = "The plan's deadline has passed and no plan has been submitted") boolean planOverdue,
                       String agreementNumber, LocalDate agreementDate, Long roadmapId, String roadmapTitle, List<Transition> history,
                       long version, OffsetDateTime updatedAt,
                       @Schema(description = "The statuses the caller may move the partnership to") List<String> actions) {
    }

    @Schema(name = "PartnershipTransition")
    public record Transition(PartnershipStatus from, PartnershipStatus to, String comment, String actor, OffsetDateTime occurredAt) {
    }
}
