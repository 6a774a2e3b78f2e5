package ru.rostok.common.schedule;

/** What shape a deadline has, as the document wrote it. */
public enum ScheduleKind {
    /** One day: «До 1 марта 2023 года», «30.11.2020 года». */
    DATE,
    /**
     * From one day to another: «ноябрь - декабрь», «02.11.- 06.11.2021 г.», «В течение 2023 года». A month alone
     * is a period too, from its first day to its last.
     */
    PERIOD,
    /** Several dates or periods: «Октябрь 2020 г. Октябрь 2021 г.», «май 2021 г. декабрь 2021 г.». */
    OCCURRENCES,
    /** Comes back every year, quarter or month: «Май, ежегодно», «ежеквартально», «до 25 числа месяца, …». */
    RECURRING,
    /** Throughout the plan's period: «весь период», «Постоянно», «в течение учебного года». */
    CONTINUOUS,
    /** Not understood: kept as written for a person to read, never guessed. */
    UNPARSED
}
