package ru.rostok.route.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import ru.rostok.route.RouteStatus;
import ru.rostok.route.RouteStep;
import ru.rostok.route.StepStatus;

/** For «Моя работа» (which asks for the caller's own school only): the steps of a school's active routes due soon or overdue. */
@ApplicationScoped
public class RouteStepsDue {
    public static final int DAYS_AHEAD = 30;

    public record DueStep(long routeId, String routeTitle, String teacherName, long stepId, int position, String text, LocalDate due,
                          boolean overdue) {
    }

    public List<DueStep> ofSchool(long schoolId, LocalDate today) {
        return RouteStep.<RouteStep>list("from RouteStep st join fetch st.route r join fetch r.teacher t where t.school.id = ?1"
                        + " and r.status = ?2 and st.status = ?3 and st.due <= ?4 order by st.due, st.id", schoolId, RouteStatus.ACTIVE,
                StepStatus.PLANNED, today.plusDays(DAYS_AHEAD)).stream()
                .map(s -> new DueStep(s.route.id, s.route.title, s.route.teacher.fullName(), s.id, s.position, s.text, s.due,
                        s.due.isBefore(today))).toList();
    }
}
