package ru.rostok.route.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.route.RouteStatus;
import ru.rostok.route.StepKind;
import ru.rostok.route.StepStatus;

/**
 * A step a teacher of the caller's school mentors on another school's route. The mentee is another school's person: the
 * answer names their school and position, not them.
 */
@Schema(name = "MentoredStep", description = "A mentoring step of another school's route that a teacher of this school leads")
public record MentoredStepView(long routeId, String routeTitle, RouteStatus routeStatus, long menteeSchoolId, String menteeSchoolName,
                               String menteePosition, long stepId, StepKind kind, String text, String topic, LocalDate due, boolean overdue,
                               StepStatus status, MentorView mentor) {
}
