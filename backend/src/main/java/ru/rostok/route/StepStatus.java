package ru.rostok.route;

public enum StepStatus {
    PLANNED,
    DONE
}
