package ru.rostok.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Due dates, what is due soon, what is overdue, and the warning «срок раньше даты документа». */
class ScheduleTest {
    static final ScheduleContext OLENEGORSK_ROADMAP = SeedDeadlinesTest.OLENEGORSK_ROADMAP;
    static final ScheduleContext SLAVSK_ROADMAP = SeedDeadlinesTest.SLAVSK_ROADMAP;
    static final ScheduleContext CRIMEA_DECISION = SeedDeadlinesTest.CRIMEA_DECISION;
    static final ScheduleContext KERCH_DECISION = SeedDeadlinesTest.KERCH_DECISION;

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class AYearlyMeasure {
        final Schedule mayEveryYear = ScheduleParser.parse("Май, ежегодно", OLENEGORSK_ROADMAP);

        @Test
        void isDueAtTheEndOfEveryMayOfThePlan() {
            assertThat(mayEveryYear.dueDates(date("2021-01-01"), date("2023-12-31")))
                    .containsExactly(date("2021-05-31"), date("2022-05-31"), date("2023-05-31"));
            assertThat(mayEveryYear.dueDates(date("2022-01-01"), date("2022-12-31"))).containsExactly(date("2022-05-31"));
        }

        @Test
        void endsWithThePlan() {
            assertThat(mayEveryYear.dueDates(date("2024-01-01"), date("2026-12-31"))).isEmpty();
            assertThat(mayEveryYear.nextDue(date("2023-06-01"))).isEmpty();
        }

        @Test
        void nextDueIsTheComingMay() {
            assertThat(mayEveryYear.nextDue(date("2022-06-01"))).contains(date("2023-05-31"));
            assertThat(mayEveryYear.nextDue(date("2022-05-31"))).contains(date("2022-05-31"));
        }

        @Test
        void isOverduePerOccurrence() {
            LocalDate june2022 = date("2022-06-10");

            assertThat(mayEveryYear.overdue(june2022, Set.of(date("2021-05-31")))).containsExactly(date("2022-05-31"));
            assertThat(mayEveryYear.isOverdue(june2022, Set.of(date("2021-05-31")))).isTrue();
            assertThat(mayEveryYear.isOverdue(june2022, Set.of(date("2021-05-31"), date("2022-05-31")))).isFalse();
            assertThat(mayEveryYear.overdue(june2022, Set.of())).containsExactly(date("2021-05-31"), date("2022-05-31"));
        }

        @Test
        void isNotOverdueOnItsDueDate() {
            assertThat(mayEveryYear.isOverdue(date("2022-05-31"), Set.of(date("2021-05-31")))).isFalse();
        }

        @Test
        void isDueSoonWithinTheDaysAsked() {
            assertThat(mayEveryYear.dueSoon(date("2022-05-20"), 14)).containsExactly(date("2022-05-31"));
            assertThat(mayEveryYear.dueSoon(date("2022-05-10"), 14)).isEmpty();
            assertThat(mayEveryYear.dueSoon(date("2022-05-31"), 0)).containsExactly(date("2022-05-31"));
        }
    }

    @Nested
    class AMonthlyReport {
        final Schedule monthly = ScheduleParser.parse("до 25 числа месяца, следующего за отчётным",
                ScheduleParserTest.ROADMAP_2024_2025);

        @Test
        void isDueOnThe25thOfEveryMonth() {
            assertThat(monthly.dueDates(date("2024-01-01"), date("2024-04-30")))
                    .containsExactly(date("2024-02-25"), date("2024-03-25"), date("2024-04-25"));
        }

        @Test
        void theLastMonthOfThePlanIsReportedInTheMonthAfter() {
            assertThat(monthly.dueDates(date("2025-12-01"), date("2026-12-31")))
                    .containsExactly(date("2025-12-25"), date("2026-01-25"));
        }

        @Test
        void eachMissedMonthIsOverdueOnItsOwn() {
            assertThat(monthly.overdue(date("2024-04-26"), Set.of(date("2024-03-25"))))
                    .containsExactly(date("2024-02-25"), date("2024-04-25"));
        }
    }

    @Nested
    class AOneOffDeadline {
        final Schedule byFirstOfMarch = ScheduleParser.parse("До 1 марта 2023 года", CRIMEA_DECISION);

        @Test
        void isDueOnItsDay() {
            assertThat(byFirstOfMarch.dueDates(date("2023-01-01"), date("2023-12-31"))).containsExactly(date("2023-03-01"));
            assertThat(byFirstOfMarch.nextDue(date("2023-02-20"))).contains(date("2023-03-01"));
            assertThat(byFirstOfMarch.nextDue(date("2023-03-02"))).isEmpty();
        }

        @Test
        void isDueSoonOnlyWithinTheDaysAsked() {
            assertThat(byFirstOfMarch.dueSoon(date("2023-02-20"), 7)).isEmpty();
            assertThat(byFirstOfMarch.dueSoon(date("2023-02-20"), 14)).containsExactly(date("2023-03-01"));
        }

        @Test
        void isOverdueTheDayAfterUnlessDone() {
            assertThat(byFirstOfMarch.isOverdue(date("2023-03-01"), Set.of())).isFalse();
            assertThat(byFirstOfMarch.isOverdue(date("2023-03-02"), Set.of())).isTrue();
            assertThat(byFirstOfMarch.isOverdue(date("2023-03-02"), Set.of(date("2023-03-01")))).isFalse();
        }

        @Test
        void aPeriodIsDueAtItsEnd() {
            Schedule novemberDecember = ScheduleParser.parse("Ноябрь-декабрь 2023 года", CRIMEA_DECISION);

            assertThat(novemberDecember.nextDue(date("2023-11-15"))).contains(date("2023-12-31"));
            assertThat(novemberDecember.isOverdue(date("2023-12-15"), Set.of())).isFalse();
            assertThat(novemberDecember.isOverdue(date("2024-01-01"), Set.of())).isTrue();
        }

        @Test
        void occurrencesAreDueEachAtItsEnd() {
            Schedule mayAndDecember = ScheduleParser.parse("май 2021 г. декабрь 2021 г.", SLAVSK_ROADMAP);

            assertThat(mayAndDecember.dueDates(date("2021-01-01"), date("2021-12-31")))
                    .containsExactly(date("2021-05-31"), date("2021-12-31"));
            assertThat(mayAndDecember.overdue(date("2022-01-10"), Set.of(date("2021-05-31"))))
                    .containsExactly(date("2021-12-31"));
        }
    }

    @Nested
    class ContinuousAndUnparsed {
        @Test
        void theWholePeriodIsDueAtThePlansEnd() {
            Schedule wholePeriod = ScheduleParser.parse("весь период", SLAVSK_ROADMAP);

            assertThat(wholePeriod.dueDates(date("2021-01-01"), date("2030-12-31"))).containsExactly(date("2022-12-31"));
            assertThat(wholePeriod.isOverdue(date("2022-06-01"), Set.of())).isFalse();
        }

        @Test
        void withoutAPlanPeriodNothingIsEverDue() {
            Schedule always = ScheduleParser.parse("Постоянно", KERCH_DECISION);

            assertThat(always.dueDates(date("2000-01-01"), date("2100-12-31"))).isEmpty();
            assertThat(always.nextDue(date("2020-10-21"))).isEmpty();
            assertThat(always.isOverdue(date("2030-01-01"), Set.of())).isFalse();
        }

        @Test
        void unparsedTextIsNeverDueNorOverdue() {
            Schedule unread = ScheduleParser.parse("по мере необходимости", KERCH_DECISION);

            assertThat(unread.dueDates(date("2000-01-01"), date("2100-12-31"))).isEmpty();
            assertThat(unread.dueSoon(date("2020-10-21"), 30)).isEmpty();
            assertThat(unread.isOverdue(date("2030-01-01"), Set.of())).isFalse();
            assertThat(unread.startsBefore(date("2030-01-01"))).isFalse();
        }
    }

    @Nested
    class DeadlineBeforeTheDocument {
        @Test
        void februaryInADecisionOfOctoberIsWarnedAbout() {
            assertThat(ScheduleParser.parse("Срок: февраль 2020 г.", KERCH_DECISION).startsBefore(date("2020-10-21"))).isTrue();
        }

        @Test
        void aFirstOccurrenceBeforeTheRoadmapWasApprovedIsWarnedAbout() {
            assertThat(ScheduleParser.parse("Октябрь 2020 г. Октябрь 2021 г.", SLAVSK_ROADMAP).startsBefore(date("2021-02-10")))
                    .isTrue();
        }

        @Test
        void aPeriodThatBeganEarlierButIsDueLaterIsNot() {
            assertThat(ScheduleParser.parse("Срок: 2020– 2022 гг", KERCH_DECISION).startsBefore(date("2020-10-21"))).isFalse();
            assertThat(ScheduleParser.parse("В течение 2022 года", CRIMEA_DECISION).startsBefore(date("2022-12-14"))).isFalse();
            assertThat(ScheduleParser.parse("весь период", SLAVSK_ROADMAP).startsBefore(date("2021-02-10"))).isFalse();
        }

        @Test
        void aRecurrenceIsJudgedByItsFirstOccurrence() {
            assertThat(ScheduleParser.parse("Октябрь 2021, далее - ежегодно", OLENEGORSK_ROADMAP).startsBefore(date("2020-12-15")))
                    .isFalse();
            assertThat(ScheduleParser.parse("Октябрь 2020, далее - ежегодно", SLAVSK_ROADMAP).startsBefore(date("2021-02-10")))
                    .isTrue();
        }
    }
}
