package ru.rostok.training.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.staff.QualificationCategory;

@Schema(name = "TeacherTrainings", description = "A teacher's further training: planned and done, the last one, and what falls due")
public record TeacherTrainingsView(long teacherId, String teacherName, String position, long schoolId, String schoolName,
                                   QualificationCategory category, LocalDate categoryExpiresOn,
                                   @Schema(description = "The last training the school reported on the teacher's card") LocalDate reportedLastTraining,
                                   @Schema(description = "The later of the reported one and the latest completed in Rostok") LocalDate lastTraining,
                                   List<TrainingDue.Due> due, List<TrainingView> trainings,
                                   @Schema(description = "plan: the caller may plan a training for the teacher") List<String> actions) {
}
