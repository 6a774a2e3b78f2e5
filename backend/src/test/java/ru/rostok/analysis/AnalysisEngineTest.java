package ru.rostok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.analysis.engine.AnalysisData;
import ru.rostok.analysis.engine.AnalysisEngine;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.engine.ContextClusters;
import ru.rostok.analysis.engine.Position;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.ValueType;

/** The analysis rules on small hand-made campaigns, where every number can be checked by hand. */
class AnalysisEngineTest {
    static final AnalysisData.Indicator QUALITY = new AnalysisData.Indicator(1, "QUAL_RATE", "Качество знаний", "%", IndicatorCategory.RESULTS,
            Direction.HIGHER_BETTER, 10, ValueType.PERCENT);
    static final AnalysisData.Indicator FAILS = new AnalysisData.Indicator(2, "VPR_F2", "Доля «2» по ВПР", "%", IndicatorCategory.RESULTS,
            Direction.LOWER_BETTER, null, ValueType.PERCENT);
    static final AnalysisData.Indicator GAP = new AnalysisData.Indicator(3, "OBJ_GAP2", "Расхождение на 2 балла", "%", IndicatorCategory.OBJECTIVITY,
            Direction.LOWER_BETTER, null, ValueType.PERCENT);
    static final AnalysisData.Indicator LOW_INCOME = new AnalysisData.Indicator(4, "CTX_LOWINC", "Малообеспеченные", "%", IndicatorCategory.CONTEXT,
            Direction.CONTEXT, null, ValueType.PERCENT);

    /** Ten schools: the better the number, the better both results; school 10 also has a large mark gap. */
    static AnalysisData tenSchools() {
        List<AnalysisData.School> schools = new ArrayList<>();
        int n = 10;
        double[][] values = new double[n][4];
        int[][] samples = new int[n][4];
        for (int s = 0; s < n; s++) {
            boolean rural = s < 5;
            schools.add(new AnalysisData.School(s + 1, "Школа " + (s + 1), s < 6 ? 100 : 200, s < 6 ? "Город" : "Район", rural, rural ? 60 : 900));
            values[s] = new double[] {40 + 5 * s, 30 - 3 * s, s == 9 ? 25 : 3, rural ? 40 : 8};
            samples[s] = new int[] {50, 50, 50, 0};
        }
        return new AnalysisData(schools, List.of(QUALITY, FAILS, GAP, LOW_INCOME), values, samples, "v1");
    }

    static AnalysisSettings byRegion(int minIndicators) {
        return new AnalysisSettings(AnalysisSettings.ComparisonGroup.REGION, null, 2, null, null, minIndicators, null, null, null, null);
    }

    @Test
    void aLowerIsBetterIndicatorCountsTheOtherWay_andTheBestAndWorstFifthsAreStrongAndWeak() {
        AnalysisResult r = AnalysisEngine.run(tenSchools(), byRegion(2));
        AnalysisResult.SchoolResult best = r.schools().get(9);
        AnalysisResult.SchoolResult worst = r.schools().get(0);
        assertThat(best.scores()[1]).isPositive(); // 3 % of «2»: the fewest, so the best score
        assertThat(worst.scores()[1]).isNegative();
        assertThat(best.rank()).isEqualTo(1);
        assertThat(worst.rank()).isEqualTo(10);
        assertThat(r.schools().stream().map(AnalysisResult.SchoolResult::position))
                .containsExactly(Position.WEAK, Position.WEAK, Position.MIDDLE, Position.MIDDLE, Position.MIDDLE, Position.MIDDLE,
                        Position.MIDDLE, Position.MIDDLE, Position.STRONG, Position.STRONG);
        assertThat(worst.reason()).contains("место 10 из 10").contains("в нижних 20 %").contains("слабая позиция");
        assertThat(best.reason()).contains("сильная позиция");
        assertThat(best.rankInMunicipality()).isEqualTo(1);
        assertThat(r.schools().get(5).rankInMunicipality()).isEqualTo(1); // the best of «Город»'s six
        assertThat(r.positions()).containsEntry(Position.STRONG, 2).containsEntry(Position.WEAK, 2);
    }

    @Test
    void aValueBelowItsMinimumSampleIsShownButNotJudged_andNoPositionRestsOnTooFewValues() {
        AnalysisData data = tenSchools();
        data.samples()[9][0] = 6; // the best school's quality rests on six pupils
        AnalysisResult r = AnalysisEngine.run(data, byRegion(2));
        AnalysisResult.SchoolResult school = r.schools().get(9);
        assertThat(school.smallSample()[0]).isTrue();
        assertThat(school.scores()[0]).isNaN();
        assertThat(school.judged()).isEqualTo(1);
        assertThat(school.position()).isEqualTo(Position.INSUFFICIENT_DATA);
        assertThat(school.composite()).isNull();
        assertThat(school.rank()).isNull();
        assertThat(school.reason()).contains("Достоверных значений 1 (нужно не меньше 2)");
        assertThat(r.distributions().get(0).smallSamples()).isEqualTo(1);
        assertThat(r.distributions().get(0).count()).isEqualTo(9);
        assertThat(r.schools().stream().filter(s -> s.rank() != null)).hasSize(9);
    }

    @Test
    void theSameDataAndSettingsGiveTheSameNumbers() {
        AnalysisResult a = AnalysisEngine.run(tenSchools(), AnalysisSettings.defaults());
        AnalysisResult b = AnalysisEngine.run(tenSchools(), AnalysisSettings.defaults());
        for (int s = 0; s < 10; s++) {
            assertThat(b.schools().get(s).composite()).isEqualTo(a.schools().get(s).composite());
            assertThat(b.schools().get(s).cluster()).isEqualTo(a.schools().get(s).cluster());
            assertThat(Arrays.equals(b.schools().get(s).scores(), a.schools().get(s).scores())).isTrue();
        }
        assertThat(b.clusters()).isEqualTo(a.clusters());
    }

    @Test
    void contextClustersSeparateSmallRuralPoorSchoolsFromLargeTownOnesAndSayWhatTheyAre() {
        AnalysisResult r = AnalysisEngine.run(tenSchools(), byRegion(2));
        assertThat(r.clusters()).hasSize(2);
        assertThat(r.schools().subList(0, 5)).allSatisfy(s -> assertThat(s.cluster()).isEqualTo(r.schools().get(0).cluster()));
        assertThat(r.schools().subList(5, 10)).allSatisfy(s -> assertThat(s.cluster()).isNotEqualTo(r.schools().get(0).cluster()));
        ContextClusters.Cluster rural = cluster(r, r.schools().get(0).cluster());
        assertThat(rural.description()).startsWith("сельские, малокомплектные").contains("высокая доля малообеспеченных семей");
        assertThat(rural.centre()).containsEntry("CTX_LOWINC", 40.0).containsEntry("CTX_RURAL", 1.0);
        assertThat(r.clusterFeatures()).contains("CTX_RURAL", "CTX_STUDENTS", "CTX_LOWINC");
    }

    @Test
    void comparedWithItsClusterASchoolIsJudgedAmongSchoolsLikeIt_aTooSmallGroupFallsBackToTheWholeCampaign() {
        AnalysisResult byCluster = AnalysisEngine.run(tenSchools(), new AnalysisSettings(AnalysisSettings.ComparisonGroup.CLUSTER, null, 2,
                null, null, 2, null, null, null, null));
        // five rural schools: the best of them is strong among its peers (z > 1) though middling in the whole campaign
        assertThat(byCluster.schools().get(4).scores()[0]).isGreaterThan(1);
        assertThat(byCluster.schools().get(4).regionFallback()[0]).isFalse();
        AnalysisResult byMunicipality = AnalysisEngine.run(tenSchools(), new AnalysisSettings(AnalysisSettings.ComparisonGroup.MUNICIPALITY,
                null, 2, null, null, 2, null, null, null, null));
        assertThat(byMunicipality.schools().get(9).regionFallback()[0]).isTrue(); // «Район» has four schools
        assertThat(byMunicipality.schools().get(0).regionFallback()[0]).isFalse();
    }

    @Test
    void aLargeMarkGapIsASignalToCheck_notAVerdict() {
        AnalysisResult r = AnalysisEngine.run(tenSchools(), byRegion(2));
        assertThat(r.schools().get(9).signals()).singleElement().satisfies(signal -> {
            assertThat(signal.kind()).isEqualTo("MARK_GAP");
            assertThat(signal.message()).contains("25,00 %").contains("стоит проверить");
        });
        assertThat(r.schools().get(0).signals()).isEmpty();
    }

    @Test
    void weightsTheAnalystSetsChangeTheIndex_andObjectivityIsNotJudgedUnlessWeighted() {
        AnalysisResult plain = AnalysisEngine.run(tenSchools(), byRegion(2));
        assertThat(plain.schools().get(9).judged()).isEqualTo(2);
        AnalysisResult weighted = AnalysisEngine.run(tenSchools(), new AnalysisSettings(AnalysisSettings.ComparisonGroup.REGION,
                Map.of(IndicatorCategory.OBJECTIVITY, 1.0), 2, null, null, 2, null, null, null, null));
        assertThat(weighted.schools().get(9).judged()).isEqualTo(3);
        assertThat(weighted.schools().get(9).composite()).isLessThan(plain.schools().get(9).composite());
    }

    /**
     * A campaign large enough to be computed on all cores: every score is still the school's value against the campaign's
     * mean and deviation, counted here with plain loops, and two runs agree to the last digit.
     */
    @Test
    void aLargeCampaignIsComputedInParallelWithTheSameNumbersAsCountedByHand() {
        int n = 6_000;
        int m = 40;
        java.util.Random random = new java.util.Random(7);
        List<AnalysisData.School> schools = new ArrayList<>();
        List<AnalysisData.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            indicators.add(new AnalysisData.Indicator(100 + i, "R" + i, "Результат " + i, "%", IndicatorCategory.RESULTS,
                    i % 3 == 0 ? Direction.LOWER_BETTER : Direction.HIGHER_BETTER, null, ValueType.PERCENT));
        }
        double[][] values = new double[n][m];
        int[][] samples = new int[n][m];
        for (int s = 0; s < n; s++) {
            schools.add(new AnalysisData.School(s + 1, "Школа " + (s + 1), 1 + s % 40, "Округ " + s % 40, s % 3 == 0, 50 + random.nextInt(900)));
            for (int i = 0; i < m; i++) {
                values[s][i] = s % 97 == i ? Double.NaN : Math.round(random.nextDouble() * 1000) / 10.0;
            }
        }
        AnalysisData data = new AnalysisData(schools, indicators, values, samples, "test");
        AnalysisSettings settings = new AnalysisSettings(AnalysisSettings.ComparisonGroup.REGION, null, 6, null, null, 3, null, null, null, null);

        AnalysisResult first = AnalysisEngine.run(data, settings);
        AnalysisResult second = AnalysisEngine.run(data, settings);

        for (int i = 0; i < m; i++) {
            double sum = 0;
            int count = 0;
            for (int s = 0; s < n; s++) {
                if (!Double.isNaN(values[s][i])) {
                    sum += values[s][i];
                    count++;
                }
            }
            double mean = sum / count;
            double squares = 0;
            for (int s = 0; s < n; s++) {
                if (!Double.isNaN(values[s][i])) {
                    squares += (values[s][i] - mean) * (values[s][i] - mean);
                }
            }
            double sd = Math.sqrt(squares / count);
            for (int s = 0; s < n; s++) {
                double z = (values[s][i] - mean) / sd * (i % 3 == 0 ? -1 : 1);
                double expected = Double.isNaN(z) ? Double.NaN : Math.max(-3, Math.min(3, z));
                assertThat(first.schools().get(s).scores()[i]).as("school %d, indicator %d", s, i).isCloseTo(expected, within(1e-9));
            }
        }
        assertThat(first.schools()).hasSize(n);
        for (int s = 0; s < n; s++) {
            AnalysisResult.SchoolResult a = first.schools().get(s);
            AnalysisResult.SchoolResult b = second.schools().get(s);
            assertThat(a.schoolId()).isEqualTo(s + 1);
            assertThat(b.composite()).isEqualTo(a.composite());
            assertThat(b.rank()).isEqualTo(a.rank());
            assertThat(b.cluster()).isEqualTo(a.cluster());
            assertThat(b.reason()).isEqualTo(a.reason());
        }
        assertThat(first.positions()).isEqualTo(second.positions());
        assertThat(first.distributions()).isEqualTo(second.distributions());
        assertThat(first.clusters()).isEqualTo(second.clusters());
    }

    static ContextClusters.Cluster cluster(AnalysisResult r, int number) {
        return r.clusters().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }
}
