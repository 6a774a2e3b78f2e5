package ru.rostok.monitoring;

/** How a value is written: a percent from its numerator and denominator, a count, a score, yes/no. */
public enum ValueType { PERCENT, COUNT, SCORE, BOOLEAN }
