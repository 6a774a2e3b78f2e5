package ru.rostok.route;

public enum StepKind {
    COURSE,
    MENTORING,
    OPEN_LESSON,
    SELF_STUDY
}
