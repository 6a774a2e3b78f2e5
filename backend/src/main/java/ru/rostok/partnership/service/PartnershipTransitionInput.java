package ru.rostok.partnership.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.partnership.PartnershipStatus;

@Schema(name = "PartnershipTransitionInput", description = "Move a partnership on: the agreement for AGREED, the plan (a PARTNERSHIP roadmap) for PLAN_SUBMITTED")
public record PartnershipTransitionInput(@NotNull(message = "{validation.giveNewStatus}") PartnershipStatus to,
                              @NotNull(message = "{validation.giveVersion}") Long version,
                              @Size(max = 40, message = "{validation.most40Characters}") String agreementNumber,
                              LocalDate agreementDate,
                              Long roadmapId,
                              @Size(max = 2000, message = "{validation.most2000Characters}") String comment) {
}
