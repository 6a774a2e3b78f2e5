package ru.rostok.deficit.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Subject;

@Schema(name = "CompetenceAssessment", description = "A competence assessment of a teacher in one subject: a score per topic and the deficits found")
public record AssessmentView(long id, long teacherId, Subject subject, String subjectName, LocalDate heldOn, String method,
                             List<TopicView> topics,
                             @Schema(description = "Topics found to be deficits") int deficits,
                             long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                             @Schema(description = "edit, delete") List<String> actions) {
}
