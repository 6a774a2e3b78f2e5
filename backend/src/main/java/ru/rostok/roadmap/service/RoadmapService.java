package ru.rostok.roadmap.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.body.service.ResponsibleResolver;
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
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.TargetStatus;
import ru.rostok.monitoring.service.IndicatorActuals;
import ru.rostok.monitoring.service.ListedSchools;
import ru.rostok.monitoring.service.TargetCheck;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureIndicator;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.MeasureResponsible;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapRevision;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;
import ru.rostok.school.service.SchoolPolicy;

/** Roadmaps: drafted, approved, carried out measure by measure; after approval changed only by a correction. */
@ApplicationScoped
public class RoadmapService {
    static final String ENTITY = "Roadmap";
    private static final Map<String, String> SORT = Map.of(
            "title", "r.title", "periodFrom", "r.periodFrom", "approvalDate", "r.approvalDate", "status", "r.status",
            "level", "r.level", "updatedAt", "r.updatedAt");

    @Inject
    Scope scope;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    RoadmapPolicy roadmapPolicy;

    @Inject
    MeasureReportPolicy reportPolicy;

    @Inject
    BodyService bodies;

    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    @Inject
    EvidenceUploads evidence;

    @Inject
    RoadmapTargets roadmapTargets;

    @Inject
    ListedSchools lists;

    @Inject
    jakarta.enterprise.inject.Instance<MeasureEvents> events;

    public PageResponse<RoadmapSummary> list(RoadmapLevel level, RoadmapStatus status, Long regionId, Long municipalityId, String q,
                                             PageQuery query) {
        Scope.Filter inScope = roadmapPolicy.filter("r");
        Where where = new Where().and(inScope.jpql(), inScope.params())
                .and("r.level = :level", "level", level)
                .and("r.status = :status", "status", status)
                .and("r.region.id = :regionId", "regionId", regionId)
                .and("r.municipality.id = :municipalityId", "municipalityId", municipalityId);
        String text = Text.trimToNull(q);
        if (text != null) {
            where.and("lower(r.title) like :q", "q", "%" + text.toLowerCase() + "%");
        }
        var found = Roadmap.<Roadmap>find("from Roadmap r where " + where.jpql(), query.toSort(SORT, "-periodFrom", "r"), where.params())
                .page(query.toPage());
        long total = where.count(Roadmap.getEntityManager(), "Roadmap r");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(RoadmapService::summary);
    }

    /** The indicators the plan's measures should move (measure_indicator), in one query. */
    public List<Long> targetIndicatorIds(long roadmapId) {
        return Roadmap.getEntityManager().createQuery("select distinct mi.indicatorId from MeasureIndicator mi, Measure m "
                + "where m.id = mi.measureId and m.roadmap.id = :r order by mi.indicatorId", Long.class).setParameter("r", roadmapId).getResultList();
    }

    /** When the approved plans of each of these schools began (approval, else the start of the period), in one query. */
    public Map<Long, java.time.LocalDate> schoolPlanStarts(java.util.Collection<Long> schoolIds) {
        Map<Long, java.time.LocalDate> starts = new java.util.HashMap<>();
        if (schoolIds.isEmpty()) {
            return starts;
        }
        Roadmap.getEntityManager().createQuery("select r.school.id, min(coalesce(r.approvalDate, r.periodFrom)) from Roadmap r "
                        + "where r.school.id in :s and r.status <> :draft group by r.school.id", Object[].class)
                .setParameter("s", schoolIds).setParameter("draft", RoadmapStatus.DRAFT).getResultList()
                .forEach(r -> { if (r[1] != null) starts.put((Long) r[0], (java.time.LocalDate) r[1]); });
        return starts;
    }

    public Optional<Roadmap> visible(long id) {
        return Roadmap.<Roadmap>findByIdOptional(id).filter(roadmapPolicy::sees);
    }

    public Roadmap require(long id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("roadmap.notFound", id));
    }

    public RoadmapView get(long id) {
        return shown(require(id));
    }

    /** The plan's target indicators before it began and now, as the plan is measured (see RoadmapTargets). */
    public RoadmapTargets.BeforeAndNow targetsBeforeAndNow(long id) {
        return roadmapTargets.beforeAndNow(require(id));
    }

    /**
     * The plan as the caller reads it: the reports counted on its measures are those the caller sees, with what the
     * caller may do with the plan and each measure.
     */
    public RoadmapView shown(Roadmap r) {
        return view(r, reportPolicy::sees, roadmapPolicy::actions, roadmapPolicy.actions(r));
    }

    /** A plan imported from a file: created as if entered by hand, the file kept as its source. */
    @Transactional
    public RoadmapView createFromSource(RoadmapInput input, String fileName, String contentType, byte[] data) {
        RoadmapView created = create(input);
        evidence.storeSource(fileName, contentType, data, null, created.id());
        return get(created.id());
    }

    @Transactional
    public RoadmapView create(RoadmapInput input) {
        Roadmap roadmap = new Roadmap();
        apply(roadmap, input);
        roadmap.persist();
        replaceMeasures(roadmap, input.measures());
        audit.created(ENTITY, roadmap.id, roadmap.title, roadmap.region.id, auditable(view(roadmap)));
        return shown(roadmap);
    }

    @Transactional
    public RoadmapView update(long id, RoadmapInput input) {
        Roadmap roadmap = require(id);
        requireManage(roadmap);
        roadmap.checkVersion(input.version());
        if (roadmap.status.approved()) {
            throw ApiException.conflict("roadmap.approved");
        }
        RoadmapView before = view(roadmap);
        apply(roadmap, input);
        roadmap.updatedAt = OffsetDateTime.now();
        replaceMeasures(roadmap, input.measures());
        audit.updated(ENTITY, roadmap.id, roadmap.title, roadmap.region.id, auditable(before), auditable(view(roadmap)));
        return shown(roadmap);
    }

    @Transactional
    public RoadmapView move(long id, RoadmapStatus to, long version) {
        Roadmap roadmap = require(id);
        requireManage(roadmap);
        roadmap.checkVersion(version);
        RoadmapStatus from = roadmap.status;
        if (!from.canMoveTo(to)) {
            throw ApiException.conflict("roadmap.transitionRefused", from, to);
        }
        if (to == RoadmapStatus.APPROVED && (roadmap.approvalNumber == null || roadmap.approvalDate == null)) {
            throw ApiException.invalid("approvalNumber", "roadmap.approvalDocumentRequired");
        }
        roadmap.status = to;
        roadmap.updatedAt = OffsetDateTime.now();
        roadmap.flush();
        if (to == RoadmapStatus.APPROVED) {
            snapshot(roadmap, 0, "Утверждена");
        }
        audit.updated(ENTITY, roadmap.id, roadmap.title, roadmap.region.id, Map.of("status", from), Map.of("status", to));
        return shown(roadmap);
    }

    /** An approved plan changes only this way: the reason, the new measures, and a new revision to compare with the old. */
    @Transactional
    public RoadmapView correct(long id, String reason, RoadmapInput input) {
        Roadmap roadmap = require(id);
        requireManage(roadmap);
        roadmap.checkVersion(input.version());
        if (!roadmap.status.approved() || roadmap.status == RoadmapStatus.ARCHIVED) {
            throw ApiException.conflict(roadmap.status == RoadmapStatus.DRAFT
                    ? "roadmap.draftChangedDirectly" : "roadmap.archivedUnchangeable");
        }
        if (Text.trimToNull(reason) == null) {
            throw ApiException.invalid("reason", "roadmap.revisionReasonRequired");
        }
        RoadmapView before = view(roadmap);
        RoadmapStatus status = roadmap.status;
        apply(roadmap, input);
        roadmap.status = status;
        roadmap.revision++;
        roadmap.updatedAt = OffsetDateTime.now();
        replaceMeasures(roadmap, input.measures());
        snapshot(roadmap, roadmap.revision, reason.strip());
        audit.updated(ENTITY, roadmap.id, roadmap.title, roadmap.region.id, auditable(before), auditable(view(roadmap)));
        return shown(roadmap);
    }

    /** The plan as it stood at a revision: 0 as approved, then after each correction. */
    public RoadmapRevision revision(long id, int number) {
        Roadmap roadmap = require(id);
        return RoadmapRevision.<RoadmapRevision>find("roadmapId = ?1 and number = ?2", roadmap.id, number).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("roadmap.versionNotFound", number));
    }

    public RoadmapView revisionView(long id, int number) {
        RoadmapRevision revision = revision(id, number);
        try {
            return json.treeToValue(revision.snapshot, RoadmapView.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of roadmap " + id + " version " + number, e);
        }
    }

    void requireManage(Roadmap r) {
        scope.require(roadmapPolicy.mayKeepPlanOf(r.region, r.municipality, r.school), "roadmap.updateForbidden");
    }

    private void snapshot(Roadmap roadmap, int number, String reason) {
        RoadmapRevision revision = new RoadmapRevision();
        revision.roadmapId = roadmap.id;
        revision.number = number;
        revision.reason = reason;
        revision.actor = scope.username();
        revision.occurredAt = OffsetDateTime.now();
        revision.snapshot = json.valueToTree(view(roadmap));
        revision.persist();
    }

    private void apply(Roadmap r, RoadmapInput input) {
        List<FieldError> errors = new ArrayList<>();
        Region region = regions.require(input.regionId());
        Municipality municipality = input.municipalityId() == null ? null : municipalities.require(input.municipalityId());
        School school = input.schoolId() == null ? null
                : School.<School>findByIdOptional(input.schoolId()).filter(schoolPolicy::sees)
                .orElseThrow(() -> ApiException.notFound("roadmap.schoolNotFound", input.schoolId()));
        if (municipality != null && !municipality.region.id.equals(region.id)) {
            errors.add(FieldError.field("municipalityId", "roadmap.municipalityNotInRegion"));
        }
        if (school != null && (municipality == null || !school.municipality.id.equals(municipality.id))) {
            errors.add(FieldError.field("schoolId", "roadmap.schoolOutsideMunicipality"));
        }
        switch (input.level()) {
            case REGION -> {
                if (municipality != null || school != null) {
                    errors.add(FieldError.field("level", "roadmap.regionalNoTerritory"));
                }
            }
            case MUNICIPALITY -> {
                if (municipality == null) {
                    errors.add(FieldError.field("municipalityId", "roadmap.municipalityRequired"));
                }
                if (school != null) {
                    errors.add(FieldError.field("schoolId", "roadmap.municipalNoSchool"));
                }
            }
            case SCHOOL, PARTNERSHIP -> {
                if (school == null) {
                    errors.add(FieldError.field("schoolId", "roadmap.schoolRequired"));
                }
            }
        }
        if (input.periodTo().isBefore(input.periodFrom())) {
            errors.add(FieldError.field("periodTo", "roadmap.periodReversed"));
        }
        Body owner = bodies.nameable(input.ownerBodyId(), region, municipality, "ownerBodyId", errors);
        if (input.schoolListId() != null && lists.visible(input.schoolListId()).filter(l -> l.regionId() == region.id).isEmpty()) {
            errors.add(FieldError.field("schoolListId", "roadmap.listNotFound", input.schoolListId()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        scope.require(roadmapPolicy.mayKeepPlanOf(region, municipality, school), "roadmap.keepForbidden");
        r.title = input.title().strip();
        r.level = input.level();
        r.ownerBody = owner;
        r.region = region;
        r.municipality = municipality;
        r.school = school;
        r.periodFrom = input.periodFrom();
        r.periodTo = input.periodTo();
        r.approvalKind = input.approvalKind();
        r.approvalNumber = Text.trimToNull(input.approvalNumber());
        r.approvalDate = input.approvalDate();
        r.approvalIssuer = Text.trimToNull(input.approvalIssuer());
        r.controller = Text.trimToNull(input.controller());
        r.abbreviations = input.abbreviations() == null ? Map.of() : input.abbreviations();
        r.parentMeasure = input.parentMeasureId() == null ? null : parentMeasure(input.parentMeasureId(), r);
        r.schoolListId = input.schoolListId();
    }

    /** A plan follows a measure of a plan above it that covers its territory; a school's plan, a measure asked of every school. */
    private Measure parentMeasure(long id, Roadmap plan) {
        Measure parent = Measure.<Measure>findByIdOptional(id).filter(m -> roadmapPolicy.sees(m.roadmap))
                .orElseThrow(() -> ApiException.invalid("parentMeasureId", "roadmap.measureNotFoundById", id));
        if (!RoadmapPolicy.mayFollow(parent, plan.place(), plan.level)) {
            throw ApiException.invalid("parentMeasureId", plan.school == null
                    ? "roadmap.parentLevelAbove" : "roadmap.schoolParentForAll");
        }
        return parent;
    }

    private void replaceMeasures(Roadmap roadmap, List<RoadmapInput.MeasureInput> inputs) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Measure> existing = new HashMap<>();
        roadmap.measures().forEach(m -> existing.putIfAbsent(m.number, m));
        ScheduleContext context = ScheduleContext.ofPlan(roadmap.documentDate(), roadmap.periodFrom, roadmap.periodTo);
        List<Measure> kept = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RoadmapInput.MeasureInput in = inputs.get(i);
            Measure m = existing.remove(in.number().strip());
            if (m == null) {
                m = new Measure();
                m.roadmap = roadmap;
            }
            m.number = in.number().strip();
            m.position = i + 1;
            m.text = in.text().strip();
            m.deadlineText = Text.trimToNull(in.deadlineText());
            m.schedule = m.deadlineText == null ? null : ScheduleParser.parse(m.deadlineText, context);
            m.expectedResult = Text.trimToNull(in.expectedResult());
            m.kind = in.kind() != null ? in.kind() : m.id == null ? ru.rostok.common.WorkKind.guess(m.text) : m.kind;
            m.responsible.clear();
            List<RoadmapInput.ResponsibleInput> responsible = in.responsible() == null ? List.of() : in.responsible();
            for (int j = 0; j < responsible.size(); j++) {
                RoadmapInput.ResponsibleInput r = responsible.get(j);
                MeasureResponsible mr = new MeasureResponsible();
                mr.measure = m;
                mr.position = j + 1;
                mr.label = r.label().strip();
                mr.allSchools = r.allSchools();
                if (r.bodyId() == null && !r.allSchools()) {
                    ResponsibleResolver.Resolution resolved = ResponsibleResolver.resolve(mr.label, roadmap.region, roadmap.municipality, roadmap.abbreviations);
                    mr.allSchools = resolved.allSchools();
                    mr.body = bodies.nameableOrNone(resolved.body(), roadmap.region, roadmap.municipality);
                }
                if (r.bodyId() != null) {
                    mr.body = bodies.nameable(r.bodyId(), roadmap.region, roadmap.municipality, "measures[" + i + "].responsible[" + j + "].bodyId", errors);
                }
                m.responsible.add(mr);
            }
            kept.add(m);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        for (Measure gone : existing.values()) {
            if (MeasureReport.count("measureId", gone.id) > 0) {
                throw ApiException.conflict("roadmap.measureHasReports", gone.number);
            }
            gone.delete();
        }
        kept.forEach(m -> {
            if (m.id == null) {
                m.persist();
            }
        });
        Measure.getEntityManager().flush();
        for (int i = 0; i < inputs.size(); i++) {
            targets(roadmap, kept.get(i), inputs.get(i).indicators(), i);
        }
    }

    /** The indicators a measure should move: of the roadmap's region's catalogue, each once. */
    private void targets(Roadmap roadmap, Measure m, List<RoadmapInput.TargetInput> targets, int index) {
        // the measure's targets as entities, not by a bulk delete: the view read before a change holds them in the
        // persistence context, and a target kept under the same key would clash with the stale one (a 500)
        MeasureIndicator.of(m.id).forEach(target -> target.delete());
        MeasureIndicator.getEntityManager().flush();
        if (targets == null) {
            return;
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int j = 0; j < targets.size(); j++) {
            RoadmapInput.TargetInput t = targets.get(j);
            ru.rostok.monitoring.Indicator indicator = ru.rostok.monitoring.Indicator.<ru.rostok.monitoring.Indicator>findByIdOptional(t.indicatorId())
                    .filter(x -> x.region.id.equals(roadmap.region.id)).orElse(null);
            if (indicator == null || !seen.add(indicator.id)) {
                String field = "measures[" + index + "].indicators[" + j + "].indicatorId";
                throw indicator == null ? ApiException.invalid(field, "roadmap.indicatorNotInCatalogue", t.indicatorId())
                        : ApiException.invalid(field, "roadmap.indicatorTwice");
            }
            MeasureIndicator mi = new MeasureIndicator();
            mi.measureId = m.id;
            mi.indicatorId = indicator.id;
            mi.targetValue = t.targetValue();
            mi.persist();
        }
    }

    // ------------------------------------------------------------------ views

    static RoadmapSummary summary(Roadmap r) {
        return new RoadmapSummary(r.id, r.title, r.level, r.status, r.region.id, r.region.name,
                r.municipality == null ? null : r.municipality.id, r.municipality == null ? null : r.municipality.name,
                r.school == null ? null : r.school.id, r.school == null ? null : r.school.shortName,
                r.ownerBody == null ? null : r.ownerBody.id, r.ownerBody == null ? null : r.ownerBody.shortName,
                r.periodFrom, r.periodTo, r.approvalKind, r.approvalNumber, r.approvalDate, r.revision, r.version, r.updatedAt);
    }

    /** The whole plan, every report counted: for its keepers, its revisions and the control views. */
    public RoadmapView view(Roadmap r) {
        return view(r, (report, measure) -> true, measure -> List.of(), List.of());
    }

    private RoadmapView view(Roadmap r, java.util.function.BiPredicate<MeasureReport, Measure> counted,
                             java.util.function.Function<Measure, List<String>> measureActions, List<String> actions) {
        LocalDate today = LocalDate.now();
        List<Measure> measures = r.measures();
        Map<Long, Measure> byId = measures.stream().collect(Collectors.toMap(m -> m.id, m -> m));
        Map<Long, List<MeasureReport>> reports = MeasureReport.byMeasure(measures).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().filter(mr -> counted.test(mr, byId.get(mr.measureId))).toList()));
        Map<Long, List<TargetCheck>> targets = targets(r, measures);
        Map<Long, MeasureEvents.Held> held = events.isResolvable() && !measures.isEmpty()
                ? events.get().held(byId.keySet()) : Map.of();
        List<RoadmapView.Measure> items = measures.stream()
                .map(m -> measureView(m, reports.getOrDefault(m.id, List.of()), held.get(m.id), targets.getOrDefault(m.id, List.of()), today,
                        measureActions.apply(m))).toList();
        List<RoadmapView.Warning> warnings = DocumentChecks.check(measures.stream()
                        .map(m -> new DocumentChecks.Item(m.number, m.deadlineText, m.schedule)).toList(), r.documentDate())
                .stream().map(w -> new RoadmapView.Warning(w.number(), w.kind(), w.message())).toList();
        List<RoadmapView.Revision> revisions = RoadmapRevision.<RoadmapRevision>list("roadmapId = ?1 order by number", r.id).stream()
                .map(v -> new RoadmapView.Revision(v.number, v.reason, v.actor, v.occurredAt)).toList();
        return new RoadmapView(r.id, r.title, r.level, r.status, r.region.id, r.region.name,
                r.municipality == null ? null : r.municipality.id, r.municipality == null ? null : r.municipality.name,
                r.school == null ? null : r.school.id, r.school == null ? null : r.school.shortName,
                r.ownerBody == null ? null : r.ownerBody.id, r.ownerBody == null ? null : r.ownerBody.shortName,
                r.periodFrom, r.periodTo, r.approvalKind, r.approvalNumber, r.approvalDate, r.approvalIssuer, r.controller,
                r.abbreviations == null ? Map.of() : r.abbreviations, r.parentMeasure == null ? null : r.parentMeasure.id, r.revision,
                items, listRef(r.schoolListId), counts(items), warnings, EvidenceFile.sourceOfRoadmap(r.id), revisions, r.version, r.createdAt,
                r.updatedAt, actions);
    }

    private static final int MAX_OCCURRENCES = 60;

    static RoadmapView.Measure measureView(Measure m, List<MeasureReport> reports, MeasureEvents.Held held, List<TargetCheck> targets,
                                           LocalDate today, List<String> actions) {
        Set<LocalDate> heldOn = held == null ? Set.of() : held.occurrences();
        // an occurrence held (an event recorded for it) counts as done in the plan's progress
        Set<LocalDate> done = new java.util.HashSet<>(MeasureSchedule.doneOccurrences(reports));
        done.addAll(heldOn);
        MeasureSchedule.Due due = MeasureSchedule.due(m, done, today);
        return new RoadmapView.Measure(m.id, m.number, m.position, m.text, m.deadlineText, m.schedule, due.next(), due.overdue(), m.status,
                m.responsible.stream().map(r -> new RoadmapView.Responsible(r.label, r.body == null ? null : r.body.id,
                        r.body == null ? null : r.body.shortName, r.allSchools)).toList(),
                m.expectedResult, targets, reports.size(), occurrences(m, reports, done, heldOn, today), m.version, m.kind,
                held == null ? 0 : held.count(), actions);
    }

    /** The measures' target indicators against the plan's actuals: the targets read in one query, the actuals in another. */
    private Map<Long, List<TargetCheck>> targets(Roadmap r, List<Measure> measures) {
        if (measures.isEmpty()) {
            return Map.of();
        }
        List<MeasureIndicator> rows = MeasureIndicator.<MeasureIndicator>list("measureId in ?1 order by measureId, indicatorId",
                measures.stream().map(m -> m.id).toList());
        List<TargetCheck> checks = roadmapTargets.check(r, rows.stream()
                .map(t -> new IndicatorActuals.Target(t.indicatorId, t.targetValue)).toList());
        Map<Long, List<TargetCheck>> byMeasure = new HashMap<>();
        for (int i = 0; i < rows.size() && i < checks.size(); i++) {
            byMeasure.computeIfAbsent(rows.get(i).measureId, k -> new ArrayList<>()).add(checks.get(i));
        }
        return byMeasure;
    }

    private RoadmapView.ListRef listRef(Long listId) {
        if (listId == null) {
            return null;
        }
        return lists.anyScope(listId).map(l -> new RoadmapView.ListRef(l.id(), l.title(), l.year(), l.yearTo(), l.orderNumber(), l.orderDate()))
                .orElse(null);
    }

    static RoadmapView.TargetCounts counts(List<RoadmapView.Measure> measures) {
        int[] n = new int[3];
        measures.forEach(m -> m.indicators().forEach(t -> n[t.status().ordinal()]++));
        return new RoadmapView.TargetCounts(n[TargetStatus.REACHED.ordinal()], n[TargetStatus.NOT_YET.ordinal()], n[TargetStatus.NO_DATA.ordinal()],
                measures.size(), (int) measures.stream().filter(m -> !m.indicators().isEmpty()).count());
    }

    /** For a measure due more than once: each occurrence over the plan's period, reported on or done, or missed. */
    static List<RoadmapView.Occurrence> occurrences(Measure m, List<MeasureReport> reports, Set<LocalDate> done, Set<LocalDate> held,
                                                    LocalDate today) {
        if (m.schedule == null) {
            return List.of();
        }
        LocalDate from = m.roadmap.periodFrom != null ? m.roadmap.periodFrom : today.minusYears(3);
        LocalDate to = m.roadmap.periodTo != null ? m.roadmap.periodTo : today.plusYears(1);
        List<LocalDate> dues = m.schedule.dueDates(from, to);
        if (dues.size() < 2) {
            return List.of();
        }
        Map<LocalDate, Long> reported = reports.stream().filter(r -> r.occurrenceDue != null)
                .collect(Collectors.groupingBy(r -> r.occurrenceDue, Collectors.counting()));
        boolean finished = MeasureSchedule.finished(m);
        return dues.stream().limit(MAX_OCCURRENCES).map(due -> new RoadmapView.Occurrence(due, done.contains(due),
                reported.getOrDefault(due, 0L).intValue(), !finished && !done.contains(due) && due.isBefore(today), held.contains(due))).toList();
    }

    private static Map<String, Object> auditable(RoadmapView v) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("title", v.title());
        m.put("status", v.status());
        m.put("period", v.periodFrom() + " — " + v.periodTo());
        m.put("approval", v.approvalNumber() == null ? null : "№ " + v.approvalNumber() + " от " + v.approvalDate());
        for (RoadmapView.Measure measure : v.measures()) {
            m.put("measure " + measure.number(), measure.text() + (measure.deadlineText() == null ? "" : " — срок: " + measure.deadlineText()));
        }
        return m;
    }
}
