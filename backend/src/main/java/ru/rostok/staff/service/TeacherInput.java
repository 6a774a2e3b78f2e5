package ru.rostok.staff.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.staff.QualificationCategory;

/** A teacher's card as a form sends it; checked by {@link TeacherRules}, by hand and row by row of an import alike. */
@Schema(name = "TeacherInput")
public record TeacherInput(
        @Schema(description = "Фамилия") String lastName,
        @Schema(description = "Имя") String firstName,
        @Schema(description = "Отчество, if any") String middleName,
        @Schema(description = "Должность, e.g. учитель математики") String position,
        @Schema(description = "Codes of ru.rostok.common.Subject, e.g. MATHEMATICS") List<String> subjects,
        QualificationCategory category,
        @Schema(description = "The day the category was given; required unless the category is NONE, not in the future") LocalDate categoryDate,
        @Schema(description = "Years of teaching experience, 0 to 70") Integer experienceYears,
        @Schema(description = "The last further training completed, not in the future") LocalDate lastTrainingDate,
        @Schema(description = "Required on update: the version you read") Long version) {
}
