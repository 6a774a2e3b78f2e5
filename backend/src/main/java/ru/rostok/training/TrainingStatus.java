package ru.rostok.training;

public enum TrainingStatus {
    PLANNED,
    COMPLETED,
    CANCELLED
}
