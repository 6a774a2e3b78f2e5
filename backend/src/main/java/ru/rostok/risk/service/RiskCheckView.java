package ru.rostok.risk.service;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RiskCheck")
public record RiskCheckView(String indicatorCode, String indicatorName, String condition, BigDecimal weight, Double value, boolean met, boolean judged) {
}
