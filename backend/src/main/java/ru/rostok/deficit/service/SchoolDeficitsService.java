package ru.rostok.deficit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rostok.analysis.service.AnalysisIndicatorResultView;
import ru.rostok.analysis.service.AnalysisSchoolView;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.analysis.service.SchoolPositions;
import ru.rostok.common.ApiException;
import ru.rostok.common.Subject;
import ru.rostok.deficit.service.SchoolDeficitsView.SubjectDeficits;
import ru.rostok.deficit.service.SchoolDeficitsView.WeakIndicator;
import ru.rostok.monitoring.service.IndicatorService;
import ru.rostok.monitoring.service.SchoolIndicatorHistory;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;
import ru.rostok.staff.service.StaffPolicy;

/**
 * A school's deficits beside its weak results: the teachers' deficits by subject and topic, and the indicators of the
 * same subject on which the school stood markedly below its comparison group in its latest analysis run.
 */
@ApplicationScoped
public class SchoolDeficitsService {
    @Inject
    SchoolService schools;

    @Inject
    StaffPolicy staffPolicy;

    @Inject
    DeficitSummaryService summary;

    @Inject
    SchoolIndicatorHistory history;

    @Inject
    SchoolPositions positions;

    @Inject
    AnalysisService analyses;

    @Inject
    IndicatorService indicators;

    public SchoolDeficitsView of(long schoolId) {
        School school = schools.visible(schoolId).filter(staffPolicy::seesStaffOf)
                .orElseThrow(() -> ApiException.notFound("deficit.territoryNotFound"));
        Map<Subject, SubjectDeficits> bySubject = summary.ofSchool(school);
        List<Long> campaigns = history.campaigns(school.id).stream().map(SchoolIndicatorHistory.CampaignRef::id).toList();
        List<SchoolPositions.Item> runs = positions.of(school, campaigns);
        if (runs.isEmpty()) {
            return new SchoolDeficitsView(school.id, school.shortName, null, null, List.copyOf(bySubject.values()));
        }
        SchoolPositions.Item latest = runs.get(runs.size() - 1);
        AnalysisSchoolView analysed = analyses.school(latest.runId(), school.id);
        Set<String> weak = new HashSet<>(analysed.weaknesses());
        Map<String, Subject> subjects = indicators.subjectsOf(school.municipality.region.id, weak);
        for (AnalysisIndicatorResultView r : analysed.indicators()) {
            Subject subject = subjects.get(r.code());
            if (subject == null || !weak.contains(r.code())) {
                continue;
            }
            SubjectDeficits known = bySubject.getOrDefault(subject,
                    new SubjectDeficits(subject, subject.russian(), DeficitCount.of(0, 0), List.of(), List.of(), List.of()));
            List<WeakIndicator> linked = new ArrayList<>(known.weakIndicators());
            linked.add(new WeakIndicator(r.code(), r.name(), r.unit(), r.value(), r.score()));
            bySubject.put(subject, new SubjectDeficits(subject, known.subjectName(), known.teachers(), known.topics(), known.assessed(), linked));
        }
        return new SchoolDeficitsView(school.id, school.shortName, latest.runId(), latest.runAt(), List.copyOf(bySubject.values()));
    }
}
