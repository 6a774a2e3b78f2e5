package ru.rostok.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phrasings beyond the seeds' own (those are in {@link SeedDeadlinesTest}), and the rules behind them. */
class ScheduleParserTest {
    static final ScheduleContext KERCH_DECISION = SeedDeadlinesTest.KERCH_DECISION;
    static final ScheduleContext CRIMEA_DECISION = SeedDeadlinesTest.CRIMEA_DECISION;
    static final ScheduleContext SLAVSK_ROADMAP = SeedDeadlinesTest.SLAVSK_ROADMAP;
    static final ScheduleContext OLENEGORSK_ROADMAP = SeedDeadlinesTest.OLENEGORSK_ROADMAP;
    /** A roadmap for 2024–2025 approved before the plan begins, like 003. */
    static final ScheduleContext ROADMAP_2024_2025 =
            ScheduleContext.ofPlan(LocalDate.of(2023, 12, 20), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));

    static String read(String text, ScheduleContext context) {
        return Structure.of(ScheduleParser.parse(text, context));
    }

    @Nested
    class FormsTheIssueNames {
        @Test
        void aQuarterIsItsThreeMonths() {
            assertThat(read("4 квартал 2024 г.", ROADMAP_2024_2025)).isEqualTo("PERIOD 2024-10-01..2024-12-31");
        }

        @Test
        void everyQuarterStartsWithTheQuarterThePlanStartsIn() {
            assertThat(read("ежеквартально", ROADMAP_2024_2025))
                    .isEqualTo("RECURRING QUARTERLY 2024-01-01..2024-03-31 until 2025-12-31 [YEAR_FROM_PLAN_PERIOD]");
        }

        @Test
        void aDayOfTheMonthAfterTheReportingMonthIsDueEveryMonthUntilTheLastMonthOfThePlanIsReported() {
            assertThat(read("до 25 числа месяца, следующего за отчётным", ROADMAP_2024_2025))
                    .isEqualTo("RECURRING MONTHLY 2024-02-25..2024-02-25 until 2026-01-25 [YEAR_FROM_PLAN_PERIOD]");
        }

        @Test
        void theResultsOfTheSchoolYearAreDueInJuneByConvention() {
            assertThat(read("по итогам учебного года", ROADMAP_2024_2025)).isEqualTo(
                    "RECURRING YEARLY 2024-06-01..2024-06-30 until 2025-12-31 [YEAR_FROM_PLAN_PERIOD, DATE_BY_CONVENTION]");
        }

        @Test
        void theIssueSpellingWithASpaceAfterTheLabelReadsLikeTheSeed() {
            assertThat(read("Срок: декабрь2020–апрель2021г.", KERCH_DECISION)).isEqualTo("PERIOD 2020-12-01..2021-04-30");
        }
    }

    @Nested
    class OtherCommonForms {
        @Test
        void aQuarterInRomanNumeralsOrAsAnOrdinal() {
            assertThat(read("IV квартал 2024 года", ROADMAP_2024_2025)).isEqualTo("PERIOD 2024-10-01..2024-12-31");
            assertThat(read("в 4-м квартале 2024 г.", ROADMAP_2024_2025)).isEqualTo("PERIOD 2024-10-01..2024-12-31");
        }

        @Test
        void aDayOfTheMonthAfterTheReportingQuarter() {
            assertThat(read("до 10 числа месяца, следующего за отчетным кварталом", ROADMAP_2024_2025))
                    .isEqualTo("RECURRING QUARTERLY 2024-04-10..2024-04-10 until 2026-01-10 [YEAR_FROM_PLAN_PERIOD]");
            assertThat(read("Ежеквартально, не позднее 5 числа месяца, следующего за отчётным", ROADMAP_2024_2025))
                    .isEqualTo("RECURRING QUARTERLY 2024-04-05..2024-04-05 until 2026-01-05 [YEAR_FROM_PLAN_PERIOD]");
        }

        @Test
        void everyMonth() {
            assertThat(read("ежемесячно", ROADMAP_2024_2025))
                    .isEqualTo("RECURRING MONTHLY 2024-01-01..2024-01-31 until 2025-12-31 [YEAR_FROM_PLAN_PERIOD]");
        }

        @Test
        void everyYearByADay() {
            assertThat(read("ежегодно до 1 сентября", ROADMAP_2024_2025))
                    .isEqualTo("RECURRING YEARLY 2024-09-01..2024-09-01 until 2025-12-31 [YEAR_FROM_PLAN_PERIOD]");
            assertThat(read("Ежегодно, в мае", ROADMAP_2024_2025))
                    .isEqualTo("RECURRING YEARLY 2024-05-01..2024-05-31 until 2025-12-31 [YEAR_FROM_PLAN_PERIOD]");
        }

        @Test
        void aMonthOrAYearAfterIn() {
            assertThat(read("в мае 2024 г.", ROADMAP_2024_2025)).isEqualTo("PERIOD 2024-05-01..2024-05-31");
            assertThat(read("в 2023 году", CRIMEA_DECISION)).isEqualTo("PERIOD 2023-01-01..2023-12-31");
        }

        @Test
        void aDayWithoutDo() {
            assertThat(read("1 марта 2023 г.", CRIMEA_DECISION)).isEqualTo("DATE 2023-03-01");
            assertThat(read("к 1 сентября 2024 года", ROADMAP_2024_2025)).isEqualTo("DATE 2024-09-01");
            assertThat(read("не позднее 15.03.2024", ROADMAP_2024_2025)).isEqualTo("DATE 2024-03-15");
        }

        @Test
        void aDateSplitBySpaceAsTheSeedsTypeTheirOwnDates() {
            assertThat(read("до 21.10. 2020", KERCH_DECISION)).isEqualTo("DATE 2020-10-21");
            assertThat(read("14.12 2022 г.", CRIMEA_DECISION)).isEqualTo("DATE 2022-12-14");
        }

        @Test
        void occurrencesSeparatedByCommasShareTheYearWrittenLast() {
            assertThat(read("Октябрь 2020 г., октябрь 2021 г.", SLAVSK_ROADMAP))
                    .isEqualTo("OCCURRENCES 2020-10-01..2020-10-31, 2021-10-01..2021-10-31");
            assertThat(read("январь, июнь 2025 г.", ROADMAP_2024_2025))
                    .isEqualTo("OCCURRENCES 2025-01-01..2025-01-31, 2025-06-01..2025-06-30");
        }

        @Test
        void theWholePeriodOfTheRoadmap() {
            assertThat(read("весь период реализации дорожной карты", SLAVSK_ROADMAP))
                    .isEqualTo("CONTINUOUS 2021-01-01..2022-12-31");
            assertThat(read("В течение всего периода", OLENEGORSK_ROADMAP)).isEqualTo("CONTINUOUS 2021-01-01..2023-12-31");
        }

        @Test
        void continuousOrRecurringWithoutAPlanPeriodHasNoEndAndSaysSo() {
            assertThat(read("Постоянно", KERCH_DECISION)).isEqualTo("CONTINUOUS [NO_PLAN_PERIOD]");
            assertThat(read("Май, ежегодно", KERCH_DECISION))
                    .isEqualTo("RECURRING YEARLY 2021-05-01..2021-05-31 open-ended [YEAR_FROM_DOCUMENT_DATE, NO_PLAN_PERIOD]");
        }
    }

    @Nested
    class AYearLeftOut {
        @Test
        void aMonthFromTheDocumentsMonthOnIsInTheDocumentsYear() {
            assertThat(read("октябрь", KERCH_DECISION)).isEqualTo("PERIOD 2020-10-01..2020-10-31 [YEAR_FROM_DOCUMENT_DATE]");
            assertThat(read("декабрь", KERCH_DECISION)).isEqualTo("PERIOD 2020-12-01..2020-12-31 [YEAR_FROM_DOCUMENT_DATE]");
        }

        @Test
        void aMonthBeforeTheDocumentsMonthIsInTheNextYear() {
            assertThat(read("январь", KERCH_DECISION)).isEqualTo("PERIOD 2021-01-01..2021-01-31 [YEAR_FROM_DOCUMENT_DATE]");
        }

        @Test
        void aRangeThatCrossesNewYearEndsInTheNextYear() {
            assertThat(read("декабрь - февраль", KERCH_DECISION))
                    .isEqualTo("PERIOD 2020-12-01..2021-02-28 [YEAR_FROM_DOCUMENT_DATE]");
            assertThat(read("ноябрь - февраль 2021 г.", KERCH_DECISION)).isEqualTo("PERIOD 2020-11-01..2021-02-28");
            assertThat(read("декабрь 2020 - март", KERCH_DECISION)).isEqualTo("PERIOD 2020-12-01..2021-03-31");
        }

        @Test
        void aYearWrittenIsKeptEvenWhenItIsBeforeTheDocument() {
            Schedule february = ScheduleParser.parse("Срок: февраль 2020 г.", KERCH_DECISION);

            assertThat(Structure.of(february)).isEqualTo("PERIOD 2020-02-01..2020-02-29");
            assertThat(february.startsBefore(KERCH_DECISION.documentDate())).isTrue();
        }

        @Test
        void aPlanApprovedBeforeItBeginsCountsFromItsStart() {
            assertThat(read("май", OLENEGORSK_ROADMAP)).isEqualTo("PERIOD 2021-05-01..2021-05-31 [YEAR_FROM_PLAN_PERIOD]");
        }

        @Test
        void aPlanApprovedAfterItBeganCountsFromTheApproval() {
            assertThat(read("Январь, ежегодно", SLAVSK_ROADMAP))
                    .isEqualTo("RECURRING YEARLY 2022-01-01..2022-01-31 until 2022-12-31 [YEAR_FROM_DOCUMENT_DATE]");
        }

        @Test
        void withNeitherADocumentDateNorAPlanPeriodItIsNotGuessed() {
            ScheduleContext nothingKnown = new ScheduleContext(null, null, null);

            assertThat(read("ноябрь - декабрь", nothingKnown)).isEqualTo("UNPARSED");
            assertThat(read("ежегодно", nothingKnown)).isEqualTo("UNPARSED");
            assertThat(read("ноябрь - декабрь 2023 года", nothingKnown)).isEqualTo("PERIOD 2023-11-01..2023-12-31");
        }
    }

    @Nested
    class Typography {
        @ParameterizedTest
        @ValueSource(strings = {
            "Ноябрь-декабрь 2023 года",
            "ноябрь — декабрь 2023 г.",
            "НОЯБРЬ – ДЕКАБРЬ 2023г.",
            "Срок: ноябрь -\nдекабрь 2023 гг.",
            "  ноябрь ‒ декабрь\u00A0\u00A0 2023 года.  ",
            "Сроки исполнения: ноябрь-декабрь 2023 г.",
            "срок - ноябрь−декабрь2023г",
        })
        void dashesSpacesCaseLabelsAndYearWordsDoNotMatter(String text) {
            assertThat(read(text, CRIMEA_DECISION)).isEqualTo("PERIOD 2023-11-01..2023-12-31");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "до 25 числа месяца, следующего за отчётным",
            "До 25 числа месяца, следующего за отчетным.",
            "не позднее 25 числа месяца следующего за отчётным месяцем",
        })
        void yoAndEReadTheSame(String text) {
            assertThat(read(text, ROADMAP_2024_2025))
                    .isEqualTo("RECURRING MONTHLY 2024-02-25..2024-02-25 until 2026-01-25 [YEAR_FROM_PLAN_PERIOD]");
        }

        @Test
        void theTextIsKeptExactlyAsWritten() {
            String written = "Срок:декабрь2020–апрель2021г.\n";

            assertThat(ScheduleParser.parse(written, KERCH_DECISION).text()).isEqualTo(written);
        }
    }

    @Nested
    class TextItCannotRead {
        @ParameterizedTest
        @ValueSource(strings = {
            "по мере необходимости",
            "в установленные сроки",
            "в течение года", // which year the text does not say
            "до декабря 2023 года", // its first day or its last: not ours to choose
            "2022 - 2020", // runs backwards
            "31.02.2021",
            "29.02.2021",
            "15.13.2021",
            "2020– 2022 гг, по согласованию",
            "до 31 числа месяца, следующего за отчётным", // the 31st does not come every month
            "5 квартал 2024 г.",
            "Срок:",
            "",
            "   ",
        })
        void isKeptAsWrittenAndFlaggedUnparsed(String text) {
            Schedule schedule = ScheduleParser.parse(text, ROADMAP_2024_2025);

            assertThat(schedule.kind()).isEqualTo(ScheduleKind.UNPARSED);
            assertThat(schedule.text()).isEqualTo(text);
            assertThat(schedule.periods()).isEmpty();
            assertThat(schedule.recurrence()).isNull();
        }
    }
}
