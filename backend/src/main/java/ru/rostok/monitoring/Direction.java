package ru.rostok.monitoring;

/** Which way is better; context indicators describe conditions and are not judged. */
public enum Direction { HIGHER_BETTER, LOWER_BETTER, CONTEXT }
