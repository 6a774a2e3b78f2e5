package ru.rostok.roadmap;

/** Where a measure stands, as its responsible reports it. */
public enum MeasureStatus { PLANNED, IN_PROGRESS, DONE, PARTLY_DONE, NOT_DONE, POSTPONED, CANCELLED }
