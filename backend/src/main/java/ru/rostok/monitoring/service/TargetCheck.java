package ru.rostok.monitoring.service;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.TargetStatus;

@Schema(name = "TargetCheck", description = "An indicator a measure, a decision point or a recommendation should move: its target, "
        + "the actual value of the latest monitoring that has it, and whether the target is reached")
public record TargetCheck(
        long indicatorId, String code, String name, String unit,
        @Schema(description = "Which way is better; a context indicator is read as higher is better") Direction direction,
        BigDecimal targetValue,
        TargetStatus status,
        @Schema(description = "The actual value: one school's, or the median of the schools counted") BigDecimal actual,
        @Schema(description = "How many schools' values the actual rests on") Integer schools,
        @Schema(description = "The monitoring the actual comes from") Long campaignId, String campaignName, String academicYear,
        @Schema(description = "Why there is no verdict, in words") String note) {
}
