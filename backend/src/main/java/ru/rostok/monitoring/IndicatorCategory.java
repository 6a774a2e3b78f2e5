package ru.rostok.monitoring;

/** The group an indicator belongs to; the submission form is grouped by it. */
public enum IndicatorCategory { RESULTS, OBJECTIVITY, CONTEXT, STAFF, CONDITIONS, MANAGEMENT }
