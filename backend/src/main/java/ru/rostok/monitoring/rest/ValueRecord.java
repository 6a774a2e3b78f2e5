package ru.rostok.monitoring.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValueRecord", description = "One value in long format, addressed by public codes")
public record ValueRecord(@Schema(description = "The school's INN") String schoolInn, String indicatorCode,
                          BigDecimal value, Integer numerator, Integer denominator) {
}
