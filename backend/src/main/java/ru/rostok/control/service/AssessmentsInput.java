package ru.rostok.control.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.Verdict;

@Schema(name = "AssessmentsInput", description = "Every assessment the decision records (replaces those recorded), with the decision's version")
public record AssessmentsInput(
        @NotNull(message = "{validation.sendAssessments}") @Size(max = 50, message = "{validation.most50Assessments}")
        List<@Valid @NotNull(message = "{validation.sendAssessments}") Item> assessments,
        @Schema(description = "The decision's version") Long version) {

    @Schema(name = "AssessmentInput", description = "Whose work is assessed (a body or a school) and how")
    public record Item(Long bodyId, Long schoolId, @NotNull(message = "{validation.giveVerdict}") Verdict verdict,
                       @Size(max = 1000, message = "{validation.most1000Characters}") String words) {
    }
}
