package ru.rostok.training.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.training.TrainingFormat;
import ru.rostok.training.TrainingStatus;

@Schema(name = "Training", description = "A further training of a teacher: planned, completed with its certificate, or cancelled")
public record TrainingView(long id, long teacherId, String teacherName, long schoolId, String schoolName, long municipalityId,
                           String municipalityName, String programme, String provider, int hours, LocalDate startsOn, LocalDate endsOn,
                           TrainingFormat format, String subject, TrainingStatus status, LocalDate completedOn, String documentNumber,
                           String cancelReason, long version,
                           @Schema(description = "edit, complete, cancel: what the caller may do with it") List<String> actions) {
}
