package ru.rostok.route.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.route.RouteStatus;

@Schema(name = "RouteRow", description = "A route in a list: its teacher and school, progress, the next due step, overdue steps")
public record RouteRow(long id, long teacherId, String teacherName, long schoolId, String schoolName, String municipalityName, String title,
                       RouteStatus status, LocalDate startsOn, LocalDate endsOn, long stepsDone, long stepsTotal,
                       @Schema(description = "The earliest due date of a step not done") LocalDate nextDue,
                       @Schema(description = "Steps not done whose due date passed") long stepsOverdue,
                       @Schema(description = "What the caller may do with the route's teacher: develop") List<String> actions) {
}
