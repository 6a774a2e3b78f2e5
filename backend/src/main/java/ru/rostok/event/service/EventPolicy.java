package ru.rostok.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.control.Assignment;
import ru.rostok.control.service.DecisionPolicy;
import ru.rostok.control.service.DecisionService;
import ru.rostok.event.WorkEvent;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.service.RoadmapPolicy;
import ru.rostok.security.Paths;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;

/**
 * An event is seen where its measure's or point's record is seen, narrowed to the schools' municipality when a regional
 * plan's event names schools of one municipality; a school also sees every event naming it. It is recorded by whoever
 * reports on the measure or the point, and changed by them too — by a school only as it recorded it.
 */
@ApplicationScoped
public class EventPolicy {
    public static final String EDIT = "edit";
    public static final String DELETE = "delete";

    @Inject
    Scope scope;

    @Inject
    RoadmapPolicy roadmapPolicy;

    @Inject
    DecisionPolicy decisionPolicy;

    public boolean sees(WorkEvent e) {
        return scope.shares(e.place()) || namesMySchool(e);
    }

    private boolean namesMySchool(WorkEvent e) {
        return scope.level() == Scope.Level.SCHOOL && scope.schoolId().map(e.schoolIds::contains).orElse(false);
    }

    /** JPQL over an event alias: the same rule as {@link #sees}. */
    public Scope.Filter filter(String alias) {
        Scope.Filter shared = scope.sharing(new Paths(alias + ".regionId", alias + ".municipalityId", alias + ".schoolId"));
        if (scope.level() != Scope.Level.SCHOOL || scope.schoolId().isEmpty()) {
            return shared;
        }
        return shared.or(new Scope.Filter(":eventSchool member of " + alias + ".schoolIds", java.util.Map.of("eventSchool", scope.schoolId().get())));
    }

    public boolean mayRecord(Measure m) {
        return roadmapPolicy.mayReport(m);
    }

    public boolean mayRecord(Assignment a) {
        return decisionPolicy.mayReport(DecisionService.effectiveAssignees(a));
    }

    /** A school's staff change only the events they recorded; the others, any they may record on the measure or point. */
    public boolean mayChange(WorkEvent e, boolean mayRecordOnOwner) {
        if (!mayRecordOnOwner || !sees(e)) {
            return false;
        }
        return !scope.hasRole(Role.SCHOOL_STAFF) || scope.username().equals(e.createdBy);
    }

    public List<String> actions(WorkEvent e, boolean mayRecordOnOwner) {
        List<String> actions = new ArrayList<>();
        if (mayChange(e, mayRecordOnOwner)) {
            actions.add(EDIT);
            actions.add(DELETE);
        }
        return actions;
    }
}
