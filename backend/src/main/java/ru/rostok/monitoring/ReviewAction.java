package ru.rostok.monitoring;

/** A step in a submission's life recorded in its history. */
public enum ReviewAction { SUBMIT, RETURN, ACCEPT, REOPEN }
