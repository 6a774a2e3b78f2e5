package ru.rostok.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ru.rostok.common.Where;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.service.ListedSchools;
import ru.rostok.security.Scope;
import ru.rostok.training.TeacherTraining;
import ru.rostok.training.TrainingStatus;

/**
 * Planned against completed further training of a year over the caller's scope: by municipality, and for the schools on
 * the approved list of ШНОР against the others. A training belongs to the year it ends in; a cancelled one counts nowhere.
 */
@ApplicationScoped
public class TrainingSummary {
    /** How far back a list of ШНОР still stands when the year has none approved yet. */
    private static final int LIST_YEARS_BACK = 3;

    @Inject
    TrainingService trainings;

    @Inject
    ListedSchools lists;

    @Inject
    Scope scope;

    /** One training as the summary counts it. */
    record Counted(long municipalityId, String municipalityName, long schoolId, long teacherId, TrainingStatus status, int hours) {
    }

    public TrainingSummaryView of(Long regionId, Long municipalityId, int year) {
        Where where = trainings.where(new TrainingFilter(regionId, municipalityId, null, null, null, year))
                .and("tt.status <> :cancelled", "cancelled", TrainingStatus.CANCELLED);
        var query = TeacherTraining.getEntityManager().createQuery("select m.id, m.name, s.id, t.id, tt.status, tt.hours from TeacherTraining tt "
                + "join tt.teacher t join t.school s join s.municipality m where " + where.jpql(), Object[].class);
        where.params().forEach(query::setParameter);
        List<Counted> counted = query.getResultList().stream().map(r -> new Counted((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3],
                (TrainingStatus) r[4], (Integer) r[5])).toList();

        Map<Long, List<Counted>> byMunicipality = new TreeMap<>();
        counted.forEach(c -> byMunicipality.computeIfAbsent(c.municipalityId(), k -> new ArrayList<>()).add(c));
        List<TrainingSummaryView.Row> rows = byMunicipality.values().stream()
                .map(cs -> new TrainingSummaryView.Row(cs.get(0).municipalityId(), cs.get(0).municipalityName(), totals(cs, c -> true)))
                .sorted(java.util.Comparator.comparing(TrainingSummaryView.Row::municipalityName)).toList();
        Set<Long> listed = lowResultsSchools(regionId != null ? regionId : scope.regionId().orElse(null), year);
        return new TrainingSummaryView(year, listed != null, rows, totals(counted, c -> listed != null && listed.contains(c.schoolId())),
                totals(counted, c -> listed == null || !listed.contains(c.schoolId())), totals(counted, c -> true));
    }

    private static TrainingSummaryView.Totals totals(List<Counted> all, Predicate<Counted> which) {
        List<Counted> these = all.stream().filter(which).toList();
        List<Counted> completed = these.stream().filter(c -> c.status() == TrainingStatus.COMPLETED).toList();
        return new TrainingSummaryView.Totals(teachers(these), these.stream().mapToLong(Counted::hours).sum(), teachers(completed),
                completed.stream().mapToLong(Counted::hours).sum());
    }

    private static long teachers(List<Counted> cs) {
        return cs.stream().map(Counted::teacherId).distinct().count();
    }

    /** The schools on the approved lists of ШНОР of the year, else of the latest year before it; none without such a list. */
    private Set<Long> lowResultsSchools(Long regionId, int year) {
        for (int y = year; y > year - LIST_YEARS_BACK; y--) {
            Set<Long> lowResults = lists.approved(regionId, y).stream().filter(l -> l.kind() == ListKind.LOW_RESULTS)
                    .map(ListedSchools.ApprovedList::listId).collect(Collectors.toSet());
            if (!lowResults.isEmpty()) {
                Set<Long> schools = new HashSet<>();
                lists.included(regionId, y).stream().filter(l -> lowResults.contains(l.listId())).forEach(l -> schools.add(l.schoolId()));
                return schools;
            }
        }
        return null;
    }
}
