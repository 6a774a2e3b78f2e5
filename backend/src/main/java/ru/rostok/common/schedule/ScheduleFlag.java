package ru.rostok.common.schedule;

/** How the parser arrived at a date the text does not spell out in full; shown to the user beside the deadline. */
public enum ScheduleFlag {
    /** The text leaves the year out; it was counted from the document's date. */
    YEAR_FROM_DOCUMENT_DATE,
    /** The text leaves the year out; it was counted from the start of the plan's period. */
    YEAR_FROM_PLAN_PERIOD,
    /** «весь период» or «ежегодно» without a plan period to bound it: no end date, or no last occurrence. */
    NO_PLAN_PERIOD,
    /** The date comes from a convention, not from the text: «по итогам учебного года» is taken as June. */
    DATE_BY_CONVENTION
}
