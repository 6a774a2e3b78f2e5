package ru.rostok.risk.service;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.risk.WeightedCondition;

@Schema(name = "RiskFactor")
public record RiskFactorView(long id, long regionId, int position, String name, List<WeightedCondition> conditions, BigDecimal lowAt,
                     BigDecimal mediumAt, BigDecimal highAt, long version) {
}
