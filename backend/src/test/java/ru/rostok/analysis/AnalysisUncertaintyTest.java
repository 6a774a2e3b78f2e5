package ru.rostok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.rostok.analysis.engine.AnalysisData;
import ru.rostok.analysis.engine.AnalysisEngine;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.service.AnalysisIndicatorResultView.Versus;
import ru.rostok.common.stats.Interval;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.ValueType;

/** Intervals of a school's shares and the places its rank could take, on campaigns where every number is known. */
class AnalysisUncertaintyTest {
    static final AnalysisData.Indicator QUALITY = new AnalysisData.Indicator(1, "QUAL_RATE", "Качество знаний", "%", IndicatorCategory.RESULTS,
            Direction.HIGHER_BETTER, null, ValueType.PERCENT);

    /** 3 of 5 and 300 of 500 are both 60 %: the small school's interval is wide, the large one's narrow. */
    @Test
    void threeOfFiveIsWideAndThreeHundredOfFiveHundredIsNarrow() {
        Interval small = AnalysisEngine.shareInterval(60, 5);
        Interval large = AnalysisEngine.shareInterval(60, 500);
        assertThat(small.estimate()).isEqualTo(60.0);
        assertThat(small.low()).isCloseTo(23.07, within(0.01));
        assertThat(small.high()).isCloseTo(88.24, within(0.01));
        assertThat(large.low()).isCloseTo(55.65, within(0.01));
        assertThat(large.high()).isCloseTo(64.20, within(0.01));
        assertThat(AnalysisEngine.shareInterval(60, 0)).isNull();
    }

    /** A median of 50 %: 60 % of 5 may well be at the median; 60 % of 500 is above it; 20 % of 500 below. */
    @Test
    void aDifferenceFromTheMedianIsCalledOnlyWhenTheIntervalLiesWhollyOnOneSide() {
        assertThat(Versus.of(AnalysisEngine.shareInterval(60, 5), 50.0)).isEqualTo(Versus.NOT_PROVEN);
        assertThat(Versus.of(AnalysisEngine.shareInterval(60, 500), 50.0)).isEqualTo(Versus.ABOVE);
        assertThat(Versus.of(AnalysisEngine.shareInterval(20, 500), 50.0)).isEqualTo(Versus.BELOW);
        assertThat(Versus.of(null, 50.0)).isNull();
    }

    /**
     * Four schools, one share: A 90 % of 500 [87.1–92.3], B 80 % of 500 [76.3–83.3], C 60 % of 5 [23.1–88.2], D 20 % of 500
     * [16.7–23.7]. Ranked A, B, C, D; by hand: A may be overtaken only by C (1–2); B is surely below A and may be
     * overtaken by C (2–3); C could be anywhere (1–4); D is surely below A and B (3–4).
     */
    @Test
    void theRankRangeOfEachSchoolIsWhatTheIntervalsAllow() {
        double[] percent = {90, 80, 60, 20};
        int[] sample = {500, 500, 5, 500};
        List<AnalysisData.School> schools = new ArrayList<>();
        double[][] values = new double[4][1];
        int[][] samples = new int[4][1];
        for (int s = 0; s < 4; s++) {
            schools.add(new AnalysisData.School(s + 1, "Школа " + "ABCD".charAt(s), 100, "Город", false, 500));
            values[s][0] = percent[s];
            samples[s][0] = sample[s];
        }
        AnalysisData data = new AnalysisData(schools, List.of(QUALITY), values, samples, "v1");
        AnalysisResult r = AnalysisEngine.run(data,
                new AnalysisSettings(AnalysisSettings.ComparisonGroup.REGION, null, 1, null, null, 1, null, null, null, null));
        assertThat(r.schools()).extracting(AnalysisResult.SchoolResult::rank).containsExactly(1, 2, 3, 4);
        assertThat(r.schools()).extracting(AnalysisResult.SchoolResult::rankLow).containsExactly(1, 2, 1, 3);
        assertThat(r.schools()).extracting(AnalysisResult.SchoolResult::rankHigh).containsExactly(2, 3, 4, 4);
        AnalysisResult.SchoolResult c = r.schools().get(2);
        assertThat(c.compositeLow()).isLessThan(c.composite());
        assertThat(c.compositeHigh()).isGreaterThan(c.composite());
        // the same z-scores as the run: (value − 62.5) / 26.81, the population deviation of the four
        assertThat(c.composite()).isCloseTo((60 - 62.5) / Math.sqrt(718.75), within(0.0001));
        assertThat(c.compositeHigh()).isCloseTo((AnalysisEngine.shareInterval(60, 5).high() - 62.5) / Math.sqrt(718.75), within(0.0001));
    }

    /** A lower-is-better share: its worst end is the upper bound of its interval. */
    @Test
    void forALowerIsBetterShareTheWorstEndIsTheHighBound() {
        AnalysisData.Indicator fails = new AnalysisData.Indicator(2, "VPR_F2", "Доля «2»", "%", IndicatorCategory.RESULTS,
                Direction.LOWER_BETTER, null, ValueType.PERCENT);
        List<AnalysisData.School> schools = List.of(new AnalysisData.School(1, "А", 100, "Город", false, 500),
                new AnalysisData.School(2, "Б", 100, "Город", false, 500));
        AnalysisData data = new AnalysisData(schools, List.of(fails), new double[][] {{10}, {40}}, new int[][] {{10}, {10}}, "v1");
        AnalysisResult r = AnalysisEngine.run(data,
                new AnalysisSettings(AnalysisSettings.ComparisonGroup.REGION, null, 1, null, null, 1, null, null, null, null));
        AnalysisResult.SchoolResult first = r.schools().get(0);
        assertThat(first.rank()).isEqualTo(1);
        // mean 25, sd 15: the worst end 10 % of 10 → high bound, z = −(high − 25) / 15
        assertThat(first.compositeLow()).isCloseTo(-(AnalysisEngine.shareInterval(10, 10).high() - 25) / 15, within(0.0001));
        assertThat(first.rankLow()).isEqualTo(1);
        assertThat(first.rankHigh()).isEqualTo(2); // 1 of 10 and 4 of 10 overlap
    }
}
