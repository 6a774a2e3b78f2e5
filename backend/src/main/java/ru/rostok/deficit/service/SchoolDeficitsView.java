package ru.rostok.deficit.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Subject;

@Schema(name = "SchoolDeficits", description = "A school's teachers' deficits by subject and topic, each subject beside the school's "
        + "weak indicators of the same subject in its latest analysis")
public record SchoolDeficitsView(long schoolId, String schoolName,
                                 @Schema(description = "The analysis run the weak indicators come from; null when the school was never analysed") Long analysisRunId,
                                 OffsetDateTime analysisAt,
                                 List<SubjectDeficits> subjects) {

    @Schema(name = "SchoolSubjectDeficits", description = "A subject with assessments or with weak indicators, or both")
    public record SubjectDeficits(Subject subject, String subjectName, DeficitCount teachers, List<DeficitSummaryView.TopicRow> topics,
                                  @Schema(description = "The school's teachers assessed in the subject, those with deficits first") List<AssessedTeacher> assessed,
                                  List<WeakIndicator> weakIndicators) {
    }

    /** A teacher of the school: seen here by those who see the school's staff, as on the staff list. */
    @Schema(name = "AssessedTeacher", description = "A teacher assessed in the subject and the topics of their latest assessment found to be deficits")
    public record AssessedTeacher(long teacherId, String name, List<String> deficitTopics) {
    }

    @Schema(name = "WeakIndicator", description = "An indicator of the subject on which the school stood markedly below its comparison group")
    public record WeakIndicator(String code, String name, String unit, Double value,
                                @Schema(description = "Standardised score, higher is better") Double score) {
    }
}
