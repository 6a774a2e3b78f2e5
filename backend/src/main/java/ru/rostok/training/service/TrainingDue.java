package ru.rostok.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.security.Scope;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.staff.Teacher;
import ru.rostok.staff.service.StaffPolicy;
import ru.rostok.training.TrainingStatus;

/**
 * What falls due for the active teachers in the caller's scope this calendar year: a qualification category that expires
 * this year or has expired, and the three-year cycle of further training (no training in the three years before the end
 * of this year, none planned). The last training is the later of what the school reported and the latest completed in
 * Rostok; it is derived here and never written to the teacher.
 */
@ApplicationScoped
public class TrainingDue {
    /** Further training at least once in three years (Федеральный закон № 273-ФЗ, ст. 47, ч. 5, п. 2). */
    public static final int CYCLE_YEARS = 3;

    public enum Reason { CATEGORY_EXPIRES, TRAINING_CYCLE }

    @Schema(name = "TrainingDue", description = "A teacher with something due: the category expiring or the training cycle run out")
    public record Due(long teacherId, String teacherName, @Schema(description = "«Глобусова А. Ю.»") String shortName, long schoolId,
                      String schoolName, long municipalityId, String municipalityName, Reason reason, QualificationCategory category,
                      @Schema(description = "The last training (derived), for TRAINING_CYCLE") LocalDate lastTraining, LocalDate dueOn,
                      boolean overdue) {
    }

    /** What the rules need of a teacher. */
    record Facts(long teacherId, String name, String shortName, long schoolId, String schoolName, long municipalityId, String municipalityName,
                 QualificationCategory category, LocalDate categoryDate, LocalDate reported, LocalDate completedInRostok, boolean planned) {
        LocalDate lastTraining() {
            return later(reported, completedInRostok);
        }
    }

    @Inject
    StaffPolicy staff;

    /** In the caller's scope, narrowed to a school, a municipality or a region; by due date. */
    public List<Due> in(Long regionId, Long municipalityId, Long schoolId) {
        return in(regionId, municipalityId, schoolId, null);
    }

    /** A page of them: by due date (dueOn, the default) or by teacher. */
    public PageResponse<Due> page(Long regionId, Long municipalityId, Long schoolId, PageQuery query) {
        List<Due> all = new ArrayList<>(in(regionId, municipalityId, schoolId));
        Comparator<Due> order = null;
        for (PageQuery.SortKey key : query.sortKeys(List.of("dueOn", "teacher"), "dueOn")) {
            Comparator<Due> by = key.field().equals("teacher") ? Comparator.comparing(Due::teacherName) : Comparator.comparing(Due::dueOn);
            by = key.descending() ? by.reversed() : by;
            order = order == null ? by : order.thenComparing(by);
        }
        all.sort(order.thenComparing(Due::teacherId).thenComparing(Due::reason));
        int from = Math.min(all.size(), query.page * query.size);
        return new PageResponse<>(all.subList(from, Math.min(all.size(), from + query.size)), query.page, query.size, all.size());
    }

    /** The same for one teacher. */
    public List<Due> ofTeacher(long teacherId) {
        return in(null, null, null, teacherId);
    }

    private List<Due> in(Long regionId, Long municipalityId, Long schoolId, Long teacherId) {
        Scope.Filter seen = staff.filter("t");
        Where where = new Where().and(seen.jpql(), seen.params()).and("t.archivedOn is null", Map.of())
                .and("m.region.id = :region", "region", regionId)
                .and("m.id = :municipality", "municipality", municipalityId)
                .and("s.id = :school", "school", schoolId)
                .and("t.id = :teacher", "teacher", teacherId);
        var params = new java.util.HashMap<>(where.params());
        params.put("completed", TrainingStatus.COMPLETED);
        params.put("planned", TrainingStatus.PLANNED);
        List<Object[]> rows = query(where, params);
        List<Due> due = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (Object[] r : rows) {
            Facts f = new Facts((Long) r[0], fullName((String) r[1], (String) r[2], (String) r[3]), shortName((String) r[1], (String) r[2], (String) r[3]),
                    (Long) r[4], (String) r[5], (Long) r[6], (String) r[7], (QualificationCategory) r[8], (LocalDate) r[9], (LocalDate) r[10],
                    (LocalDate) r[11], ((Long) r[12]) > 0);
            due.addAll(of(f, today));
        }
        due.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::teacherName).thenComparing(Due::reason));
        return due;
    }

    private static List<Object[]> query(Where where, Map<String, Object> params) {
        var q = Teacher.getEntityManager().createQuery("""
                select t.id, t.lastName, t.firstName, t.middleName, s.id, s.shortName, m.id, m.name, t.category, t.categoryDate, t.lastTrainingDate,
                  (select max(c.completedOn) from TeacherTraining c where c.teacher = t and c.status = :completed),
                  (select count(p) from TeacherTraining p where p.teacher = t and p.status = :planned)
                from Teacher t join t.school s join s.municipality m where """ + where.jpql(), Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** The rules on one teacher as of a day. */
    static List<Due> of(Facts f, LocalDate today) {
        List<Due> due = new ArrayList<>();
        LocalDate endOfYear = LocalDate.of(today.getYear(), 12, 31);
        LocalDate expires = f.category() == null ? null : f.category().expiresOn(f.categoryDate());
        if (expires != null && !expires.isAfter(endOfYear)) {
            due.add(new Due(f.teacherId(), f.name(), f.shortName(), f.schoolId(), f.schoolName(), f.municipalityId(), f.municipalityName(),
                    Reason.CATEGORY_EXPIRES, f.category(), f.lastTraining(), expires, expires.isBefore(today)));
        }
        LocalDate last = f.lastTraining();
        LocalDate cycleFrom = endOfYear.minusYears(CYCLE_YEARS).plusDays(1);
        if (!f.planned() && (last == null || last.isBefore(cycleFrom))) {
            LocalDate dueOn = last == null ? endOfYear : last.plusYears(CYCLE_YEARS);
            due.add(new Due(f.teacherId(), f.name(), f.shortName(), f.schoolId(), f.schoolName(), f.municipalityId(), f.municipalityName(),
                    Reason.TRAINING_CYCLE, f.category(), last, dueOn, dueOn.isBefore(today)));
        }
        return due;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    static String fullName(String last, String first, String middle) {
        return middle == null || middle.isBlank() ? last + " " + first : last + " " + first + " " + middle;
    }

    /** «Глобусова А. Ю.» */
    public static String shortName(String last, String first, String middle) {
        return last + " " + first.charAt(0) + "." + (middle == null || middle.isBlank() ? "" : " " + middle.charAt(0) + ".");
    }
}
