package ru.rostok.control.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.Verdict;

@Schema(name = "Assessment", description = "The collegium's assessment of a body's or a school's work, as the decision writes it")
public record AssessmentView(Long bodyId, String bodyName, Long schoolId, String schoolName, Verdict verdict,
                             @Schema(description = "The verdict in words: «удовлетворительно», «на достаточном уровне»") String verdictLabel,
                             @Schema(description = "The words as the decision writes them") String words) {
}
