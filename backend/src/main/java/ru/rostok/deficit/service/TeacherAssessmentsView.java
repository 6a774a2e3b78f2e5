package ru.rostok.deficit.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Subject;

/** A teacher has a few assessments a year: all of them in one answer, the latest first, with whose they are. */
@Schema(name = "TeacherAssessments", description = "A teacher's competence assessments, the latest first")
public record TeacherAssessmentsView(long teacherId, String teacherName, String position, List<Subject> teacherSubjects,
                                     long schoolId, String schoolName, boolean archived,
                                     List<AssessmentView> items,
                                     @Schema(description = "create: enter an assessment") List<String> actions) {
}
