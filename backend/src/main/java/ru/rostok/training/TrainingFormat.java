package ru.rostok.training;

public enum TrainingFormat {
    IN_PERSON,
    DISTANCE,
    BLENDED
}
