package ru.rostok.route.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.route.StepKind;
import ru.rostok.route.StepStatus;

@Schema(name = "RouteStep")
public record RouteStepView(long id, int position, StepKind kind, String text, String topic, LocalDate due,
                            @Schema(description = "Not done and its due date passed") boolean overdue, MentorView mentor, Long trainingId,
                            StepStatus status, String report, LocalDate reportedOn) {
}
