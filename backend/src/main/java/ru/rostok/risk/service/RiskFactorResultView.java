package ru.rostok.risk.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.risk.RiskLevel;

@Schema(name = "RiskFactorResult")
public record RiskFactorResultView(long factorId, String name, RiskLevel computedLevel, BigDecimal score, BigDecimal maxScore, List<RiskCheckView> checks,
                           @Schema(description = "The level the school confirmed or corrected to; null until it has") RiskLevel schoolLevel,
                           String comment, String assessedBy, OffsetDateTime assessedAt,
                           @Schema(description = "Whether the school's word was given on the level computed now (false: the data changed since)") boolean assessedOnCurrent,
                           Long assessmentVersion) {
}
