package ru.rostok.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every deadline written in the five seed documents (shared/seeds), exactly as written, read against its own
 * document: the structure expected and whether it falls before the document's date.
 */
class SeedDeadlinesTest {
    /** 000: collegium decision 5/3 of the Kerch education department, 21.10.2020. */
    static final ScheduleContext KERCH_DECISION = ScheduleContext.ofDocument(LocalDate.of(2020, 10, 21));
    /** 001: collegium decision 7/3 of the Crimean ministry, 14.12.2022. */
    static final ScheduleContext CRIMEA_DECISION = ScheduleContext.ofDocument(LocalDate.of(2022, 12, 14));
    /** 002: Slavsk roadmap for 2021–2022, approved by resolution № 227 of 10.02.2021. */
    static final ScheduleContext SLAVSK_ROADMAP =
            ScheduleContext.ofPlan(LocalDate.of(2021, 2, 10), LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
    /** 003: Olenegorsk roadmap for 2021–2023, approved by order № 576 of 15.12.2020 (the order's own points too). */
    static final ScheduleContext OLENEGORSK_ROADMAP =
            ScheduleContext.ofPlan(LocalDate.of(2020, 12, 15), LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
    /** 004: Lesosibirsk information letter № 1237 of 09.11.2020. */
    static final ScheduleContext LESOSIBIRSK_LETTER = ScheduleContext.ofDocument(LocalDate.of(2020, 11, 9));

    static final String PLAN_2021_2022 = "2021-01-01..2022-12-31";
    static final String PLAN_2021_2023 = "2021-01-01..2023-12-31";

    record SeedDeadline(String seed, String point, ScheduleContext context, String text, String expected,
            boolean beforeDocument) {
        @Override
        public String toString() {
            return seed + " п. " + point + ": «" + text + "» → " + expected + (beforeDocument ? " (before the document)" : "");
        }
    }

    static Stream<SeedDeadline> seedDeadlines() {
        return Stream.of(
                deadline("000", "2.1", KERCH_DECISION, "Срок: 2020– 2022 гг", "PERIOD 2020-01-01..2022-12-31"),
                deadline("000", "2.2", KERCH_DECISION, "Срок: ноябрь - декабрь",
                        "PERIOD 2020-11-01..2020-12-31 [YEAR_FROM_DOCUMENT_DATE]"),
                deadline("000", "3.1", KERCH_DECISION, "Срок: январь 2021г.", "PERIOD 2021-01-01..2021-01-31"),
                deadlineBeforeDocument("000", "3.2", KERCH_DECISION, "Срок: февраль 2020 г.",
                        "PERIOD 2020-02-01..2020-02-29"),
                deadline("000", "3.2 (the second)", KERCH_DECISION, "Срок:декабрь2020–апрель2021г.",
                        "PERIOD 2020-12-01..2021-04-30"),
                deadline("000", "4.1", KERCH_DECISION, "Срок: 2021 – 2022 г..г.", "PERIOD 2021-01-01..2022-12-31"),

                deadline("001", "3.1", CRIMEA_DECISION, "В течение 2023 года", "PERIOD 2023-01-01..2023-12-31"),
                deadline("001", "3.2.1", CRIMEA_DECISION, "До 1 марта 2023 года", "DATE 2023-03-01"),
                deadline("001", "3.2.2", CRIMEA_DECISION, "До 01 марта 2023 года", "DATE 2023-03-01"),
                deadline("001", "3.2.3", CRIMEA_DECISION, "До 1 июня 2023 года", "DATE 2023-06-01"),
                deadline("001", "3.3", CRIMEA_DECISION, "Декабрь 2023 года", "PERIOD 2023-12-01..2023-12-31"),
                deadline("001", "4.1", CRIMEA_DECISION, "В течение 2022 года", "PERIOD 2022-01-01..2022-12-31"),
                deadline("001", "4.2.1", CRIMEA_DECISION, "Июль 2023 года", "PERIOD 2023-07-01..2023-07-31"),
                deadline("001", "4.2.2", CRIMEA_DECISION, "Сентябрь 2023 года", "PERIOD 2023-09-01..2023-09-30"),
                deadline("001", "4.2.3", CRIMEA_DECISION, "Ноябрь-декабрь 2023 года", "PERIOD 2023-11-01..2023-12-31"),
                deadline("001", "6", CRIMEA_DECISION, "В течение 2023 года", "PERIOD 2023-01-01..2023-12-31"),

                deadlineBeforeDocument("002", "1", SLAVSK_ROADMAP, "Октябрь 2020 г. Октябрь 2021 г.",
                        "OCCURRENCES 2020-10-01..2020-10-31, 2021-10-01..2021-10-31"),
                deadline("002", "2", SLAVSK_ROADMAP, "02.11.- 06.11.2021 г.", "PERIOD 2021-11-02..2021-11-06"),
                deadline("002", "3", SLAVSK_ROADMAP, "ежегодно",
                        "RECURRING YEARLY 2021-01-01..2021-12-31 until 2022-12-31 [YEAR_FROM_DOCUMENT_DATE]"),
                deadline("002", "4", SLAVSK_ROADMAP, "09.11. – 13.11.2021 г.", "PERIOD 2021-11-09..2021-11-13"),
                deadline("002", "5", SLAVSK_ROADMAP, "16.04. - 20.04.2021 г.", "PERIOD 2021-04-16..2021-04-20"),
                deadline("002", "6", SLAVSK_ROADMAP, "19.04. – 26.04.2021 г.", "PERIOD 2021-04-19..2021-04-26"),
                deadline("002", "7", SLAVSK_ROADMAP, "07.12. – 14.12.2021 г.", "PERIOD 2021-12-07..2021-12-14"),
                deadline("002", "8", SLAVSK_ROADMAP, "в течение учебного года", "CONTINUOUS " + PLAN_2021_2022),
                deadline("002", "9", SLAVSK_ROADMAP, "весь период", "CONTINUOUS " + PLAN_2021_2022),
                deadline("002", "10", SLAVSK_ROADMAP, "ноябрь 2021 г.", "PERIOD 2021-11-01..2021-11-30"),
                deadline("002", "11", SLAVSK_ROADMAP, "весь период", "CONTINUOUS " + PLAN_2021_2022),
                deadline("002", "12", SLAVSK_ROADMAP, "весь период", "CONTINUOUS " + PLAN_2021_2022),
                deadline("002", "13", SLAVSK_ROADMAP, "декабрь 2021 г.", "PERIOD 2021-12-01..2021-12-31"),
                deadline("002", "14", SLAVSK_ROADMAP, "весь период", "CONTINUOUS " + PLAN_2021_2022),
                deadline("002", "15", SLAVSK_ROADMAP, "март 2021 г.", "PERIOD 2021-03-01..2021-03-31"),
                deadline("002", "16", SLAVSK_ROADMAP, "апрель 2021 г.", "PERIOD 2021-04-01..2021-04-30"),
                deadline("002", "17", SLAVSK_ROADMAP, "весь период", "CONTINUOUS " + PLAN_2021_2022),
                deadline("002", "18", SLAVSK_ROADMAP, "май 2021 г. декабрь 2021 г.",
                        "OCCURRENCES 2021-05-01..2021-05-31, 2021-12-01..2021-12-31"),
                deadline("002", "19", SLAVSK_ROADMAP, "май – июнь 2021 г.", "PERIOD 2021-05-01..2021-06-30"),

                deadline("003", "order 4.2", OLENEGORSK_ROADMAP, "не позднее 25 января года, следующего за отчетным",
                        "RECURRING YEARLY 2022-01-25..2022-01-25 until 2024-01-25 [YEAR_FROM_PLAN_PERIOD]"),
                deadline("003", "1", OLENEGORSK_ROADMAP, "Октябрь 2021, далее - ежегодно",
                        "RECURRING YEARLY 2021-10-01..2021-10-31 until 2023-12-31"),
                deadline("003", "2", OLENEGORSK_ROADMAP, "Октябрь 2021, далее - ежегодно",
                        "RECURRING YEARLY 2021-10-01..2021-10-31 until 2023-12-31"),
                deadline("003", "3", OLENEGORSK_ROADMAP, "Ноябрь 2021, далее - ежегодно",
                        "RECURRING YEARLY 2021-11-01..2021-11-30 until 2023-12-31"),
                deadline("003", "4", OLENEGORSK_ROADMAP, "Ноябрь 2021, далее - ежегодно",
                        "RECURRING YEARLY 2021-11-01..2021-11-30 until 2023-12-31"),
                deadline("003", "5", OLENEGORSK_ROADMAP, "В течение года, ежегодно",
                        "RECURRING YEARLY 2021-01-01..2021-12-31 until 2023-12-31 [YEAR_FROM_PLAN_PERIOD]"),
                deadline("003", "6", OLENEGORSK_ROADMAP, "В течение года, ежегодно",
                        "RECURRING YEARLY 2021-01-01..2021-12-31 until 2023-12-31 [YEAR_FROM_PLAN_PERIOD]"),
                deadline("003", "7", OLENEGORSK_ROADMAP, "Май, ежегодно",
                        "RECURRING YEARLY 2021-05-01..2021-05-31 until 2023-12-31 [YEAR_FROM_PLAN_PERIOD]"),
                deadline("003", "8", OLENEGORSK_ROADMAP, "Август, ежегодно",
                        "RECURRING YEARLY 2021-08-01..2021-08-31 until 2023-12-31 [YEAR_FROM_PLAN_PERIOD]"),
                deadline("003", "9", OLENEGORSK_ROADMAP, "Постоянно", "CONTINUOUS " + PLAN_2021_2023),
                deadline("003", "10", OLENEGORSK_ROADMAP, "Январь, ежегодно",
                        "RECURRING YEARLY 2021-01-01..2021-01-31 until 2023-12-31 [YEAR_FROM_PLAN_PERIOD]"),

                deadline("004", "interaction plans", LESOSIBIRSK_LETTER, "до 25.11.2020", "DATE 2020-11-25"),
                deadline("004", "common plan", LESOSIBIRSK_LETTER, "30.11.2020 года", "DATE 2020-11-30"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedDeadlines")
    void everySeedDeadlineIsReadAsTheDocumentMeansIt(SeedDeadline deadline) {
        Schedule schedule = ScheduleParser.parse(deadline.text(), deadline.context());

        assertThat(schedule.text()).isEqualTo(deadline.text());
        assertThat(Structure.of(schedule)).isEqualTo(deadline.expected());
        assertThat(schedule.startsBefore(deadline.context().documentDate()))
                .as("due before the document's date")
                .isEqualTo(deadline.beforeDocument());
    }

    private static SeedDeadline deadline(String seed, String point, ScheduleContext context, String text, String expected) {
        return new SeedDeadline(seed, point, context, text, expected, false);
    }

    private static SeedDeadline deadlineBeforeDocument(String seed, String point, ScheduleContext context, String text,
            String expected) {
        return new SeedDeadline(seed, point, context, text, expected, true);
    }
}
