package ru.rostok.analysis.engine;

import java.util.List;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.ValueType;
import ru.rostok.monitoring.service.HandedInValues;

/**
 * The numbers a run works on: the campaign's schools, its indicators, and a value (NaN when missing) and a sample
 * (the percent's denominator, 0 when unknown) for each school and indicator.
 */
public record AnalysisData(List<School> schools, List<Indicator> indicators, double[][] values, int[][] samples, String version) {

    public record School(long id, String name, long municipalityId, String municipalityName, boolean rural, int pupils) {
    }

    public record Indicator(long id, String code, String name, String unit, IndicatorCategory category, Direction direction,
                            Integer minSample, ValueType valueType) {
        public boolean judged() {
            return direction != Direction.CONTEXT && category != IndicatorCategory.CONTEXT;
        }
    }

    public int indexOf(String code) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    public boolean present(int school, int indicator) {
        return !Double.isNaN(values[school][indicator]);
    }

    /** A value whose sample is below the indicator's minimum: shown, never judged. */
    public boolean smallSample(int school, int indicator) {
        return present(school, indicator)
                && !HandedInValues.Value.judged(samples[school][indicator], indicators.get(indicator).minSample());
    }

    public boolean usable(int school, int indicator) {
        return present(school, indicator) && !smallSample(school, indicator);
    }
}
