package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.body.service.BodyPolicy;
import ru.rostok.school.service.SchoolPolicy;

/**
 * Who sees a report on a measure: a school's report its school, that school's municipality and whoever keeps the
 * plan; a body's report whoever sees the plan. The one rule for the reports' list, their count and occurrences on the
 * plan, and their evidence files.
 */
@ApplicationScoped
public class MeasureReportPolicy {
    @Inject
    Scope scope;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    RoadmapPolicy roadmapPolicy;

    public boolean sees(MeasureReport r, Measure m) {
        Roadmap plan = m.roadmap;
        if (!roadmapPolicy.sees(plan)) {
            return false;
        }
        if (r.schoolId == null) {
            return true;
        }
        return roadmapPolicy.mayKeepPlanOf(plan.region, plan.municipality, plan.school) || bodyPolicy.worksFor(plan.ownerBody)
                || School.<School>findByIdOptional(r.schoolId).filter(schoolPolicy::sees).isPresent();
    }
}
