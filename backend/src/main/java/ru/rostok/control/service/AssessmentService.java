package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.body.BodyKind;
import ru.rostok.body.service.BodyService;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.control.Decision;
import ru.rostok.control.DecisionAssessment;
import ru.rostok.control.Verdict;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;

/** The collegium's assessments a decision records: read and changed with the decision, kept by who keeps the decision. */
@ApplicationScoped
public class AssessmentService {
    @Inject
    DecisionService decisions;

    @Inject
    DecisionPolicy policy;

    @Inject
    BodyService bodies;

    @Inject
    SchoolService schools;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public AssessmentsView get(long decisionId) {
        Decision d = decisions.require(decisionId);
        return view(d);
    }

    @Transactional
    public AssessmentsView replace(long decisionId, AssessmentsInput input) {
        Decision d = decisions.require(decisionId);
        if (!policy.mayKeep(d)) {
            throw ApiException.forbidden("control.updateForbidden");
        }
        d.checkVersion(input.version());
        List<FieldError> errors = new ArrayList<>();
        List<DecisionAssessment> made = new ArrayList<>();
        for (int i = 0; i < input.assessments().size(); i++) {
            AssessmentsInput.Item item = input.assessments().get(i);
            String field = "assessments[" + i + "]";
            DecisionAssessment a = new DecisionAssessment();
            a.decisionId = d.id;
            a.position = i + 1;
            a.verdict = item.verdict();
            a.words = item.words() == null || item.words().isBlank() ? null : item.words().strip();
            if ((item.bodyId() == null) == (item.schoolId() == null)) {
                errors.add(FieldError.field(field + ".bodyId", "control.assessmentWhose"));
                continue;
            }
            if (item.bodyId() != null) {
                a.body = bodies.nameable(item.bodyId(), d.region, d.municipality, field + ".bodyId", errors);
            } else {
                a.school = schools.visible(item.schoolId()).filter(s -> s.municipality.region.id.equals(d.region.id)
                        && (d.municipality == null || s.municipality.id.equals(d.municipality.id))).orElse(null);
                if (a.school == null) {
                    errors.add(FieldError.field(field + ".schoolId", "control.assessmentSchoolOutside", item.schoolId()));
                }
            }
            made.add(a);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        AssessmentsView before = view(d);
        DecisionAssessment.delete("decisionId", d.id);
        made.forEach(a -> a.persist());
        d.updatedAt = OffsetDateTime.now(); // the assessments are part of the decision: its version moves
        d.flush();
        AssessmentsView after = view(d);
        audit.updated("Decision", d.id, "Решение № " + d.number + " от " + d.date, d.region.id,
                Map.of("assessments", before.items()), Map.of("assessments", after.items()));
        return after;
    }

    private AssessmentsView view(Decision d) {
        List<AssessmentView> items = DecisionAssessment.of(d.id).stream().map(AssessmentService::view).toList();
        return new AssessmentsView(d.id, d.version, items, policy.mayKeep(d) ? List.of(DecisionPolicy.EDIT) : List.of());
    }

    static AssessmentView view(DecisionAssessment a) {
        Body b = a.body;
        School s = a.school;
        return new AssessmentView(b == null ? null : b.id, b == null ? null : b.shortName, s == null ? null : s.id,
                s == null ? null : s.shortName, a.verdict, a.verdict.label(), a.words);
    }

    /**
     * The latest assessment of each municipality's education authority (by the decision's date), of a region's
     * municipalities or, with no region, of every one: one query. Read for the management cycle, which checks scope.
     */
    public Map<Long, LatestAssessment> latestOfAuthorities(Long regionId) {
        var query = em.createQuery("select b.municipality.id, d.id, d.number, d.date, a.verdict, a.words "
                + "from DecisionAssessment a join a.body b, Decision d where d.id = a.decisionId and b.kind = :kind and b.municipality is not null"
                + (regionId == null ? "" : " and b.region.id = :region") + " order by b.municipality.id, d.date desc, d.id desc", Object[].class)
                .setParameter("kind", BodyKind.EDUCATION_AUTHORITY);
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        Map<Long, LatestAssessment> found = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            long municipality = ((Number) r[0]).longValue();
            found.putIfAbsent(municipality, new LatestAssessment(municipality, ((Number) r[1]).longValue(), (String) r[2],
                    (LocalDate) r[3], (Verdict) r[4], (String) r[5]));
        }
        return found;
    }
}
