package ru.rostok.monitoring.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Subject;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.ValueType;

@Schema(name = "IndicatorView", description = "An indicator of a region's catalogue in one revision of its meaning")
public record IndicatorView(
        long id,
        long regionId,
        String regionName,
        String code,
        @Schema(description = "1 for the first meaning; a change after use makes a new revision") int revision,
        @Schema(description = "Replaced by a newer revision; kept for the campaigns that used it") boolean retired,
        @Schema(description = "Used by a campaign past draft: its meaning can change only by a new revision") boolean locked,
        String name,
        String description,
        IndicatorCategory category,
        @Schema(description = "Whom it is asked of: schools or municipalities") Respondent respondent,
        String unit,
        ValueType valueType,
        Direction direction,
        BigDecimal minValue,
        BigDecimal maxValue,
        Integer minSample,
        @Schema(description = "The subject the indicator is about, when one: links weak results to teachers' deficits") Subject subject,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
