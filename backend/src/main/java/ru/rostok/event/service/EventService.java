package ru.rostok.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.body.service.BodyService;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.common.WorkKind;
import ru.rostok.control.Assignment;
import ru.rostok.control.Decision;
import ru.rostok.control.service.DecisionService;
import ru.rostok.event.WorkEvent;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceUploads;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.roadmap.service.MeasureReportService;
import ru.rostok.roadmap.service.RoadmapPolicy;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/** Events held on measures and points: recorded, corrected, removed, found by school, territory, kind and dates. */
@ApplicationScoped
public class EventService {
    static final String ENTITY = "WorkEvent";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @Inject
    Scope scope;

    @Inject
    EventPolicy policy;

    @Inject
    RoadmapPolicy roadmapPolicy;

    @Inject
    MeasureReportService measures;

    @Inject
    DecisionService decisions;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    BodyService bodies;

    @Inject
    EvidenceUploads uploads;

    @Inject
    AuditLog audit;

    /** The owner of an event: a measure of a roadmap, or a point of a decision. */
    private record Owner(Measure measure, Assignment point) {
        Region region() {
            return measure != null ? measure.roadmap.region : point.decision.region;
        }

        Municipality municipality() {
            return measure != null ? measure.roadmap.municipality : point.decision.municipality;
        }

        School school() {
            return measure != null ? measure.roadmap.school : null;
        }

        WorkKind kind() {
            return measure != null ? measure.kind : point.kind;
        }

        String label() {
            return measure != null ? "мероприятие " + measure.number + ": " + measure.roadmap.title
                    : "пункт " + point.number + ": " + point.decision.title;
        }
    }

    // ------------------------------------------------------------------ reads

    public List<EventView> ofMeasure(long roadmapId, long measureId) {
        Measure m = measures.measure(roadmapId, measureId);
        return WorkEvent.<WorkEvent>list("measureId = ?1 order by heldOn desc, id desc", m.id).stream().filter(policy::sees)
                .map(this::view).toList();
    }

    public List<EventView> ofPoint(long decisionId, long pointId) {
        Assignment a = decisions.point(decisionId, pointId);
        return WorkEvent.<WorkEvent>list("assignmentId = ?1 order by heldOn desc, id desc", a.id).stream().filter(policy::sees)
                .map(this::view).toList();
    }

    public EventView get(long id) {
        return view(require(id));
    }

    WorkEvent require(long id) {
        return WorkEvent.<WorkEvent>findByIdOptional(id).filter(policy::sees)
                .orElseThrow(() -> ApiException.notFound("event.notFound", id));
    }

    public PageResponse<EventView> search(Long schoolId, Long municipalityId, Long regionId, WorkKind kind, LocalDate from, LocalDate to,
                                          PageQuery query) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalid("to", "event.periodReversed");
        }
        Scope.Filter inScope = policy.filter("e");
        Where where = new Where().and(inScope.jpql(), inScope.params())
                .and(":schoolId member of e.schoolIds", "schoolId", schoolId)
                .and("e.municipalityId = :municipalityId", "municipalityId", municipalityId)
                .and("e.regionId = :regionId", "regionId", regionId)
                .and("e.kind = :kind", "kind", kind)
                .and("e.heldOn >= :from", "from", from)
                .and("e.heldOn <= :to", "to", to);
        var found = WorkEvent.<WorkEvent>find("from WorkEvent e where " + where.jpql()
                + " order by e.heldOn desc, e.id desc", where.params()).page(query.toPage());
        long total = where.count(WorkEvent.getEntityManager(), "WorkEvent e");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(this::view);
    }

    /** The events of a measure held in a year, as its annual report lists them: whatever the caller sees. */
    public List<EventView> ofMeasureInYear(long roadmapId, long measureId, int year) {
        return ofMeasure(roadmapId, measureId).stream().filter(e -> e.heldOn().getYear() == year)
                .sorted(java.util.Comparator.comparing(EventView::heldOn).thenComparing(EventView::id)).toList();
    }

    // ------------------------------------------------------------------ writes

    @Transactional
    public EventView recordOnMeasure(long roadmapId, long measureId, EventInput input) {
        Measure m = measures.measure(roadmapId, measureId);
        scope.require(policy.mayRecord(m), "event.recordForbidden");
        Roadmap r = m.roadmap;
        if (r.status != RoadmapStatus.APPROVED && r.status != RoadmapStatus.IN_PROGRESS) {
            throw ApiException.conflict("event.planNotUnderWay");
        }
        WorkEvent e = new WorkEvent();
        e.measureId = m.id;
        return create(e, new Owner(m, null), input);
    }

    @Transactional
    public EventView recordOnPoint(long decisionId, long pointId, EventInput input) {
        Assignment a = decisions.point(decisionId, pointId);
        scope.require(policy.mayRecord(a), "event.recordForbidden");
        WorkEvent e = new WorkEvent();
        e.assignmentId = a.id;
        return create(e, new Owner(null, a), input);
    }

    private EventView create(WorkEvent e, Owner owner, EventInput input) {
        e.createdBy = scope.username();
        apply(e, owner, input);
        e.persist();
        audit.created(ENTITY, e.id, "событие: " + owner.label(), e.regionId, auditable(e));
        return view(e);
    }

    @Transactional
    public EventView update(long id, EventInput input) {
        WorkEvent e = require(id);
        Owner owner = owner(e);
        scope.require(policy.mayChange(e, mayRecord(owner)), "event.changeForbidden");
        e.checkVersion(input.version());
        Map<String, Object> before = auditable(e);
        apply(e, owner, input);
        e.updatedAt = java.time.OffsetDateTime.now();
        WorkEvent.getEntityManager().flush();
        audit.updated(ENTITY, e.id, "событие: " + owner.label(), e.regionId, before, auditable(e));
        return view(e);
    }

    @Transactional
    public void delete(long id, Long version) {
        WorkEvent e = require(id);
        Owner owner = owner(e);
        scope.require(policy.mayChange(e, mayRecord(owner)), "event.changeForbidden");
        e.checkVersion(version);
        audit.deleted(ENTITY, e.id, "событие удалено: " + owner.label(), e.regionId, auditable(e));
        e.delete();
    }

    @Transactional
    public EventView attach(long id, List<FileUpload> files) {
        WorkEvent e = require(id);
        scope.require(policy.mayChange(e, mayRecord(owner(e))), "event.changeForbidden");
        List<EvidenceUploads.Checked> checked = uploads.check(files);
        if (checked.isEmpty()) {
            throw ApiException.invalid("files", "event.noFiles");
        }
        if (EvidenceFile.ofEvent(e.id).size() + checked.size() > EvidenceUploads.MAX_FILES * 2) {
            throw ApiException.invalid("files", "evidence.tooManyFiles", EvidenceUploads.MAX_FILES * 2);
        }
        uploads.storeForEvent(checked, e.id);
        e.updatedAt = java.time.OffsetDateTime.now();
        audit.updated(ENTITY, e.id, "событие: " + owner(e).label(), e.regionId, Map.of(),
                Map.of("files", checked.stream().map(EvidenceUploads.Checked::name).toList()));
        return view(e);
    }

    private void apply(WorkEvent e, Owner owner, EventInput in) {
        List<FieldError> errors = new ArrayList<>();
        WorkKind kind = in.kind() != null ? in.kind() : owner.kind();
        LocalDate latest = LocalDate.now(MOSCOW);
        if (in.heldOn() != null && in.heldOn().isAfter(latest)) {
            errors.add(FieldError.field("heldOn", "event.heldInFuture"));
        } else if (in.heldOn() != null && in.heldOn().isBefore(EARLIEST)) {
            errors.add(FieldError.field("heldOn", "event.heldTooEarly"));
        }
        if (in.occurrenceDue() != null && (owner.measure() == null || owner.measure().schedule == null
                || !owner.measure().schedule.dueDates(in.occurrenceDue(), in.occurrenceDue()).contains(in.occurrenceDue()))) {
            errors.add(FieldError.field("occurrenceDue", "event.noSuchDueDate", in.occurrenceDue()));
        }
        if (kind != WorkKind.VISIT && (in.lessonsObserved() != null || Text.trimToNull(in.conclusions()) != null)) {
            errors.add(FieldError.field(in.lessonsObserved() != null ? "lessonsObserved" : "conclusions", "event.visitOnly"));
        }
        if (in.lessonsObserved() != null && (in.lessonsObserved() < 0 || in.lessonsObserved() > 1000)) {
            errors.add(FieldError.field("lessonsObserved", "event.lessonsRange"));
        }
        List<School> schools = schools(owner, in.schoolIds(), errors);
        List<WorkEvent.Participant> participants = new ArrayList<>();
        List<EventInput.Participant> given = in.participants() == null ? List.of() : in.participants();
        for (int i = 0; i < given.size(); i++) {
            EventInput.Participant p = given.get(i);
            String at = "participants[" + i + "]";
            if (p.count() != null && (p.count() < 1 || p.count() > 100_000)) {
                errors.add(FieldError.field(at + ".count", "event.participantCount"));
            }
            Body body = bodies.nameable(p.bodyId(), owner.region(), owner.municipality(), at + ".bodyId", errors);
            WorkEvent.Participant wp = new WorkEvent.Participant();
            wp.role = p.role().strip();
            wp.count = p.count();
            wp.name = Text.trimToNull(p.name());
            wp.bodyId = body == null ? null : body.id;
            participants.add(wp);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (schools.isEmpty() && scope.hasRole(Role.SCHOOL_STAFF)) {
            // a school records what it held itself
            School.<School>findByIdOptional(scope.schoolId().orElseThrow()).ifPresent(schools::add);
        }
        e.kind = kind;
        e.heldOn = in.heldOn();
        e.occurrenceDue = in.occurrenceDue();
        e.place = Text.trimToNull(in.place());
        e.findings = Text.trimToNull(in.findings());
        e.lessonsObserved = kind == WorkKind.VISIT ? in.lessonsObserved() : null;
        e.conclusions = kind == WorkKind.VISIT ? Text.trimToNull(in.conclusions()) : null;
        e.schoolIds.clear();
        schools.forEach(s -> e.schoolIds.add(s.id));
        e.participants.clear();
        e.participants.addAll(participants);
        e.regionId = owner.region().id;
        e.schoolId = owner.school() == null ? null : owner.school().id;
        Set<Long> municipalities = new LinkedHashSet<>();
        schools.forEach(s -> municipalities.add(s.municipality.id));
        // a regional plan's event at the schools of one municipality is that municipality's
        e.municipalityId = owner.municipality() != null ? owner.municipality().id
                : municipalities.size() == 1 ? municipalities.iterator().next() : null;
    }

    /** The schools named: each seen by the caller and within the owner's territory, each once. */
    private List<School> schools(Owner owner, List<Long> ids, List<FieldError> errors) {
        List<School> found = new ArrayList<>();
        if (ids == null) {
            return found;
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            School s = id == null ? null : School.<School>findByIdOptional(id).filter(schoolPolicy::sees).orElse(null);
            boolean within = s != null && s.municipality.region.id.equals(owner.region().id)
                    && (owner.municipality() == null || s.municipality.id.equals(owner.municipality().id))
                    && (owner.school() == null || s.id.equals(owner.school().id));
            if (!within) {
                errors.add(FieldError.field("schoolIds[" + i + "]", "event.schoolOutside", id));
            } else if (seen.add(s.id)) {
                found.add(s);
            }
        }
        return found;
    }

    private Owner owner(WorkEvent e) {
        return e.measureId != null ? new Owner(Measure.findById(e.measureId), null) : new Owner(null, Assignment.findById(e.assignmentId));
    }

    private boolean mayRecord(Owner o) {
        return o.measure() != null ? policy.mayRecord(o.measure()) : policy.mayRecord(o.point());
    }

    // ------------------------------------------------------------------ views

    EventView view(WorkEvent e) {
        Owner o = owner(e);
        Map<Long, String> names = new LinkedHashMap<>();
        e.schoolIds.forEach(id -> names.put(id, School.<School>findByIdOptional(id).map(s -> s.shortName).orElse("")));
        List<EventView.School> schools = names.entrySet().stream().map(x -> new EventView.School(x.getKey(), x.getValue()))
                .sorted(java.util.Comparator.comparing(EventView.School::name)).toList();
        List<EventView.Participant> participants = e.participants.stream().map(p -> new EventView.Participant(p.role, p.count, p.name,
                p.bodyId, p.bodyId == null ? null : Body.<Body>findByIdOptional(p.bodyId).map(b -> b.shortName).orElse(null))).toList();
        Measure m = o.measure();
        Assignment a = o.point();
        Decision d = a == null ? null : a.decision;
        return new EventView(e.id, e.kind, e.heldOn, e.place, e.findings, e.lessonsObserved, e.conclusions,
                m == null ? null : m.roadmap.id, m == null ? null : m.roadmap.title, m == null ? null : m.id, m == null ? null : m.number,
                m == null ? null : m.text, e.occurrenceDue,
                d == null ? null : d.id, d == null ? null : d.title, a == null ? null : a.id, a == null ? null : a.number, a == null ? null : a.text,
                schools, participants, EvidenceFile.ofEvent(e.id), e.regionId, e.municipalityId, e.createdBy, e.version, e.createdAt,
                e.updatedAt, policy.actions(e, mayRecord(o)));
    }

    private static Map<String, Object> auditable(WorkEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind);
        m.put("heldOn", e.heldOn);
        m.put("occurrenceDue", e.occurrenceDue);
        m.put("place", e.place);
        m.put("findings", e.findings);
        m.put("lessonsObserved", e.lessonsObserved);
        m.put("conclusions", e.conclusions);
        m.put("schoolIds", List.copyOf(e.schoolIds));
        m.put("participants", e.participants.stream().map(p -> p.role + (p.count == null ? "" : " × " + p.count)
                + (p.name == null ? "" : " (" + p.name + ")")).toList());
        return m;
    }
}
