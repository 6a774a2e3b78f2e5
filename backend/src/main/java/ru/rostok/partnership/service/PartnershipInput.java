package ru.rostok.partnership.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnershipInput", description = "Propose a partnership: the weak school, its partner, the plan's deadline")
public record PartnershipInput(@NotNull(message = "{validation.giveSchoolThatNeedsSupport}") Long weakSchoolId,
                    @NotNull(message = "{validation.givePartnerSchool}") Long partnerSchoolId,
                    @Schema(description = "The analysis run the choice rests on") Long analysisRunId,
                    @Size(max = 2000, message = "{validation.most2000Characters}") String reason,
                    @Schema(description = "The interaction plan is due by this date (004: 25.11)") LocalDate planDue) {
}
