package ru.rostok.control;

/** The controller's answer to a report of execution. */
public enum ReviewStatus { SUBMITTED, ACCEPTED, RETURNED }
