package ru.rostok.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.common.FieldError;
import ru.rostok.monitoring.Condition;
import ru.rostok.lists.IdentificationRule;
import ru.rostok.lists.ListKind;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.security.Scope;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.RegionService;
import ru.rostok.territory.service.TerritoryPolicy;

/** The region's identification rules: written by its analysts from the indicators of its catalogue. */
@ApplicationScoped
public class RuleService {
    private static final Map<String, String> SORT = Map.of("name", "r.name", "kind", "r.kind", "updatedAt", "r.updatedAt");

    @Inject
    Scope scope;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    RegionService regions;

    @Inject
    AuditLog audit;

    public PageResponse<IdentificationRuleView> list(Long regionId, ListKind kind, PageQuery query) {
        Where where = seen(null).and("r.region.id = :regionId", "regionId", regionId).and("r.kind = :kind", "kind", kind);
        // by default in the order they were written
        var found = IdentificationRule.<IdentificationRule>find("from IdentificationRule r where " + where.jpql(), query.toSort(SORT, "", "r"),
                where.params()).page(query.toPage());
        long total = where.count(IdentificationRule.getEntityManager(), "IdentificationRule r");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(RuleService::view);
    }

    public IdentificationRuleView get(long id) {
        return view(require(id));
    }

    public IdentificationRule require(long id) {
        Where where = seen(id);
        return IdentificationRule.<IdentificationRule>find("from IdentificationRule r where " + where.jpql(), where.params()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("lists.ruleNotFound", id));
    }

    /** A region's rules are seen in that region: one condition for the list and for one rule. */
    private Where seen(Long id) {
        Scope.Filter region = territoryPolicy.regions("r.region");
        return new Where().and(region.jpql(), region.params()).and("r.id = :id", "id", id);
    }

    @Transactional
    public IdentificationRuleView create(ListInputs.RuleInput input) {
        Region region = regions.require(input.regionId());
        scope.require(territoryPolicy.mayKeepDataOf(region), "lists.ruleForbidden");
        IdentificationRule rule = new IdentificationRule();
        rule.region = region;
        apply(rule, input);
        rule.persist();
        audit.created("IdentificationRule", rule.id, rule.name, region.id, Map.of("rule", rule.snapshot().text()));
        return view(rule);
    }

    @Transactional
    public IdentificationRuleView update(long id, ListInputs.RuleInput input) {
        IdentificationRule rule = require(id);
        scope.require(territoryPolicy.mayKeepDataOf(rule.region), "lists.ruleForbidden");
        rule.checkVersion(input.version());
        if (!rule.region.id.equals(input.regionId())) {
            throw ApiException.invalid("regionId", "lists.ruleRegionFixed");
        }
        String before = rule.snapshot().text();
        apply(rule, input);
        rule.updatedAt = java.time.OffsetDateTime.now();
        IdentificationRule.getEntityManager().flush();
        audit.updated("IdentificationRule", rule.id, rule.name, rule.region.id, Map.of("rule", before), Map.of("rule", rule.snapshot().text()));
        return view(rule);
    }

    private static void apply(IdentificationRule rule, ListInputs.RuleInput input) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.conditions().size(); i++) {
            Condition c = input.conditions().get(i);
            Indicator indicator = Indicator.findCurrent(rule.region.id, c.indicatorCode().strip()).orElse(null);
            if (indicator == null) {
                errors.add(FieldError.field("conditions[" + i + "].indicatorCode", "lists.indicatorNotInCatalogue", c.indicatorCode()));
            } else if (input.kind() == ListKind.UNFAVOURABLE_CONDITIONS && indicator.category != IndicatorCategory.CONTEXT) {
                errors.add(FieldError.field("conditions[" + i + "].indicatorCode", "lists.notContextIndicator", indicator.code));
            }
        }
        if (input.minMatches() > input.conditions().size()) {
            errors.add(FieldError.field("minMatches", "lists.tooManyMatches", input.conditions().size(), input.minMatches()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        rule.kind = input.kind();
        rule.name = input.name().strip();
        rule.conditions = input.conditions().stream().map(c -> new Condition(c.indicatorCode().strip(), c.operator(), c.threshold())).toList();
        rule.minMatches = input.minMatches();
        rule.consecutiveYears = input.consecutiveYears() == null ? 1 : input.consecutiveYears();
    }

    static IdentificationRuleView view(IdentificationRule r) {
        return new IdentificationRuleView(r.id, r.region.id, r.kind, r.name, r.conditions, r.minMatches, r.consecutiveYears, r.snapshot().text(), r.version);
    }
}
