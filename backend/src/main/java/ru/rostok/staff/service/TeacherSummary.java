package ru.rostok.staff.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.staff.QualificationCategory;

@Schema(name = "TeacherSummary", description = "A teacher as a row of the staff list")
public record TeacherSummary(long id,
                             String fullName,
                             String position,
                             @Schema(description = "Codes of ru.rostok.common.Subject") List<String> subjects,
                             QualificationCategory category,
                             LocalDate categoryExpiresOn,
                             Integer experienceYears,
                             LocalDate lastTrainingDate,
                             LocalDate archivedOn,
                             long schoolId,
                             String schoolName,
                             String municipalityName,
                             long version,
                             @Schema(description = "What the caller may do: edit, develop") List<String> actions) {
}
