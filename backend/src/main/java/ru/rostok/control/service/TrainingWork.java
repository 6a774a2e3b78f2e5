package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.training.service.TrainingDue;

/**
 * Teachers' further training falling due, as «Моя работа» items: the school's staff get one per teacher and reason, a
 * municipality's coordinator one per school with due teachers. Analysts get none: a region has too many to list.
 */
@ApplicationScoped
public class TrainingWork {
    public static final String TRAINING_DUE = "TRAINING_DUE";
    public static final String CATEGORY_EXPIRES = "CATEGORY_EXPIRES";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Scope scope;

    @Inject
    TrainingDue due;

    public List<WorkItem> items() {
        if (scope.hasRole(Role.SCHOOL_STAFF) && scope.level() == Scope.Level.SCHOOL) {
            return due.in(null, null, scope.schoolId().orElseThrow()).stream().map(TrainingWork::ofTeacher).toList();
        }
        if (scope.hasRole(Role.MUNICIPAL_COORDINATOR) && scope.level() == Scope.Level.MUNICIPALITY) {
            return ofSchools(due.in(null, scope.municipalityId().orElseThrow(), null));
        }
        return List.of();
    }

    private static WorkItem ofTeacher(TrainingDue.Due d) {
        boolean category = d.reason() == TrainingDue.Reason.CATEGORY_EXPIRES;
        String text = category
                ? d.shortName() + " — " + (d.overdue() ? "истекла" : "истекает") + " квалификационная категория ("
                        + d.category().russian().toLowerCase() + ") " + DATE.format(d.dueOn())
                : d.shortName() + " — пора пройти повышение квалификации ("
                        + (d.lastTraining() == null ? "сведений о прошлом нет" : "последнее — " + DATE.format(d.lastTraining())) + ")";
        return new WorkItem(category ? CATEGORY_EXPIRES : TRAINING_DUE, d.schoolId(), d.schoolName(), d.teacherId(), null, text, null,
                d.dueOn(), d.overdue(), "DUE", d.schoolId(), d.teacherId());
    }

    private static List<WorkItem> ofSchools(List<TrainingDue.Due> all) {
        Map<Long, List<TrainingDue.Due>> bySchool = new LinkedHashMap<>();
        all.forEach(d -> bySchool.computeIfAbsent(d.schoolId(), k -> new ArrayList<>()).add(d));
        List<WorkItem> items = new ArrayList<>();
        for (List<TrainingDue.Due> of : bySchool.values()) {
            TrainingDue.Due first = of.stream().min(Comparator.comparing(TrainingDue.Due::dueOn)).orElseThrow();
            long teachers = of.stream().map(TrainingDue.Due::teacherId).distinct().count();
            String text = first.schoolName() + ": " + teachers + " " + (teachers % 10 == 1 && teachers % 100 != 11 ? "педагогу" : "педагогам")
                    + " пора пройти повышение квалификации";
            LocalDate today = LocalDate.now();
            items.add(new WorkItem(TRAINING_DUE, first.schoolId(), first.schoolName(), first.schoolId(), null, text, null, first.dueOn(),
                    first.dueOn().isBefore(today), "DUE", first.schoolId(), null));
        }
        return items;
    }
}
