package ru.rostok.risk;

/** A factor's level; NO_DATA when none of its indicators has a value that can be judged. */
public enum RiskLevel { NONE, LOW, MEDIUM, HIGH, NO_DATA }
