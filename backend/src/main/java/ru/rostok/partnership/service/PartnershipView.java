package ru.rostok.partnership.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.partnership.PartnershipStatus;

@Schema(name = "Partnership")
public record PartnershipView(long id, long regionId, long municipalityId, String municipalityName, long weakSchoolId, String weakSchoolName,
                   long partnerSchoolId, String partnerSchoolName, String partnerMunicipalityName, Long analysisRunId, String reason,
                   PartnershipStatus status, LocalDate planDue,
                   @Schema(description = "The plan's deadline has passed and no plan has been submitted") boolean planOverdue,
                   String agreementNumber, LocalDate agreementDate, Long roadmapId, String roadmapTitle, List<PartnershipTransitionView> history,
                   long version, OffsetDateTime updatedAt,
                   @Schema(description = "The statuses the caller may move the partnership to") List<String> actions) {
}
