package ru.rostok.route.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.service.ListedSchools;
import ru.rostok.route.RouteStatus;
import ru.rostok.route.StepStatus;
import ru.rostok.security.Place;
import ru.rostok.staff.service.StaffPolicy;

/** Routes of a region, municipality or school as a list, a summary (ШНОР against the others) and an XLSX. */
@ApplicationScoped
public class RouteList {
    private static final Map<String, String> SORT = Map.of("teacherName", "t.lastName", "schoolName", "s.shortName", "title", "r.title",
            "status", "r.status", "startsOn", "r.startsOn", "endsOn", "r.endsOn", "updatedAt", "r.updatedAt");
    private static final String FROM = " from IndividualRoute r join r.teacher t join t.school s join s.municipality m where ";

    @Inject
    EntityManager em;

    @Inject
    StaffPolicy staff;

    @Inject
    ListedSchools listed;

    /** The routes of the caller's teachers with the filters. */
    public record Filter(Long regionId, Long municipalityId, Long schoolId, RouteStatus status) {
        Where where(StaffPolicy staff) {
            var seen = staff.filter("t");
            return new Where().and(seen.jpql(), seen.params())
                    .and("m.region.id = :regionId", "regionId", regionId)
                    .and("m.id = :municipalityId", "municipalityId", municipalityId)
                    .and("s.id = :schoolId", "schoolId", schoolId)
                    .and("r.status = :status", "status", status);
        }
    }

    public PageResponse<RouteRow> list(Filter filter, PageQuery query) {
        Where where = filter.where(staff);
        var page = query.toPage();
        List<RouteRow> rows = rows(where, query, page.index * page.size, page.size);
        long total = where.count(em, "IndividualRoute r join r.teacher t join t.school s join s.municipality m");
        return new PageResponse<>(rows, query.page, query.size, total);
    }

    private List<RouteRow> rows(Where where, PageQuery query, int first, int max) {
        String order = query.orderBy(SORT, "teacherName", "r.id");
        var q = em.createQuery("select r.id, t.id, t.lastName, t.firstName, t.middleName, s.id, s.shortName, m.name, r.title, r.status,"
                + " r.startsOn, r.endsOn, m.region.id, m.id,"
                + " (select count(d) from RouteStep d where d.route = r and d.status = :done),"
                + " (select count(a) from RouteStep a where a.route = r),"
                + " (select min(n.due) from RouteStep n where n.route = r and n.status <> :done),"
                + " (select count(o) from RouteStep o where o.route = r and o.status <> :done and o.due < :today and r.status = :active)"
                + FROM + where.jpql() + " order by " + order, Object[].class);
        where.params().forEach(q::setParameter);
        q.setParameter("done", StepStatus.DONE).setParameter("today", LocalDate.now()).setParameter("active", RouteStatus.ACTIVE);
        q.setFirstResult(first).setMaxResults(max);
        return q.getResultList().stream().map(c -> {
            String name = c[4] == null || ((String) c[4]).isBlank() ? c[2] + " " + c[3] : c[2] + " " + c[3] + " " + c[4];
            long schoolId = (Long) c[5];
            return new RouteRow((Long) c[0], (Long) c[1], name, schoolId, (String) c[6], (String) c[7], (String) c[8], (RouteStatus) c[9],
                    (LocalDate) c[10], (LocalDate) c[11], (Long) c[14], (Long) c[15], (LocalDate) c[16], (Long) c[17],
                    staff.actions(new Place((Long) c[12], (Long) c[13], schoolId)));
        }).toList();
    }

    public RouteSummary summary(Long regionId, Long municipalityId) {
        Where where = new Filter(regionId, municipalityId, null, null).where(staff);
        Map<Long, long[]> bySchool = new HashMap<>(); // active, completed, cancelled, overdue steps, with deficits, of them with a route
        var routes = em.createQuery("select s.id, r.status, count(r)" + FROM + where.jpql() + " group by s.id, r.status", Object[].class);
        where.params().forEach(routes::setParameter);
        for (Object[] c : routes.getResultList()) {
            bySchool.computeIfAbsent((Long) c[0], k -> new long[6])[((RouteStatus) c[1]).ordinal()] += (Long) c[2];
        }
        var overdue = em.createQuery("select s.id, count(st) from RouteStep st join st.route r join r.teacher t join t.school s join s.municipality m"
                + " where " + where.jpql() + " and r.status = :active and st.status <> :done and st.due < :today group by s.id", Object[].class);
        where.params().forEach(overdue::setParameter);
        overdue.setParameter("active", RouteStatus.ACTIVE).setParameter("done", StepStatus.DONE).setParameter("today", LocalDate.now());
        for (Object[] c : overdue.getResultList()) {
            bySchool.computeIfAbsent((Long) c[0], k -> new long[6])[3] += (Long) c[1];
        }
        var deficits = em.createQuery("select s.id, count(distinct t.id), count(distinct case when exists (select 1 from IndividualRoute r"
                + " where r.teacher = t and r.status <> :cancelled) then t.id end)"
                + " from CompetenceAssessment a join a.topics tp join a.teacher t join t.school s join s.municipality m"
                + " where tp.deficit = true and t.archivedOn is null and " + where.jpql() + " group by s.id", Object[].class);
        where.params().forEach(deficits::setParameter);
        deficits.setParameter("cancelled", RouteStatus.CANCELLED);
        for (Object[] c : deficits.getResultList()) {
            long[] counts = bySchool.computeIfAbsent((Long) c[0], k -> new long[6]);
            counts[4] += (Long) c[1];
            counts[5] += (Long) c[2];
        }
        Set<Long> lowResults = lowResultsSchools(regionId);
        RouteSummary.Counts none = new RouteSummary.Counts(0, 0, 0, 0, 0, 0);
        RouteSummary.Counts low = none;
        RouteSummary.Counts others = none;
        for (var e : bySchool.entrySet()) {
            long[] n = e.getValue();
            RouteSummary.Counts c = new RouteSummary.Counts(n[0], n[1], n[2], n[3], n[4], n[5]);
            if (lowResults.contains(e.getKey())) {
                low = low.plus(c);
            } else {
                others = others.plus(c);
            }
        }
        return new RouteSummary(low.plus(others), low, others);
    }

    /** The schools on their region's latest approved list of ШНОР. */
    private Set<Long> lowResultsSchools(Long regionId) {
        int year = LocalDate.now().getYear();
        List<ListedSchools.Listed> included = listed.included(regionId, year);
        Map<Long, Long> regionOfList = new HashMap<>();
        Map<Long, Integer> latestOfRegion = new HashMap<>();
        included.stream().map(ListedSchools.Listed::year).distinct().forEach(y -> listed.approved(regionId, y).stream()
                .filter(l -> l.kind() == ListKind.LOW_RESULTS).forEach(l -> {
                    regionOfList.put(l.listId(), l.regionId());
                    latestOfRegion.merge(l.regionId(), l.year(), Math::max);
                }));
        Set<Long> schools = new HashSet<>();
        for (ListedSchools.Listed l : included) {
            Long region = regionOfList.get(l.listId());
            if (region != null && latestOfRegion.get(region) == l.year()) {
                schools.add(l.schoolId());
            }
        }
        return schools;
    }

    @Transactional
    public void xlsx(Filter filter, PageQuery sort, OutputStream out) {
        Where where = filter.where(staff);
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("ИОМ");
            String[] header = {"Педагог", "Школа", "Муниципалитет", "Маршрут", "Статус", "Начало", "Окончание", "Шагов выполнено",
                "Шагов всего", "Ближайший срок", "Просрочено шагов"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.style(0, c).bold().set();
            }
            int row = 1;
            for (int first = 0; ; first += PageQuery.MAX_SIZE) {
                List<RouteRow> rows = rows(where, sort, first, PageQuery.MAX_SIZE);
                for (RouteRow r : rows) {
                    sheet.value(row, 0, r.teacherName());
                    sheet.value(row, 1, r.schoolName());
                    sheet.value(row, 2, r.municipalityName());
                    sheet.value(row, 3, r.title());
                    sheet.value(row, 4, STATUS.get(r.status()));
                    date(sheet, row, 5, r.startsOn());
                    date(sheet, row, 6, r.endsOn());
                    sheet.value(row, 7, r.stepsDone());
                    sheet.value(row, 8, r.stepsTotal());
                    date(sheet, row, 9, r.nextDue());
                    sheet.value(row, 10, r.stepsOverdue());
                    row++;
                }
                if (rows.size() < PageQuery.MAX_SIZE) {
                    break;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Map<RouteStatus, String> STATUS = Map.of(RouteStatus.ACTIVE, "выполняется", RouteStatus.COMPLETED, "завершён",
            RouteStatus.CANCELLED, "отменён");

    private static void date(Worksheet sheet, int row, int col, LocalDate d) {
        if (d != null) {
            sheet.value(row, col, d);
            sheet.style(row, col).format("dd.mm.yyyy").set();
        }
    }
}
