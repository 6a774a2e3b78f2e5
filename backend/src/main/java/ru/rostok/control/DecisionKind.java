package ru.rostok.control;

/** The kind of document a decision is. */
public enum DecisionKind { COLLEGIUM_DECISION, ORDER, RESOLUTION, PROTOCOL }
