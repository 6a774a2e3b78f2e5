package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentAssignee;
import ru.rostok.control.Decision;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.ReviewStatus;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureResponsible;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.roadmap.service.MeasureSchedule;
import ru.rostok.security.Scope;
import ru.rostok.roadmap.service.RoadmapPolicy;

/** Everything under control in the caller's scope: measures of running roadmaps and points not yet accepted. */
@ApplicationScoped
public class ControlItems {
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The type of the item of a roadmap's annual analytical information. */
    public static final String ANNUAL_REPORT = "ANNUAL_REPORT";

    @Inject
    Scope scope;

    @Inject
    DecisionPolicy decisionPolicy;

    @Inject
    RoadmapPolicy roadmapPolicy;

    /** Who answers for an item: a body, or every school of the territory. */
    public record Responsible(Long bodyId, String bodyName, String label, boolean allSchools) {
    }

    /** An item with what the views need: its due date and state, territory, and responsible. */
    public record Item(String type, long planId, String planTitle, long itemId, String number, String text, String deadlineText,
                       LocalDate due, boolean overdue, String status, long regionId, Long municipalityId, String municipalityName,
                       List<Responsible> responsible, Measure measure, Roadmap roadmap, Assignment assignment) {
    }

    public List<Item> open() {
        return open(roadmapPolicy.filter("r"), decisionPolicy.filter("d"));
    }

    /** Every open item of every region, for the daily reminders that run as no one. */
    public List<Item> openEverywhere() {
        return open(new Scope.Filter("1 = 1", Map.of()), new Scope.Filter("1 = 1", Map.of()));
    }

    /**
     * The annual analytical information each running roadmap's owner sends by 25 January of the year after each year of the
     * plan's period (seed 003, п. 4.2): the next such date from today. Nothing records that it was sent, so it is never
     * shown as overdue; it leaves once its date has passed and the next year's takes its place.
     */
    public List<Item> annualReports() {
        LocalDate today = LocalDate.now();
        Scope.Filter plans = roadmapPolicy.filter("r");
        Map<String, Object> params = new HashMap<>(plans.params());
        params.put("running", List.of(RoadmapStatus.APPROVED, RoadmapStatus.IN_PROGRESS));
        List<Item> items = new ArrayList<>();
        for (Roadmap r : Roadmap.<Roadmap>list("from Roadmap r where r.status in :running and r.periodFrom is not null "
                + "and r.periodTo is not null and " + plans.jpql(), params)) {
            int year = today.isAfter(LocalDate.of(today.getYear(), 1, 25)) ? today.getYear() : today.getYear() - 1;
            year = Math.max(year, r.periodFrom.getYear());
            if (year > r.periodTo.getYear()) {
                continue;
            }
            List<Responsible> owner = r.ownerBody == null ? List.of()
                    : List.of(new Responsible(r.ownerBody.id, r.ownerBody.shortName, r.ownerBody.shortName, false));
            items.add(new Item(ANNUAL_REPORT, r.id, r.title, r.id, null, "Годовая аналитическая информация о реализации плана за " + year + " год",
                    "не позднее 25 января года, следующего за отчетным", LocalDate.of(year + 1, 1, 25), false, "PLANNED", r.region.id,
                    r.municipality == null ? null : r.municipality.id, r.municipality == null ? null : r.municipality.name, owner, null, r, null));
        }
        return items;
    }

    /** The schools whose report on a point has been accepted: done with it, so no longer reminded of it. */
    public List<Long> schoolsDone(long assignmentId) {
        return ExecutionReport.getEntityManager().createQuery("select r.schoolId from ExecutionReport r where r.assignmentId = :a "
                        + "and r.reviewStatus = :accepted and r.schoolId is not null", Long.class)
                .setParameter("a", assignmentId).setParameter("accepted", ReviewStatus.ACCEPTED).getResultList();
    }

    private List<Item> open(Scope.Filter plans, Scope.Filter decisions) {
        LocalDate today = LocalDate.now();
        List<Item> items = new ArrayList<>();
        Map<String, Object> params = new HashMap<>(plans.params());
        params.put("running", List.of(RoadmapStatus.APPROVED, RoadmapStatus.IN_PROGRESS));
        for (Roadmap r : Roadmap.<Roadmap>list("from Roadmap r where r.status in :running and " + plans.jpql(), params)) {
            MeasureSchedule.of(r, today).forEach((measure, due) -> {
                if (MeasureSchedule.finished(measure)) {
                    return;
                }
                items.add(new Item("MEASURE", r.id, r.title, measure.id, measure.number, measure.text, measure.deadlineText,
                        due.overdue() ? due.firstMissed() : due.next(), due.overdue(), measure.status.name(), r.region.id,
                        r.municipality == null ? null : r.municipality.id, r.municipality == null ? null : r.municipality.name,
                        responsible(measure.responsible), measure, r, null));
            });
        }
        for (Decision d : Decision.<Decision>list("from Decision d where " + decisions.jpql(), decisions.params())) {
            for (Assignment a : d.assignments()) {
                if (a.status.closed() || DecisionService.effectiveAssignees(a).isEmpty()) {
                    continue;
                }
                items.add(new Item("POINT", d.id, "Решение № " + d.number + " от " + DATE.format(d.date) + ": " + d.title, a.id, a.number, a.text,
                        a.deadlineText, DecisionService.due(a, today), DecisionService.overdue(a, today), a.status.name(), d.region.id,
                        d.municipality == null ? null : d.municipality.id, d.municipality == null ? null : d.municipality.name,
                        assignees(DecisionService.effectiveAssignees(a)), null, null, a));
            }
        }
        return items;
    }

    private static List<Responsible> responsible(List<MeasureResponsible> list) {
        return list.stream().map(r -> new Responsible(r.body == null ? null : r.body.id, r.body == null ? null : r.body.shortName, r.label,
                r.allSchools)).toList();
    }

    private static List<Responsible> assignees(List<AssignmentAssignee> list) {
        return list.stream().map(r -> new Responsible(r.body == null ? null : r.body.id, r.body == null ? null : r.body.shortName, r.label,
                r.allSchools)).toList();
    }
}
