package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.body.service.BodyPolicy;
import ru.rostok.control.AssignmentAssignee;
import ru.rostok.control.AssignmentStatus;
import ru.rostok.control.Decision;
import ru.rostok.control.ExecutionReport;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.security.Role;
import ru.rostok.security.Paths;
import ru.rostok.security.Place;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Regional decisions are seen in the whole region, a municipality's within it (its people and schools). A decision is
 * entered and controlled by the region's analysts, or for a municipality's own the municipality's coordinator.
 */
@ApplicationScoped
public class DecisionPolicy {
    public static final String EDIT = "edit";
    public static final String CONTROL = "control";
    public static final String REPORT = "report";

    @Inject
    Scope scope;

    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    public boolean sees(Decision d) {
        return scope.shares(d.place());
    }

    /**
     * Who sees a report on a point: a school's report its school, that school's municipality and whoever controls the
     * decision; a body's report whoever sees the decision. The one rule for the reports' list and their evidence files.
     */
    public boolean sees(ExecutionReport r, Decision d) {
        if (!sees(d)) {
            return false;
        }
        if (r.schoolId == null) {
            return true;
        }
        return mayKeep(d) || School.<School>findByIdOptional(r.schoolId).filter(schoolPolicy::sees).isPresent();
    }

    public Scope.Filter filter(String alias) {
        return scope.sharing(new Paths(alias + ".region.id", alias + ".municipality.id", null));
    }

    public boolean mayKeep(Decision d) {
        return scope.actsFor(d.place());
    }

    public boolean mayKeepDecisionOf(Region region, Municipality municipality) {
        return scope.actsFor(Place.municipality(region.id, municipality == null ? null : municipality.id));
    }

    /** Whether the caller reports as a school (on a point of every school, each school reports for itself). */
    public boolean reportsAsSchool() {
        return scope.hasRole(Role.SCHOOL_STAFF);
    }

    /** The assignee reports: each school on a point of every school, else the assigned bodies' people. */
    public boolean mayReport(List<AssignmentAssignee> effectiveAssignees) {
        if (reportsAsSchool()) {
            return effectiveAssignees.stream().anyMatch(x -> x.allSchools);
        }
        return scope.hasRole(Role.ADMIN) || effectiveAssignees.stream().anyMatch(x -> bodyPolicy.worksFor(x.body));
    }

    /** What the caller may do with the decision: edit it as entered; control it (accept reports, extend deadlines). */
    public List<String> actions(Decision d) {
        return mayKeep(d) ? List.of(EDIT, CONTROL) : List.of();
    }

    public List<String> actions(AssignmentStatus status, List<AssignmentAssignee> effectiveAssignees) {
        List<String> actions = new ArrayList<>();
        if (status != AssignmentStatus.ACCEPTED && mayReport(effectiveAssignees)) {
            actions.add(REPORT);
        }
        return actions;
    }
}
