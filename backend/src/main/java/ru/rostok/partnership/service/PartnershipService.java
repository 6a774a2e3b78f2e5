package ru.rostok.partnership.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureResponsible;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.partnership.Partnership;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.partnership.PartnershipTransition;
import ru.rostok.school.service.SchoolPolicy;

/** Partnerships of weak and strong schools, from proposal to a closed interaction plan, and the centre's combined plan. */
@ApplicationScoped
public class PartnershipService {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Map<String, String> SORT = Map.of(
            "weakSchoolName", "p.weakSchool.shortName",
            "partnerSchoolName", "p.partnerSchool.shortName",
            "municipalityName", "p.municipality.name",
            "status", "p.status",
            "planDue", "p.planDue",
            "updatedAt", "p.updatedAt");

    @Inject
    Scope scope;

    @Inject
    SchoolPolicy schoolPolicy;


    @Inject
    RoadmapService roadmaps;

    @Inject
    AuditLog audit;

    @Inject
    AnalysisService analyses;

    @Inject
    PartnershipPolicy policy;

    public PageResponse<PartnershipView> list(Long municipalityId, PartnershipStatus status, Long schoolId, PageQuery query) {
        Scope.Filter seen = policy.filter("p");
        Where where = new Where().and(seen.jpql(), seen.params())
                .and("p.municipality.id = :municipalityId or p.partnerSchool.municipality.id = :municipalityId", "municipalityId", municipalityId)
                .and("p.status = :status", "status", status)
                .and("p.weakSchool.id = :schoolId or p.partnerSchool.id = :schoolId", "schoolId", schoolId);
        var found = Partnership.<Partnership>find("from Partnership p where " + where.jpql(),
                query.toSort(SORT, "-updatedAt", "p", Sort.Direction.Descending), where.params()).page(query.toPage());
        List<Partnership> page = found.list();
        // the histories of the whole page in one query, not one a partnership
        Map<Long, List<PartnershipTransition>> histories = page.isEmpty() ? Map.of()
                : PartnershipTransition.<PartnershipTransition>list("partnershipId in ?1 order by occurredAt, id", page.stream().map(p -> p.id).toList())
                .stream().collect(Collectors.groupingBy(t -> t.partnershipId));
        return new PageResponse<>(page, query.page, query.size, where.count(Partnership.getEntityManager(), "Partnership p"))
                .map(p -> view(p, histories.getOrDefault(p.id, List.of())));
    }

    public Partnership require(long id) {
        return policy.visible(id).orElseThrow(() -> ApiException.notFound("partnership.notFound", id));
    }

    /** When the agreements of each of these weak schools were signed (the earliest), in one query. */
    public Map<Long, java.time.LocalDate> agreementStarts(java.util.Collection<Long> weakSchoolIds) {
        Map<Long, java.time.LocalDate> starts = new java.util.HashMap<>();
        if (weakSchoolIds.isEmpty()) {
            return starts;
        }
        Partnership.getEntityManager().createQuery("select p.weakSchool.id, min(p.agreementDate) from Partnership p "
                        + "where p.weakSchool.id in :s and p.agreementDate is not null group by p.weakSchool.id", Object[].class)
                .setParameter("s", weakSchoolIds).getResultList().forEach(r -> starts.put((Long) r[0], (java.time.LocalDate) r[1]));
        return starts;
    }

    public PartnershipView get(long id) {
        return view(require(id));
    }

    @Transactional
    public PartnershipView create(PartnershipInput input) {
        School weak = School.<School>findByIdOptional(input.weakSchoolId()).filter(schoolPolicy::sees)
                .orElseThrow(() -> ApiException.notFound("partnership.schoolNotFound", input.weakSchoolId()));
        // a partner from the caller's own schools, as the suggestions offer them: a coordinator pairs within the municipality
        School partner = School.<School>findByIdOptional(input.partnerSchoolId())
                .filter(s -> s.municipality.region.id.equals(weak.municipality.region.id))
                .orElseThrow(() -> ApiException.invalid("partnerSchoolId", "partnership.partnerOfOtherRegion"));
        if (!schoolPolicy.sees(partner)) {
            throw ApiException.invalid("partnerSchoolId", "partnership.partnerNotKept", input.partnerSchoolId());
        }
        if (weak.id.equals(partner.id)) {
            throw ApiException.invalid("partnerSchoolId", "partnership.selfPartner");
        }
        Partnership p = new Partnership();
        p.region = weak.municipality.region;
        p.municipality = weak.municipality;
        scope.require(policy.mayManage(p), "partnership.proposeForbidden");
        if (input.analysisRunId() != null && analyses.runOfRegion(input.analysisRunId(), p.region.id).isEmpty()) {
            throw ApiException.invalid("analysisRunId", "partnership.runNotInRegion", input.analysisRunId());
        }
        if (Partnership.count("weakSchool = ?1 and partnerSchool = ?2 and status <> ?3", weak, partner, PartnershipStatus.CLOSED) > 0) {
            throw ApiException.conflict("partnership.alreadyActive");
        }
        p.weakSchool = weak;
        p.partnerSchool = partner;
        p.analysisRunId = input.analysisRunId();
        p.reason = Text.trimToNull(input.reason());
        p.planDue = input.planDue();
        p.persist();
        transition(p, null, PartnershipStatus.PROPOSED, null);
        audit.created("Partnership", p.id, weak.shortName + " — " + partner.shortName, p.region.id, Map.of("partner", partner.shortName));
        return view(p);
    }

    @Transactional
    public PartnershipView move(long id, PartnershipTransitionInput input) {
        Partnership p = require(id);
        PartnershipStatus to = input.to();
        scope.require(policy.mayMove(p, to),
                "partnership.agreementForbidden");
        p.checkVersion(input.version());
        if (!p.status.canMoveTo(to)) {
            throw ApiException.conflict("partnership.transitionRefused", p.status.label(), to.label());
        }
        List<FieldError> errors = new ArrayList<>();
        switch (to) {
            case AGREED -> {
                if (p.status == PartnershipStatus.PLAN_SUBMITTED) {
                    if (Text.trimToNull(input.comment()) == null) {
                        errors.add(FieldError.field("comment", "partnership.reworkRequired"));
                    }
                } else {
                    if (Text.trimToNull(input.agreementNumber()) == null) {
                        errors.add(FieldError.field("agreementNumber", "partnership.agreementNumberRequired"));
                    }
                    if (input.agreementDate() == null) {
                        errors.add(FieldError.field("agreementDate", "partnership.agreementDateRequired"));
                    }
                }
            }
            case PLAN_SUBMITTED -> {
                Roadmap plan = input.roadmapId() == null ? null : roadmaps.visible(input.roadmapId()).orElse(null);
                if (plan == null || plan.level != RoadmapLevel.PARTNERSHIP || !ofThePair(plan, p)) {
                    errors.add(FieldError.field("roadmapId", "partnership.planRequired"));
                } else {
                    p.roadmap = plan;
                }
            }
            case CLOSED -> {
                if (p.status != PartnershipStatus.ACTIVE && Text.trimToNull(input.comment()) == null) {
                    errors.add(FieldError.field("comment", "partnership.closeReasonRequired"));
                }
            }
            default -> {
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (to == PartnershipStatus.AGREED && p.status == PartnershipStatus.PROPOSED) {
            p.agreementNumber = input.agreementNumber().strip();
            p.agreementDate = input.agreementDate();
        }
        PartnershipStatus from = p.status;
        p.status = to;
        p.updatedAt = OffsetDateTime.now();
        transition(p, from, to, Text.trimToNull(input.comment()));
        Partnership.getEntityManager().flush();
        audit.updated("Partnership", p.id, p.weakSchool.shortName + " — " + p.partnerSchool.shortName, p.region.id, Map.of("status", from),
                Map.of("status", to));
        return view(p);
    }

    /** The interaction plan is the pair's: a partnership plan of its weak or its partner school, not of another pair's. */
    private static boolean ofThePair(Roadmap plan, Partnership p) {
        return plan.school != null && (plan.school.id.equals(p.weakSchool.id) || plan.school.id.equals(p.partnerSchool.id));
    }

    private void transition(Partnership p, PartnershipStatus from, PartnershipStatus to, String comment) {
        PartnershipTransition t = new PartnershipTransition();
        t.partnershipId = p.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.comment = comment;
        t.actor = scope.username();
        t.occurredAt = OffsetDateTime.now();
        t.persist();
    }

    private PartnershipView view(Partnership p) {
        return view(p, PartnershipTransition.<PartnershipTransition>list("partnershipId = ?1 order by occurredAt, id", p.id));
    }

    private PartnershipView view(Partnership p, List<PartnershipTransition> transitions) {
        LocalDate today = LocalDate.now();
        boolean overdue = p.planDue != null && p.planDue.isBefore(today)
                && (p.status == PartnershipStatus.PROPOSED || p.status == PartnershipStatus.AGREED);
        List<PartnershipTransitionView> history = transitions.stream()
                .map(t -> new PartnershipTransitionView(t.fromStatus, t.toStatus, t.comment, t.actor, t.occurredAt)).toList();
        return new PartnershipView(p.id, p.region.id, p.municipality.id, p.municipality.name, p.weakSchool.id, p.weakSchool.shortName,
                p.partnerSchool.id, p.partnerSchool.shortName, p.partnerSchool.municipality.name, p.analysisRunId, p.reason, p.status, p.planDue,
                overdue, p.agreementNumber, p.agreementDate, p.roadmap == null ? null : p.roadmap.id, p.roadmap == null ? null : p.roadmap.title,
                history, p.version, p.updatedAt, policy.actions(p));
    }

    /** 004: «общий план взаимодействия»: every partnership in scope with its plan's measures, one row a measure. */
    public void combinedPlan(Long municipalityId, OutputStream out) {
        Scope.Filter seen = policy.filter("p");
        Where where = new Where().and(seen.jpql(), seen.params()).and("p.status <> :closed", "closed", PartnershipStatus.CLOSED)
                .and("p.municipality.id = :municipalityId", "municipalityId", municipalityId);
        List<Partnership> partnerships = Partnership.<Partnership>find("from Partnership p where " + where.jpql()
                + " order by p.municipality.name, p.weakSchool.shortName, p.id", where.params()).list();
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Общий план взаимодействия");
            String[] header = {"Муниципалитет", "Школа", "Школа-партнёр", "Соглашение", "Состояние", "№", "Мероприятие", "Срок", "Ответственные"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.style(0, c).bold().fillColor("E8F0E0").set();
                sheet.width(c, c == 6 ? 70 : c == 5 ? 6 : 24);
            }
            sheet.freezePane(0, 1);
            int row = 1;
            for (Partnership p : partnerships) {
                // the plan's measures only for those who may read the plan itself
                if (p.roadmap != null && roadmaps.visible(p.roadmap.id).isEmpty()) {
                    cells(sheet, row++, p);
                    sheet.value(row - 1, 6, "План взаимодействия представлен; его ведёт " + p.weakSchool.shortName);
                    continue;
                }
                List<Measure> measures = p.roadmap == null ? List.of() : p.roadmap.measures();
                if (measures.isEmpty()) {
                    cells(sheet, row++, p);
                    sheet.value(row - 1, 6, p.planDue == null ? "План взаимодействия не представлен"
                            : "План взаимодействия не представлен (срок " + DATE.format(p.planDue) + ")");
                    continue;
                }
                for (Measure m : measures) {
                    cells(sheet, row, p);
                    sheet.value(row, 5, m.number);
                    sheet.value(row, 6, m.text);
                    sheet.value(row, 7, m.deadlineText == null ? "" : m.deadlineText);
                    sheet.value(row, 8, String.join("; ", m.responsible.stream().map((MeasureResponsible r) -> r.label).toList()));
                    row++;
                }
            }
            sheet.value(row + 1, 0, "Выгружено " + DATE.format(LocalDate.now()));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(Worksheet sheet, int row, Partnership p) {
        sheet.value(row, 0, p.municipality.name);
        sheet.value(row, 1, p.weakSchool.shortName);
        sheet.value(row, 2, p.partnerSchool.shortName);
        sheet.value(row, 3, p.agreementNumber == null ? "" : "№ " + p.agreementNumber + " от " + DATE.format(p.agreementDate));
        sheet.value(row, 4, p.status.label());
    }
}
