package ru.rostok.control.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.AssignmentStatus;
import ru.rostok.control.DecisionKind;

@Schema(name = "ControllingPoint", description = "A decision point that controls a roadmap, or one measure of it")
public record ControllingPoint(long decisionId, DecisionKind decisionKind, String decisionNumber, LocalDate decisionDate, String decisionTitle,
                               long pointId, String pointNumber, String pointText, AssignmentStatus status, LocalDate due, boolean overdue,
                               @Schema(description = "The measure the point controls; null: the whole roadmap") Long measureId,
                               String measureNumber) {
}
