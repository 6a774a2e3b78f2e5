package ru.rostok.route.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.route.RouteStatus;

@Schema(name = "IndividualRoute", description = "An individual educational route (ИОМ) of a teacher with its steps")
public record RouteView(long id, long teacherId, String teacherName, long schoolId, String schoolName, Long assessmentId, String title,
                        LocalDate startsOn, LocalDate endsOn, RouteStatus status, String cancelReason, int stepsDone, int stepsTotal,
                        List<RouteStepView> steps, long version,
                        @Schema(description = "edit, report (a step), complete, cancel") List<String> actions) {
}
