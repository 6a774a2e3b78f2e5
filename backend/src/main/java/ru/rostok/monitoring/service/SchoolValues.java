package ru.rostok.monitoring.service;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.SubmissionStatus;

@Schema(name = "SchoolValues", description = "A row of a campaign's values table: one school, its values")
public record SchoolValues(long schoolId, String schoolName, String schoolInn, long municipalityId, String municipalityName,
                           SubmissionStatus status, List<Cell> values) {

    @Schema(name = "CellValue")
    public record Cell(long indicatorId, String code, BigDecimal value, Integer numerator, Integer denominator) {
    }
}
