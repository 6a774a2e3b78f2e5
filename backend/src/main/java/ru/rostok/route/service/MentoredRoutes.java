package ru.rostok.route.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import ru.rostok.common.ApiException;
import ru.rostok.route.RouteStep;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.security.Scope;
import ru.rostok.staff.service.StaffPolicy;

/** The steps the teachers of a school mentor on the routes of its partner schools: seen by the school's staff and those above it. */
@ApplicationScoped
public class MentoredRoutes {
    @Inject
    SchoolPolicy schools;

    @Inject
    StaffPolicy staff;

    @Inject
    Scope scope;

    public List<MentoredStepView> of(long schoolId) {
        School school = School.<School>findByIdOptional(schoolId).filter(schools::sees)
                .orElseThrow(() -> ApiException.notFound("route.schoolNotFound", schoolId));
        scope.require(staff.seesStaffOf(school), "route.developForbidden");
        LocalDate today = LocalDate.now();
        return RouteStep.<RouteStep>list("from RouteStep st join fetch st.route r join fetch r.teacher t join fetch t.school"
                + " join fetch st.mentor m join fetch m.school where m.school.id = ?1 order by st.due, st.id", schoolId).stream()
                .map(st -> new MentoredStepView(st.route.id, st.route.title, st.route.status, st.route.teacher.school.id,
                        st.route.teacher.school.shortName, st.route.teacher.position, st.id, st.kind, st.text, st.topic, st.due,
                        RouteService.overdue(st, st.route, today), st.status, MentorView.of(st.mentor))).toList();
    }
}
