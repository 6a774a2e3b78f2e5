package ru.rostok.staff.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.staff.QualificationCategory;

@Schema(name = "Teacher", description = "A teacher's card (педагогический работник); personal data, every read is audited")
public record TeacherView(long id,
                          long schoolId,
                          String schoolName,
                          long municipalityId,
                          String municipalityName,
                          String lastName,
                          String firstName,
                          String middleName,
                          @Schema(description = "«Фамилия Имя Отчество»") String fullName,
                          String position,
                          @Schema(description = "Codes of ru.rostok.common.Subject") List<String> subjects,
                          QualificationCategory category,
                          LocalDate categoryDate,
                          @Schema(description = "The category lasts five years from its date; none without a category") LocalDate categoryExpiresOn,
                          Integer experienceYears,
                          LocalDate lastTrainingDate,
                          @Schema(description = "The day the teacher left; null while they work") LocalDate archivedOn,
                          String archiveReason,
                          long version,
                          OffsetDateTime createdAt,
                          OffsetDateTime updatedAt,
                          @Schema(description = "What the caller may do: edit (the card, archive, restore), develop (assessments, training, routes)") List<String> actions) {
}
