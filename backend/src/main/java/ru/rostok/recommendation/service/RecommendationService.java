package ru.rostok.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import ru.rostok.analysis.AnalysisRun;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.common.Text;
import ru.rostok.lists.SchoolList;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.service.IndicatorActuals;
import ru.rostok.monitoring.service.TargetCheck;
import ru.rostok.recommendation.Recommendation;
import ru.rostok.recommendation.RecommendationIndicator;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.territory.service.TerritoryPolicy;
import ru.rostok.body.service.BodyPolicy;

/** Targeted recommendations: issued by the region's analysts or a municipality's coordinator, accepted and reported on by the addressee. */
@ApplicationScoped
public class RecommendationService {
    @Inject
    IndicatorActuals actuals;

    private static final Map<String, String> SORT = Map.of(
            "deadline", "r.deadline", "status", "r.status", "issuedAt", "r.createdAt", "updatedAt", "r.updatedAt");
    private static final List<Recommendation.Status> OPEN = List.of(Recommendation.Status.ISSUED, Recommendation.Status.ACCEPTED);

    @Inject
    Scope scope;


    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    AuditLog audit;

    @Inject
    AnalysisService analyses;

    @Inject
    RecommendationPolicy policy;

    public PageResponse<RecommendationView> list(Recommendation.Status status, Long schoolId, Long municipalityId, boolean overdue,
                                                       PageQuery query) {
        Scope.Filter seen = policy.filter("r");
        Where where = new Where().and(seen.jpql(), seen.params())
                .and("r.status = :status", "status", status)
                .and("r.school.id = :schoolId", "schoolId", schoolId)
                .and("r.municipality.id = :municipalityId", "municipalityId", municipalityId);
        if (overdue) {
            // as view() marks them: not yet reported on, the deadline passed
            where.and("r.status in :open and r.deadline < :today", Map.of("open", OPEN, "today", LocalDate.now()));
        }
        var found = Recommendation.<Recommendation>find("from Recommendation r where " + where.jpql(), query.toSort(SORT, "deadline", "r"),
                where.params()).page(query.toPage());
        long total = where.count(Recommendation.getEntityManager(), "Recommendation r");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(this::view);
    }

    /** Open recommendations the caller's school or body is to carry out: the «my work» part of recommendations. */
    public List<Recommendation> mine() {
        // the open ones the caller sees, read by the policy's condition; of those, the ones addressed to the caller
        Scope.Filter seen = policy.filter("r");
        Where where = new Where().and(seen.jpql(), seen.params()).and("r.status in :open", "open", OPEN);
        return Recommendation.<Recommendation>list("from Recommendation r where " + where.jpql() + " order by r.deadline, r.id", where.params())
                .stream().filter(policy::addressedToCaller).toList();
    }

    public Recommendation require(long id) {
        return policy.visible(id).orElseThrow(() -> ApiException.notFound("recommendation.notFound", id));
    }

    public RecommendationView get(long id) {
        return view(require(id));
    }

    @Transactional
    public RecommendationView issue(RecommendationInput input) {
        Recommendation r = new Recommendation();
        r.addresseeKind = input.addresseeKind();
        String missing = switch (input.addresseeKind()) {
            case SCHOOL -> input.schoolId() == null ? "schoolId" : null;
            case MUNICIPALITY -> input.municipalityId() == null ? "municipalityId" : null;
            case BODY -> input.bodyId() == null ? "bodyId" : null;
        };
        if (missing != null) {
            throw ApiException.invalid(missing, "recommendation.addresseeRequired");
        }
        switch (input.addresseeKind()) {
            case SCHOOL -> {
                r.school = School.<School>findByIdOptional(input.schoolId()).filter(schoolPolicy::sees)
                        .orElseThrow(() -> ApiException.notFound("recommendation.schoolNotFound", input.schoolId()));
                r.municipality = r.school.municipality;
            }
            case MUNICIPALITY -> r.municipality = Municipality.<Municipality>findByIdOptional(input.municipalityId()).filter(territoryPolicy::sees)
                    .orElseThrow(() -> ApiException.notFound("recommendation.municipalityNotFound", input.municipalityId()));
            case BODY -> {
                r.body = Body.<Body>findByIdOptional(input.bodyId()).filter(bodyPolicy::sees)
                        .orElseThrow(() -> ApiException.notFound("recommendation.bodyNotFound", input.bodyId()));
                r.municipality = r.body.municipality;
            }
        }
        r.region = r.municipality != null ? r.municipality.region : r.body.region;
        scope.require(policy.mayIssue(r), "recommendation.issueForbidden");
        r.basisKind = input.basisKind();
        if (input.analysisRunId() != null) {
            AnalysisRun run = analyses.runOfRegion(input.analysisRunId(), r.region.id)
                    .orElseThrow(() -> ApiException.invalid("analysisRunId", "recommendation.runNotInRegion", input.analysisRunId()));
            r.analysisRunId = run.id;
        }
        if (input.schoolListId() != null) {
            SchoolList list = SchoolList.<SchoolList>findByIdOptional(input.schoolListId()).filter(l -> l.region.id.equals(r.region.id))
                    .orElseThrow(() -> ApiException.invalid("schoolListId", "recommendation.listNotInRegion", input.schoolListId()));
            r.schoolListId = list.id;
        }
        if (r.basisKind == Recommendation.Basis.ANALYSIS && r.analysisRunId == null) {
            throw ApiException.invalid("analysisRunId", "recommendation.runRequired");
        }
        if (r.basisKind == Recommendation.Basis.LIST && r.schoolListId == null) {
            throw ApiException.invalid("schoolListId", "recommendation.listRequired");
        }
        if (r.basisKind == Recommendation.Basis.OTHER && Text.trimToNull(input.basis()) == null) {
            throw ApiException.invalid("basis", "recommendation.basisRequired");
        }
        r.basis = Text.trimToNull(input.basis());
        r.text = input.text().strip();
        r.deadline = input.deadline();
        r.issuedBy = scope.username();
        r.persist();
        targets(r, input.indicators());
        audit.created("Recommendation", r.id, r.addresseeName() + ": " + (r.text.length() > 60 ? r.text.substring(0, 60) + "…" : r.text),
                r.region.id, Map.of("deadline", r.deadline));
        return view(r);
    }

    @Transactional
    public RecommendationView move(long id, RecommendationTransitionInput input) {
        Recommendation r = require(id);
        scope.require(policy.mayAnswer(r),
                "recommendation.addresseeOnly");
        r.checkVersion(input.version());
        Recommendation.Status to = input.to();
        if (!RecommendationPolicy.reachable(r.status, to)) {
            throw ApiException.conflict("recommendation.transitionRefused", r.status, to);
        }
        Recommendation.Status from = r.status;
        if (to == Recommendation.Status.ACCEPTED) {
            r.acceptedBy = scope.username();
            r.acceptedAt = OffsetDateTime.now();
        } else {
            if (Text.trimToNull(input.report()) == null) {
                throw ApiException.invalid("report", to == Recommendation.Status.DONE ? "recommendation.doneReportRequired" : "recommendation.failReasonRequired");
            }
            r.report = input.report().strip();
            r.reportedBy = scope.username();
            r.reportedAt = OffsetDateTime.now();
        }
        r.status = to;
        r.updatedAt = OffsetDateTime.now();
        Recommendation.getEntityManager().flush();
        audit.updated("Recommendation", r.id, r.addresseeName(), r.region.id, Map.of("status", from), Map.of("status", to));
        return view(r);
    }

    public RecommendationView view(Recommendation r) {
        boolean overdue = !r.status.closed() && r.deadline.isBefore(LocalDate.now());
        return new RecommendationView(r.id, r.region.id, r.municipality == null ? null : r.municipality.id,
                r.municipality == null ? null : r.municipality.name, r.addresseeKind, r.school == null ? null : r.school.id,
                r.body == null ? null : r.body.id, r.addresseeName(), r.basisKind, r.analysisRunId, r.schoolListId, r.basis, r.text, r.deadline,
                overdue, r.status, r.issuedBy, r.createdAt, r.acceptedBy, r.acceptedAt, r.report, r.reportedBy, r.reportedAt, r.version,
                policy.actions(r), checks(r));
    }

    /** The indicators the recommendation names: of its region's catalogue, each once. */
    private void targets(Recommendation r, List<RecommendationInput.TargetInput> targets) {
        if (targets == null) {
            return;
        }
        List<ru.rostok.common.FieldError> errors = new java.util.ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int j = 0; j < targets.size(); j++) {
            RecommendationInput.TargetInput t = targets.get(j);
            String field = "indicators[" + j + "].indicatorId";
            Indicator indicator = Indicator.<Indicator>findByIdOptional(t.indicatorId()).filter(i -> i.region.id.equals(r.region.id)).orElse(null);
            if (indicator == null) {
                errors.add(ru.rostok.common.FieldError.field(field, "recommendation.indicatorNotInCatalogue", t.indicatorId()));
            } else if (!seen.add(indicator.id)) {
                errors.add(ru.rostok.common.FieldError.field(field, "recommendation.indicatorTwice"));
            } else {
                RecommendationIndicator row = new RecommendationIndicator();
                row.recommendationId = r.id;
                row.indicatorId = indicator.id;
                row.targetValue = t.targetValue();
                row.persist();
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /** Measured by the addressee: a school by its value, a municipality (or its body) by its schools' median, a regional body by the region's. */
    private List<TargetCheck> checks(Recommendation r) {
        List<RecommendationIndicator> rows = RecommendationIndicator.list("recommendationId = ?1 order by indicatorId", r.id);
        if (rows.isEmpty()) {
            return List.of();
        }
        return actuals.check(IndicatorActuals.Schools.of(r.region.id, r.municipality == null ? null : r.municipality.id,
                r.school == null ? null : r.school.id), rows.stream().map(t -> new IndicatorActuals.Target(t.indicatorId, t.targetValue)).toList());
    }
}
