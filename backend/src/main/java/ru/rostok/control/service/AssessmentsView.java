package ru.rostok.control.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionAssessments", description = "The assessments a decision records; changed as a whole with the decision's version")
public record AssessmentsView(long decisionId, long version, List<AssessmentView> items,
                              @Schema(description = "What the caller may do: edit") List<String> actions) {
}
