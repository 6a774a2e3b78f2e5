package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.body.service.BodyPolicy;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.school.School;
import ru.rostok.security.Paths;
import ru.rostok.security.Place;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Within the region: regional plans are seen by all, a municipality's by its people and schools, one school's by that
 * school and those above it. A plan is kept by its level's people and those above: analysts for the region's,
 * coordinators for the municipality's, staff for their school's. A measure is reported on by those who keep the plan
 * and its responsible bodies' people, and on a measure asked of every school by each school's staff.
 */
@ApplicationScoped
public class RoadmapPolicy {
    public static final String EDIT = "edit";
    public static final String REPORT = "report";
    public static final String PLAN_FOR_SCHOOL = "planForSchool";

    @Inject
    Scope scope;

    @Inject
    BodyPolicy bodyPolicy;

    public boolean sees(Roadmap r) {
        return scope.shares(r.place());
    }

    public Scope.Filter filter(String alias) {
        return scope.sharing(new Paths(alias + ".region.id", alias + ".municipality.id", alias + ".school.id"));
    }

    public boolean mayKeep(Roadmap r) {
        return scope.actsFor(r.place());
    }

    public boolean mayKeepPlanOf(Region region, Municipality municipality, School school) {
        return scope.actsFor(new Place(region.id, municipality == null ? null : municipality.id, school == null ? null : school.id));
    }

    /** Whether the caller reports as a school (on a measure of every school, each school reports for itself). */
    public boolean reportsAsSchool() {
        return scope.hasRole(Role.SCHOOL_STAFF);
    }

    /** Who may report on the measure, whatever the plan's status. */
    public boolean mayReport(Measure m) {
        Roadmap r = m.roadmap;
        if (reportsAsSchool()) {
            return r.school != null || askedOfEverySchool(m);
        }
        return mayKeep(r) || m.responsible.stream().anyMatch(x -> bodyPolicy.worksFor(x.body));
    }

    /**
     * A plan may follow a measure of a plan above it on the same territory (not a school's); a school's plan only a
     * measure asked of every school.
     */
    public static boolean mayFollow(Measure parent, Place plan, RoadmapLevel level) {
        Roadmap above = parent.roadmap;
        boolean covers = above.region.id.equals(plan.regionId()) && above.school == null
                && (above.municipality == null || above.municipality.id.equals(plan.municipalityId()))
                && above.level.rank() > level.rank();
        return covers && (plan.schoolId() == null || askedOfEverySchool(parent));
    }

    private static boolean askedOfEverySchool(Measure m) {
        return m.responsible.stream().anyMatch(x -> x.allSchools);
    }

    public List<String> actions(Roadmap r) {
        return mayKeep(r) ? List.of(EDIT) : List.of();
    }

    public List<String> actions(Measure m) {
        List<String> actions = new ArrayList<>();
        boolean underWay = m.roadmap.status == RoadmapStatus.APPROVED || m.roadmap.status == RoadmapStatus.IN_PROGRESS;
        if (underWay && mayReport(m)) {
            actions.add(REPORT);
        }
        Place school = new Place(scope.regionId().orElse(null), scope.municipalityId().orElse(null), scope.schoolId().orElse(null));
        if (scope.level() == Scope.Level.SCHOOL && scope.standsAt(school) && mayFollow(m, school, RoadmapLevel.SCHOOL)) {
            actions.add(PLAN_FOR_SCHOOL);
        }
        return actions;
    }
}
