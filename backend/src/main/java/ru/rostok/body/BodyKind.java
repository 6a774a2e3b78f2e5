package ru.rostok.body;

/** Kind of a body of education administration. */
public enum BodyKind {
    /** министерство образования субъекта */
    MINISTRY,
    /** орган управления образованием (управление, отдел, комитет) */
    EDUCATION_AUTHORITY,
    /** методический центр (ИМЦ, МИМЦ, ИРО) */
    METHODOLOGICAL_CENTRE
}
