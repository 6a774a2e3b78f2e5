package ru.rostok.common.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void wilsonGivesTheTextbookIntervalOfThreeInFive() {
        Interval i = Interval.wilson(3, 5);
        assertThat(i.estimate()).isEqualTo(60.0);
        assertThat(i.low()).isCloseTo(23.07, within(0.01));
        assertThat(i.high()).isCloseTo(88.24, within(0.01));
        assertThat(i.n()).isEqualTo(5);
    }

    @Test
    void wilsonStaysInsideZeroToHundredAtTheEdges() {
        Interval none = Interval.wilson(0, 10);
        assertThat(none.low()).isEqualTo(0.0);
        assertThat(none.high()).isCloseTo(27.75, within(0.01));
        Interval all = Interval.wilson(10, 10);
        assertThat(all.high()).isEqualTo(100.0);
        assertThat(all.low()).isCloseTo(72.25, within(0.01));
        assertThat(Interval.wilson(0, 0)).isNull();
    }

    @Test
    void aLargerSampleOfTheSameShareIsNarrower() {
        Interval small = Interval.wilson(42, 100);
        Interval large = Interval.wilson(420, 1000);
        assertThat(large.high() - large.low()).isLessThan(small.high() - small.low());
        assertThat(small.low()).isCloseTo(32.8, within(0.1));
        assertThat(small.high()).isCloseTo(51.8, within(0.1));
    }

    @Test
    void theMeanOfFiveValuesUsesStudentsTWithFourDegreesOfFreedom() {
        Interval i = Interval.mean(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertThat(i.estimate()).isEqualTo(3.0);
        assertThat(i.low()).isCloseTo(3 - 2.776 * Math.sqrt(2.5 / 5), within(1e-9));
        assertThat(i.high()).isCloseTo(3 + 2.776 * Math.sqrt(2.5 / 5), within(1e-9));
        assertThat(Interval.mean(List.of(7.0))).isNull();
    }

    @Test
    void twoEstimatesDifferOnlyWhenTheirIntervalsDoNotOverlap() {
        Interval a = new Interval(40, 31, 49, 80);
        assertThat(a.differsFrom(new Interval(55, 50, 60, 90))).isTrue();
        assertThat(a.differsFrom(new Interval(52, 48, 56, 90))).isFalse();
        assertThat(a.differsFrom(null)).isFalse();
    }

    @Test
    void tQuantilesFollowTheTableAndApproachTheNormalOne() {
        assertThat(Interval.t975(1)).isEqualTo(12.706);
        assertThat(Interval.t975(30)).isEqualTo(2.042);
        assertThat(Interval.t975(1000)).isCloseTo(1.962, within(0.001));
    }
}
