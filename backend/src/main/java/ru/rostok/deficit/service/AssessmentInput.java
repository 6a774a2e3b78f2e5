package ru.rostok.deficit.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.Subject;

@Schema(name = "CompetenceAssessmentInput", description = "A competence assessment as entered or changed; version is required for a change. "
        + DeficitRule.DESCRIPTION + ".")
public record AssessmentInput(
        @NotNull(message = "{validation.deficitGiveSubject}") Subject subject,
        @NotNull(message = "{validation.deficitGiveDate}") @PastOrPresent(message = "{validation.deficitDateInFuture}") LocalDate heldOn,
        @NotBlank(message = "{validation.deficitGiveMethod}") @Size(max = 300, message = "{validation.most300Characters}")
        @Schema(description = "How the competences were assessed: the diagnostic and who held it") String method,
        @NotNull(message = "{validation.deficitGiveTopics}") @Size(min = 1, max = AssessmentInput.MAX_TOPICS, message = "{validation.deficitTopicsCount}")
        List<@Valid @NotNull(message = "{validation.deficitGiveTopic}") TopicInput> topics,
        Long version) {
    public static final int MAX_TOPICS = 100;
}
