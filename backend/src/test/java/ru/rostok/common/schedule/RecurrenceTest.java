package ru.rostok.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    @Test
    void aWholeMonthStaysAWholeMonth() {
        Recurrence february = new Recurrence(Frequency.YEARLY, DatePeriod.month(YearMonth.of(2021, 2)), null);

        assertThat(february.occurrence(3)).isEqualTo(DatePeriod.month(YearMonth.of(2024, 2)));
        assertThat(february.occurrence(3).end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aQuarterStepsIntoTheNextYear() {
        Recurrence quarters = new Recurrence(Frequency.QUARTERLY, DatePeriod.quarter(2024, 4), null);

        assertThat(quarters.occurrence(1)).isEqualTo(DatePeriod.quarter(2025, 1));
        assertThat(quarters.occurrence(2)).isEqualTo(DatePeriod.quarter(2025, 2));
    }

    @Test
    void aDayKeepsItsDate() {
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, DatePeriod.day(LocalDate.of(2024, 1, 25)), null);

        assertThat(monthly.occurrence(1)).isEqualTo(DatePeriod.day(LocalDate.of(2024, 2, 25)));
        assertThat(monthly.occurrence(13)).isEqualTo(DatePeriod.day(LocalDate.of(2025, 2, 25)));
    }

    @Test
    void anOpenEndedRecurrenceAnswersForAnyBoundedWindow() {
        Recurrence yearly = new Recurrence(Frequency.YEARLY, DatePeriod.month(YearMonth.of(2021, 5)), null);

        assertThat(yearly.occurrencesDue(LocalDate.of(2040, 1, 1), LocalDate.of(2040, 12, 31)))
                .containsExactly(DatePeriod.month(YearMonth.of(2040, 5)));
    }

    @Test
    void cannotEndBeforeItsFirstOccurrenceIsDue() {
        assertThatThrownBy(() -> new Recurrence(Frequency.YEARLY, DatePeriod.month(YearMonth.of(2021, 5)), LocalDate.of(2021, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
