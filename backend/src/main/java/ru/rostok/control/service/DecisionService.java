package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.body.service.BodyService;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.common.schedule.DocumentChecks;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceUploads;
import ru.rostok.common.schedule.ScheduleContext;
import ru.rostok.common.schedule.ScheduleParser;
import ru.rostok.control.Assignment;
import ru.rostok.control.AssignmentAssignee;
import ru.rostok.control.AssignmentExtension;
import ru.rostok.control.Decision;
import ru.rostok.control.DecisionKind;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.PointRemoved;
import ru.rostok.control.ReviewStatus;
import ru.rostok.body.service.ResponsibleResolver;
import ru.rostok.school.School;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;

/** Decisions and their points: what is assigned to whom by when, and where the execution stands. */
@ApplicationScoped
public class DecisionService {
    private static final Map<String, String> SORT = Map.of("date", "d.date", "number", "d.number", "title", "d.title", "updatedAt", "d.updatedAt");

    @Inject
    jakarta.enterprise.inject.Instance<PointEvents> events;

    @Inject
    Scope scope;


    @Inject
    DecisionPolicy decisionPolicy;

    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AuditLog audit;

    @Inject
    BodyService bodies;

    @Inject
    Event<PointRemoved> pointRemoved;

    @Inject
    EvidenceUploads evidence;

    @Inject
    PointLinks links;

    public PageResponse<DecisionSummary> list(DecisionKind kind, Long regionId, Long municipalityId, String q, PageQuery query) {
        Scope.Filter inScope = decisionPolicy.filter("d");
        Where where = new Where().and(inScope.jpql(), inScope.params())
                .and("d.kind = :kind", "kind", kind)
                .and("d.region.id = :regionId", "regionId", regionId)
                .and("d.municipality.id = :municipalityId", "municipalityId", municipalityId);
        String text = Text.trimToNull(q);
        if (text != null) {
            where.and("lower(d.title) like :q or lower(d.number) like :q", "q", "%" + text.toLowerCase() + "%");
        }
        var found = Decision.<Decision>find("from Decision d where " + where.jpql(), query.toSort(SORT, "-date", "d"), where.params())
                .page(query.toPage());
        long total = where.count(Decision.getEntityManager(), "Decision d");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(d -> new DecisionSummary(d.id, d.kind, d.number,
                d.date, d.title, d.issuerLabel, d.region.id, d.region.name, d.municipality == null ? null : d.municipality.id,
                d.municipality == null ? null : d.municipality.name, d.version));
    }

    public Optional<Decision> visible(long id) {
        return Decision.<Decision>findByIdOptional(id).filter(decisionPolicy::sees);
    }

    public Decision require(long id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("control.decisionNotFound", id));
    }

    /** The point of a visible decision; 404 for another decision's point. */
    public Assignment point(long decisionId, long pointId) {
        Decision d = require(decisionId);
        return Assignment.<Assignment>findByIdOptional(pointId).filter(a -> a.decision.id.equals(d.id))
                .orElseThrow(() -> ApiException.notFound("control.pointNotFound", pointId, decisionId));
    }

    @Transactional
    public DecisionView create(DecisionInput input) {
        List<FieldError> errors = new ArrayList<>();
        Region region = regions.require(input.regionId());
        Municipality municipality = input.municipalityId() == null ? null : municipalities.require(input.municipalityId());
        if (municipality != null && !municipality.region.id.equals(region.id)) {
            errors.add(FieldError.field("municipalityId", "control.municipalityNotInRegion"));
        }
        scope.require(decisionPolicy.mayKeepDecisionOf(region, municipality), "control.createForbidden");
        Decision d = new Decision();
        d.region = region;
        d.municipality = municipality;
        header(d, input, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        d.persist();
        int[] position = {0};
        // a new decision has no points to keep: an id sent with a point names none of them (a mutable map: they are claimed from it)
        points(d, null, input.points(), "points", ScheduleContext.ofDocument(d.date), position, new HashMap<>(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Decision.getEntityManager().flush();
        DecisionView view = view(d);
        audit.created("Decision", d.id, "Решение № " + d.number + " от " + d.date, region.id,
                Map.of("title", d.title, "points", view.points().size()));
        return view;
    }

    /** A decision imported from a file: created as if entered by hand, the file kept as its source. */
    @Transactional
    public DecisionView createFromSource(DecisionInput input, String fileName, String contentType, byte[] data) {
        DecisionView created = create(input);
        evidence.storeSource(fileName, contentType, data, created.id(), null);
        return get(created.id());
    }

    /**
     * Corrects a decision as entered: its details and points. A point sent with its id keeps its status, reports and
     * extensions; a point left out is removed, unless someone has already reported on it or its deadline was extended.
     */
    @Transactional
    public DecisionView update(long id, DecisionInput input) {
        Decision d = require(id);
        scope.require(decisionPolicy.mayKeep(d), "control.updateForbidden");
        d.checkVersion(input.version());
        List<FieldError> errors = new ArrayList<>();
        if (!d.region.id.equals(input.regionId())) {
            errors.add(FieldError.field("regionId", "control.regionFixed"));
        }
        if (!java.util.Objects.equals(d.municipality == null ? null : d.municipality.id, input.municipalityId())) {
            errors.add(FieldError.field("municipalityId", "control.municipalityFixed"));
        }
        DecisionView before = view(d);
        header(d, input, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Map<Long, Assignment> existing = new HashMap<>();
        d.assignments().forEach(a -> existing.put(a.id, a));
        Map<Long, Assignment> unclaimed = new HashMap<>(existing);
        int[] position = {0};
        points(d, null, input.points(), "points", ScheduleContext.ofDocument(d.date), position, unclaimed, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        removePoints(unclaimed.values());
        d.updatedAt = java.time.OffsetDateTime.now(); // a change of points alone is a new version of the decision too
        Decision.getEntityManager().flush();
        DecisionView after = view(d);
        audit.updated("Decision", d.id, "Решение № " + d.number + " от " + d.date, d.region.id, auditable(before), auditable(after));
        return after;
    }


    private void header(Decision d, DecisionInput input, List<FieldError> errors) {
        d.kind = input.kind();
        d.number = input.number().strip();
        d.date = input.date();
        d.title = input.title().strip();
        d.preamble = Text.trimToNull(input.preamble());
        d.issuerBody = bodies.nameable(input.issuerBodyId(), d.region, d.municipality, "issuerBodyId", errors);
        d.issuerLabel = input.issuerLabel().strip();
        d.controllerLabel = Text.trimToNull(input.controllerLabel());
        d.controllerBody = bodies.nameable(input.controllerBodyId(), d.region, d.municipality, "controllerBodyId", errors);
        if (d.controllerBody == null && input.controllerBodyId() == null && d.controllerLabel != null) {
            d.controllerBody = bodies.nameableOrNone(ResponsibleResolver.resolve(d.controllerLabel, d.region, d.municipality, null).body(),
                    d.region, d.municipality);
        }
        d.controllerPerson = Text.trimToNull(input.controllerPerson());
    }

    /** Points left out of a change: gone, with their reminders, unless their execution has already begun. */
    private void removePoints(java.util.Collection<Assignment> gone) {
        for (Assignment a : gone) {
            if (ExecutionReport.count("assignmentId", a.id) > 0 || AssignmentExtension.count("assignmentId", a.id) > 0) {
                throw ApiException.conflict("control.pointHasReports", a.number);
            }
        }
        List<Assignment> deepestFirst = gone.stream().sorted(Comparator.comparingInt(DecisionService::depth).reversed()).toList();
        Decision.getEntityManager().flush();
        for (Assignment a : deepestFirst) {
            pointRemoved.fire(new PointRemoved(a.id));
            a.delete();
        }
    }

    private static Map<String, Object> auditable(DecisionView v) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("title", v.title());
        m.put("number", v.number());
        m.put("date", v.date());
        m.put("points", v.points().stream().map(p -> p.number() + " " + (p.text().length() > 60 ? p.text().substring(0, 60) + "…" : p.text())
                + (p.deadlineText() == null ? "" : " — " + p.deadlineText())).toList());
        return m;
    }

    private void points(Decision d, Assignment parent, List<DecisionInput.PointInput> inputs, String path,
                        ScheduleContext context, int[] position, Map<Long, Assignment> unclaimed, List<FieldError> errors) {
        if (inputs == null) {
            return;
        }
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String at = path + "[" + i + "]";
            Assignment a;
            if (in.id() != null) {
                a = unclaimed.remove(in.id());
                if (a == null) {
                    errors.add(FieldError.field(at + ".id", "control.pointNotInDecision", in.id()));
                    continue;
                }
            } else {
                a = new Assignment();
                a.decision = d;
            }
            a.parent = parent;
            a.number = in.number().strip();
            a.position = ++position[0];
            a.text = in.text().strip();
            a.kind = in.kind() != null ? in.kind() : a.id == null ? ru.rostok.common.WorkKind.guess(a.text) : a.kind;
            a.deadlineText = Text.trimToNull(in.deadlineText());
            a.schedule = a.deadlineText == null ? null : ScheduleParser.parse(a.deadlineText, context);
            a.assignees.clear();
            List<DecisionInput.AssigneeInput> assignees = in.assignees() == null ? List.of() : in.assignees();
            for (int j = 0; j < assignees.size(); j++) {
                var x = assignees.get(j);
                AssignmentAssignee assignee = new AssignmentAssignee();
                assignee.assignment = a;
                assignee.position = j + 1;
                assignee.label = x.label().strip();
                assignee.person = Text.trimToNull(x.person());
                assignee.body = bodies.nameable(x.bodyId(), d.region, d.municipality, at + ".assignees[" + j + "].bodyId", errors);
                assignee.allSchools = x.allSchools();
                if (x.bodyId() == null && !x.allSchools()) { // as typed: «Управлению образования», «Руководителям ОО»
                    var resolved = ResponsibleResolver.resolve(assignee.label, d.region, d.municipality, null);
                    assignee.allSchools = resolved.allSchools();
                    assignee.body = bodies.nameableOrNone(resolved.body(), d.region, d.municipality);
                }
                a.assignees.add(assignee);
            }
            if (a.id == null) {
                a.persist();
            }
            links.replace(d, a, in, at, errors);
            points(d, a, in.points(), at + ".points", context, position, unclaimed, errors);
        }
    }

    public DecisionView get(long id) {
        return view(require(id));
    }

    /** The assignees in force: the point's own, else the nearest parent's («2. Управлению…: 2.1. …»). */
    public static List<AssignmentAssignee> effectiveAssignees(Assignment a) {
        for (Assignment p = a; p != null; p = p.parent) {
            if (!p.assignees.isEmpty()) {
                return p.assignees;
            }
        }
        return List.of();
    }

    /** The due date: the last extension's, else the schedule's next not-yet-accepted occurrence, else its last. */
    public static LocalDate due(Assignment a, LocalDate today) {
        if (a.dueOverride != null) {
            return a.dueOverride;
        }
        if (a.schedule == null) {
            return null;
        }
        List<LocalDate> dates = a.schedule.dueDates(LocalDate.of(1990, 1, 1), LocalDate.of(2100, 1, 1));
        return dates.stream().filter(d -> !d.isBefore(today)).findFirst().orElse(dates.isEmpty() ? null : dates.get(dates.size() - 1));
    }

    public static boolean overdue(Assignment a, LocalDate today) {
        if (a.status.closed()) {
            return false;
        }
        LocalDate due = due(a, today);
        return due != null && due.isBefore(today);
    }

    public DecisionView view(Decision d) {
        LocalDate today = LocalDate.now();
        List<Assignment> points = d.assignments();
        Map<Long, List<ExecutionReport>> reports = points.isEmpty() ? Map.of()
                : ExecutionReport.<ExecutionReport>list("assignmentId in ?1", points.stream().map(p -> p.id).toList()).stream()
                .collect(Collectors.groupingBy(r -> r.assignmentId));
        Map<Long, List<AssignmentExtension>> extensions = points.isEmpty() ? Map.of()
                : AssignmentExtension.<AssignmentExtension>list("assignmentId in ?1 order by occurredAt", points.stream().map(p -> p.id).toList())
                .stream().collect(Collectors.groupingBy(e -> e.assignmentId));
        long schools = schoolsOf(d);
        PointLinks.Shown linked = links.of(d, points);
        Map<Long, Integer> eventCounts = events.isResolvable() && !points.isEmpty()
                ? events.get().counts(points.stream().map(p -> p.id).toList()) : Map.of();
        List<DecisionView.Point> items = new ArrayList<>();
        for (Assignment a : points) {
            List<ExecutionReport> mine = reports.getOrDefault(a.id, List.of());
            List<AssignmentAssignee> effective = effectiveAssignees(a);
            DecisionView.Schools counts = null;
            if (effective.stream().anyMatch(x -> x.allSchools)) {
                Map<Long, ReviewStatus> latest = latestBySchool(mine);
                counts = new DecisionView.Schools(schools, latest.size(), latest.values().stream().filter(s -> s == ReviewStatus.ACCEPTED).count());
            }
            items.add(new DecisionView.Point(a.id, a.parent == null ? null : a.parent.id, a.number, depth(a), a.text, a.deadlineText, a.schedule,
                    due(a, today), overdue(a, today), a.status, assignees(a.assignees), assignees(effective), counts,
                    extensions.getOrDefault(a.id, List.of()).stream().map(e -> new DecisionView.Extension(e.previousDue, e.newDue, e.reason,
                            e.grantedBy, e.occurredAt)).toList(),
                    visibleReports(mine, d).size(), a.version, decisionPolicy.actions(a.status, effective),
                    linked.indicators().getOrDefault(a.id, List.of()), linked.plans().getOrDefault(a.id, List.of()), a.kind,
                    eventCounts.getOrDefault(a.id, 0)));
        }
        List<DecisionView.Warning> warnings = DocumentChecks.check(points.stream()
                        .map(p -> new DocumentChecks.Item(p.number, p.deadlineText, p.schedule)).toList(), d.date)
                .stream().map(w -> new DecisionView.Warning(w.number(), w.kind(), w.message())).toList();
        return new DecisionView(d.id, d.kind, d.number, d.date, d.title, d.preamble, d.issuerBody == null ? null : d.issuerBody.id,
                d.issuerLabel, d.region.id, d.region.name, d.municipality == null ? null : d.municipality.id,
                d.municipality == null ? null : d.municipality.name, d.controllerLabel, controller(d).map(b -> b.id).orElse(null),
                controller(d).map(b -> b.shortName).orElse(null), d.controllerPerson, items, warnings, EvidenceFile.sourceOfDecision(d.id), d.version, d.updatedAt,
                decisionPolicy.actions(d));
    }

    /** Who controls execution: the body the decision names, else the body that issued it. */
    public static Optional<Body> controller(Decision d) {
        return Optional.ofNullable(d.controllerBody != null ? d.controllerBody : d.issuerBody);
    }

    /** Each school's latest report on a point of every school. */
    static Map<Long, ReviewStatus> latestBySchool(List<ExecutionReport> reports) {
        Map<Long, ReviewStatus> latest = new HashMap<>();
        reports.stream().filter(r -> r.schoolId != null).sorted(Comparator.comparing((ExecutionReport r) -> r.reportedAt)
                .thenComparing(r -> r.id)).forEach(r -> latest.put(r.schoolId, r.reviewStatus));
        return latest;
    }

    List<ExecutionReport> visibleReports(List<ExecutionReport> reports, Decision d) {
        return reports.stream().filter(r -> decisionPolicy.sees(r, d)).toList();
    }

    /** The schools of the decision's territory: those a point of every school is asked of. */
    public static long schoolsOf(Decision d) {
        return d.municipality != null
                ? School.count("municipality.id", d.municipality.id)
                : School.count("municipality.region.id", d.region.id);
    }

    static int depth(Assignment a) {
        int depth = 0;
        for (Assignment p = a.parent; p != null; p = p.parent) {
            depth++;
        }
        return depth;
    }

    static List<DecisionView.Assignee> assignees(List<AssignmentAssignee> list) {
        return list.stream().map(x -> new DecisionView.Assignee(x.label, x.person, x.body == null ? null : x.body.id,
                x.body == null ? null : x.body.shortName, x.allSchools)).toList();
    }
}
