package ru.rostok.risk.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.common.FieldError;
import ru.rostok.common.Text;
import ru.rostok.monitoring.Condition;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.service.HandedInValues;
import ru.rostok.risk.RiskAssessment;
import ru.rostok.risk.RiskFactor;
import ru.rostok.risk.RiskLevel;
import ru.rostok.risk.WeightedCondition;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.RegionService;
import ru.rostok.territory.service.TerritoryPolicy;

/**
 * Risk profiles (project 500+): the region's factors evaluated on a school's handed-in values of a campaign. A value
 * without a large enough sample is not judged; a factor none of whose values can be judged has no level (NO_DATA).
 */
@ApplicationScoped
public class RiskProfileService {
    private static final Map<String, String> SORT = Map.of(
            "regionId", "f.region.id", "position", "f.position", "name", "f.name", "updatedAt", "f.updatedAt");

    @Inject
    Scope scope;

    @Inject
    RiskPolicy riskPolicy;


    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    RegionService regions;

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    HandedInValues handedIn;

    @Inject
    ru.rostok.school.service.SchoolService schools;

    public PageResponse<RiskFactorView> factors(Long regionId, PageQuery query) {
        Where where = seen(null).and("f.region.id = :regionId", "regionId", regionId);
        var found = RiskFactor.<RiskFactor>find("from RiskFactor f where " + where.jpql(), query.toSort(SORT, "regionId,position", "f"),
                where.params()).page(query.toPage());
        long total = where.count(RiskFactor.getEntityManager(), "RiskFactor f");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(RiskProfileService::view);
    }

    /** A region's risk factors are seen in that region: one condition for the list and for one factor. */
    private Where seen(Long id) {
        Scope.Filter region = territoryPolicy.regions("f.region");
        return new Where().and(region.jpql(), region.params()).and("f.id = :id", "id", id);
    }

    @Transactional
    public RiskFactorView create(RiskFactorInput input) {
        Region region = regions.require(input.regionId());
        scope.require(riskPolicy.mayKeepFactorsOf(region), "risk.factorForbidden");
        RiskFactor f = new RiskFactor();
        f.region = region;
        apply(f, input);
        if (input.position() == null) {
            f.position = (int) RiskFactor.count("region", region) + 1;
        }
        f.persist();
        audit.created("RiskFactor", f.id, f.name, region.id, Map.of("conditions", f.conditions.size()));
        return view(f);
    }

    @Transactional
    public RiskFactorView update(long id, RiskFactorInput input) {
        Where seen = seen(id);
        RiskFactor f = RiskFactor.<RiskFactor>find("from RiskFactor f where " + seen.jpql(), seen.params()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("risk.factorNotFound", id));
        scope.require(riskPolicy.mayKeepFactorsOf(f.region), "risk.factorForbidden");
        f.checkVersion(input.version());
        if (!f.region.id.equals(input.regionId())) {
            throw ApiException.invalid("regionId", "risk.factorRegionFixed");
        }
        String before = f.name;
        apply(f, input);
        f.updatedAt = OffsetDateTime.now();
        em.flush();
        audit.updated("RiskFactor", f.id, f.name, f.region.id, Map.of("name", before), Map.of("name", f.name));
        return view(f);
    }

    private static void apply(RiskFactor f, RiskFactorInput input) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.conditions().size(); i++) {
            String code = input.conditions().get(i).indicatorCode().strip();
            if (Indicator.findCurrent(f.region.id, code).isEmpty()) {
                errors.add(FieldError.field("conditions[" + i + "].indicatorCode", "risk.indicatorNotInCatalogue", code));
            }
        }
        if (input.mediumAt().compareTo(input.lowAt()) < 0) {
            errors.add(FieldError.field("mediumAt", "risk.mediumBelowLow"));
        }
        if (input.highAt().compareTo(input.mediumAt()) < 0) {
            errors.add(FieldError.field("highAt", "risk.highBelowMedium"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        f.name = input.name().strip();
        f.conditions = input.conditions().stream().map(c -> new WeightedCondition(c.indicatorCode().strip(), c.operator(), c.threshold(), c.weight()))
                .toList();
        f.lowAt = input.lowAt();
        f.mediumAt = input.mediumAt();
        f.highAt = input.highAt();
        if (input.position() != null) {
            f.position = input.position();
        }
    }

    static RiskFactorView view(RiskFactor f) {
        return new RiskFactorView(f.id, f.region.id, f.position, f.name, f.conditions, f.lowAt, f.mediumAt, f.highAt, f.version);
    }

    public School requireSchool(long id) {
        return schools.require(id);
    }

    /** The profile on the campaign asked for, or on the school's latest campaign with handed-in values. */
    public RiskProfileView profile(long schoolId, Long campaignId) {
        School school = requireSchool(schoolId);
        List<RiskCampaignRefView> campaigns = campaignsOf(school);
        RiskCampaignRefView campaign = campaignId == null ? (campaigns.isEmpty() ? null : campaigns.get(0))
                : campaigns.stream().filter(c -> c.id() == campaignId).findFirst()
                .orElseThrow(() -> ApiException.notFound("risk.noAcceptedData", campaignId));
        if (campaign == null) {
            return new RiskProfileView(school.id, school.shortName, null, campaigns, List.of(), riskPolicy.actions(school));
        }
        Map<String, HandedInValues.Value> values = handedIn.ofSchool(campaign.id(), school.id);
        Map<Long, RiskAssessment> assessments = new HashMap<>();
        RiskAssessment.<RiskAssessment>list("campaignId = ?1 and schoolId = ?2", campaign.id(), school.id).forEach(a -> assessments.put(a.factorId, a));
        List<RiskFactorResultView> results = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Indicator.<Indicator>list("region = ?1 and retired = false", school.municipality.region).forEach(i -> names.put(i.code, i.name));
        for (RiskFactor f : RiskFactor.<RiskFactor>list("region = ?1 order by position, id", school.municipality.region)) {
            Computed c = compute(f, values, names);
            RiskAssessment a = assessments.get(f.id);
            results.add(new RiskFactorResultView(f.id, f.name, c.level, c.score, c.max, c.checks, a == null ? null : a.schoolLevel,
                    a == null ? null : a.comment, a == null ? null : a.assessedBy, a == null ? null : a.assessedAt,
                    a != null && a.computedLevel == c.level && a.computedScore.compareTo(c.score) == 0, a == null ? null : a.version));
        }
        return new RiskProfileView(school.id, school.shortName, campaign, campaigns, results, riskPolicy.actions(school));
    }

    @Transactional
    public RiskProfileView assess(long schoolId, long factorId, RiskAssessmentInput input) {
        School school = requireSchool(schoolId);
        scope.require(riskPolicy.mayAssess(school),
                "risk.confirmForbidden");
        RiskFactor factor = RiskFactor.<RiskFactor>findByIdOptional(factorId).filter(f -> f.region.id.equals(school.municipality.region.id))
                .orElseThrow(() -> ApiException.notFound("risk.factorNotFound", factorId));
        if (campaignsOf(school).stream().noneMatch(c -> c.id() == input.campaignId())) {
            throw ApiException.invalid("campaignId", "risk.noAcceptedDataHere");
        }
        Computed computed = compute(factor, handedIn.ofSchool(input.campaignId(), school.id), Map.of());
        if (input.level() != computed.level && Text.trimToNull(input.comment()) == null) {
            throw ApiException.invalid("comment", "risk.overrideReasonRequired");
        }
        RiskAssessment a = RiskAssessment.<RiskAssessment>find("campaignId = ?1 and schoolId = ?2 and factorId = ?3", input.campaignId(),
                school.id, factor.id).firstResult();
        if (a != null && (input.version() == null || input.version() != a.version)) {
            throw ApiException.staleVersion("risk.staleAssessment", a.version);
        }
        Map<String, Object> before = a == null ? Map.of() : Map.of("level", a.schoolLevel, "comment", a.comment == null ? "" : a.comment);
        if (a == null) {
            a = new RiskAssessment();
            a.campaignId = input.campaignId();
            a.schoolId = school.id;
            a.factorId = factor.id;
        }
        a.computedLevel = computed.level;
        a.computedScore = computed.score;
        a.schoolLevel = input.level();
        a.comment = Text.trimToNull(input.comment());
        a.assessedBy = scope.username();
        a.assessedAt = OffsetDateTime.now();
        a.persist();
        em.flush();
        audit.updated("School", school.id, school.shortName + ": " + factor.name, school.municipality.region.id, before,
                Map.of("computed", computed.level, "level", a.schoolLevel, "comment", a.comment == null ? "" : a.comment));
        return profile(school.id, input.campaignId());
    }

    record Computed(RiskLevel level, BigDecimal score, BigDecimal max, List<RiskCheckView> checks) {
    }

    static Computed compute(RiskFactor f, Map<String, HandedInValues.Value> values, Map<String, String> names) {
        double score = 0;
        double max = 0;
        boolean anyJudged = false;
        List<RiskCheckView> checks = new ArrayList<>();
        for (WeightedCondition wc : f.conditions) {
            Condition c = wc.condition();
            HandedInValues.Value v = values.get(c.indicatorCode());
            boolean judged = v != null && v.judged();
            boolean met = judged && c.operator().holds(v.value(), c.threshold().doubleValue());
            anyJudged |= judged;
            max += wc.weight().doubleValue();
            if (met) {
                score += wc.weight().doubleValue();
            }
            checks.add(new RiskCheckView(c.indicatorCode(), v != null ? v.name() : names.get(c.indicatorCode()), c.text(), wc.weight(), v == null ? null : v.value(), met, judged));
        }
        BigDecimal s = BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP);
        return new Computed(anyJudged ? f.level(score) : RiskLevel.NO_DATA, s, BigDecimal.valueOf(max).setScale(2, RoundingMode.HALF_UP), checks);
    }

    /** The campaigns in which the school handed in its data, the latest first. */
    private List<RiskCampaignRefView> campaignsOf(School school) {
        return handedIn.campaignsOf(school.id).stream().map(c -> new RiskCampaignRefView(c.id(), c.name(), c.academicYear())).toList();
    }
}
