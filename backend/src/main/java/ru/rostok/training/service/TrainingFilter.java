package ru.rostok.training.service;

import ru.rostok.training.TrainingStatus;

/** Which trainings: of a region, a municipality, a school or a teacher, in a status, ending in a year. */
public record TrainingFilter(Long regionId, Long municipalityId, Long schoolId, Long teacherId, TrainingStatus status, Integer year) {
}
