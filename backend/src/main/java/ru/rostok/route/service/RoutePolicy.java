package ru.rostok.route.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.rostok.route.IndividualRoute;
import ru.rostok.route.RouteStatus;
import ru.rostok.route.StepStatus;
import ru.rostok.security.Scope;
import ru.rostok.staff.service.StaffPolicy;

/** A route is its teacher's: seen and kept by whoever develops the teacher (StaffPolicy DEVELOP); only an active route changes. */
@ApplicationScoped
public class RoutePolicy {
    public static final String EDIT = "edit";
    public static final String REPORT = "report";
    public static final String COMPLETE = "complete";
    public static final String CANCEL = "cancel";

    @Inject
    StaffPolicy staff;

    /** JPQL over a route alias whose teacher is joined as {@code t}. */
    public Scope.Filter filter() {
        return staff.filter("t");
    }

    public Optional<IndividualRoute> visible(long id) {
        Scope.Filter seen = filter();
        return IndividualRoute.<IndividualRoute>find("from IndividualRoute r join fetch r.teacher t join fetch t.school s join fetch s.municipality m"
                + " where r.id = :id and (" + seen.jpql() + ")", seen.with("id", id)).firstResultOptional();
    }

    public boolean mayChange(IndividualRoute r) {
        return staff.mayDevelop(r.teacher);
    }

    public List<String> actions(IndividualRoute r) {
        List<String> actions = new ArrayList<>();
        if (r.status != RouteStatus.ACTIVE || !mayChange(r)) {
            return actions;
        }
        actions.add(EDIT);
        if (r.steps.stream().anyMatch(s -> s.status != StepStatus.DONE)) {
            actions.add(REPORT);
        } else {
            actions.add(COMPLETE);
        }
        actions.add(CANCEL);
        return actions;
    }
}
