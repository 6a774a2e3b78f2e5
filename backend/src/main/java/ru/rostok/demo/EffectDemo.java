package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.body.Body;
import ru.rostok.body.BodyKind;
import ru.rostok.lists.IdentificationRule;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.SchoolListEntry;
import ru.rostok.lists.service.RuleEvaluator;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Condition;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.IndicatorValue;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.monitoring.ValueType;
import ru.rostok.monitoring.service.HandedInValues;
import ru.rostok.monitoring.service.ValueRules;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * What «did it help» needs in the demo: an approved list of ШНОР in Lesosibirsk (on the monitorings of 2019/2020 and
 * 2020/2021, ordered in December 2020) and in Crimea (after decision 7/3 of 14.12.2022), the analysis of the last
 * monitoring before each (its context clusters choose the comparison group), and two published monitorings after each
 * in which the listed schools' results improve faster than the others' (plausibly, with noise).
 */
@ApplicationScoped
public class EffectDemo {
    private static final Logger LOG = Logger.getLogger(EffectDemo.class);
    static final String LESOSIBIRSK_BEFORE = "Мониторинг показателей программы повышения качества образования в ШНОР и ШНСУ";
    static final String LESOSIBIRSK_EARLIER = "Мониторинг качества образования в школах Лесосибирска за 2019/2020 учебный год";
    static final List<String> CRIMEA_SET = List.of("VPR_F2", "VPR_Q45", "OGE_F2_RU", "OGE_F2_MA", "SUCC_RATE",
            "OBJ_GAP2", "CTX_STUDENTS", "CTX_LOWINC", "ST_VAC", "M_PROGRAM");

    @Inject
    MonitoringDemo monitoring;

    @Inject
    HandedInValues handedIn;

    @Inject
    AnalysisService analysis;

    @Inject
    EntityManager em;

    void seed() {
        lesosibirsk();
        crimea();
    }

    private void lesosibirsk() {
        Municipality town = Municipality.<Municipality>find("oktmo", "04722000").firstResult();
        Region region = town.region;
        Campaign before = Campaign.<Campaign>find("name", LESOSIBIRSK_BEFORE).firstResult();
        Campaign earlier = Campaign.<Campaign>find("name", LESOSIBIRSK_EARLIER).firstResult();
        if (before == null || earlier == null) {
            return; // a registry without Lesosibirsk's demo monitorings
        }
        IdentificationRule rule = IdentificationRule.<IdentificationRule>find("region = ?1 and kind = ?2", region, ListKind.LOW_RESULTS).firstResult();
        Body authority = Body.<Body>find("municipality = ?1 and kind = ?2", town, BodyKind.EDUCATION_AUTHORITY).firstResult();
        Set<Long> listed = approvedList(rule, List.of(before, earlier), 2021, "Перечень ШНОР г. Лесосибирска на 2021 год", "412",
                LocalDate.of(2020, 12, 21), authority, 4);
        analysis.record(before, AnalysisSettings.defaults(), "system");
        Random random = new Random(2021);
        for (int year = 2021; year <= 2022; year++) {
            String academic = year + "/" + (year + 1);
            Campaign c = monitoring.campaign("Мониторинг качества образования в школах Лесосибирска, " + academic + " учебный год", academic,
                    String.valueOf(100 + year - 2000), LocalDate.of(year, 9, 20), region, town, MonitoringDemo.LESOSIBIRSK_SET,
                    LocalDate.of(year, 9, 20), LocalDate.of(year, 10, 29));
            grown(c, before, listed, year - 2020, random);
            publish(c, "+07:00");
        }
        LOG.infof("Demo effect: Lesosibirsk's ШНОР list of 2021 (%d schools), monitorings of 2021/2022 and 2022/2023", listed.size());
    }

    private void crimea() {
        Region crimea = Region.findByCode("91").orElseThrow();
        IdentificationRule rule = new IdentificationRule();
        rule.region = crimea;
        rule.kind = ListKind.LOW_RESULTS;
        rule.name = "Низкие результаты (решение коллегии № 7/3)";
        rule.conditions = List.of(new Condition("VPR_F2", Condition.Operator.GE, new BigDecimal("15")),
                new Condition("OGE_F2_RU", Condition.Operator.GE, new BigDecimal("15")),
                new Condition("SUCC_RATE", Condition.Operator.LT, new BigDecimal("60")));
        rule.minMatches = 2;
        rule.consecutiveYears = 1;
        rule.persist();
        Random random = new Random(2022);
        Campaign before = monitoring.campaign("Мониторинг образовательных результатов школ Республики Крым, 2022/2023 учебный год", "2022/2023",
                "1412", LocalDate.of(2022, 9, 15), crimea, null, CRIMEA_SET, LocalDate.of(2022, 9, 20), LocalDate.of(2022, 11, 30));
        monitoring.fill(before, random, s -> SubmissionStatus.ACCEPTED);
        publish(before, "+03:00");
        Body ministry = Body.<Body>find("region = ?1 and kind = ?2", crimea, BodyKind.MINISTRY).firstResult();
        Set<Long> listed = approvedList(rule, List.of(before), 2023, "Перечень ШНОР Республики Крым на 2023 год", "45",
                LocalDate.of(2023, 1, 16), ministry, 6);
        analysis.record(before, AnalysisSettings.defaults(), "system");
        for (int year = 2024; year <= 2025; year++) {
            String academic = year + "/" + (year + 1);
            Campaign c = monitoring.campaign("Мониторинг образовательных результатов школ Республики Крым, " + academic + " учебный год", academic,
                    String.valueOf(1400 + (year - 2020) * 37), LocalDate.of(year, 9, 15), crimea, null, CRIMEA_SET, LocalDate.of(year, 9, 20),
                    LocalDate.of(year, 11, 28));
            grown(c, before, listed, year - 2022, random);
            publish(c, "+03:00");
        }
        LOG.infof("Demo effect: Crimea's ШНОР list of 2023 (%d schools), monitorings of 2022/2023, 2024/2025 and 2025/2026", listed.size());
    }

    /**
     * An approved list: the schools the rule picks on the campaigns (newest first), and, if fewer than wanted, the
     * weakest others by success rate added by the authority's request; returns the schools on it.
     */
    private Set<Long> approvedList(IdentificationRule rule, List<Campaign> campaigns, int year, String title, String orderNumber,
                                   LocalDate orderDate, Body orderBody, int wanted) {
        SchoolList list = new SchoolList();
        list.region = rule.region;
        list.kind = rule.kind;
        list.year = year;
        list.yearTo = year;
        list.title = title;
        list.rule = rule.snapshot();
        list.campaignIds = campaigns.stream().map(c -> c.id).toList();
        list.exitYears = 1;
        list.status = SchoolList.Status.APPROVED;
        list.orderNumber = orderNumber;
        list.orderDate = orderDate;
        list.orderBody = orderBody;
        list.approvedBy = "system";
        list.approvedAt = orderDate.atTime(12, 0).atOffset(OffsetDateTime.now().getOffset());
        list.persist();
        List<String> codes = rule.conditions.stream().map(Condition::indicatorCode).toList();
        List<Map<Long, Map<String, HandedInValues.Value>>> values = campaigns.stream().map(c -> handedIn.bySchool(c.id, codes)).toList();
        Map<Long, Map<String, HandedInValues.Value>> newest = values.get(0);
        List<Long> rest = new ArrayList<>();
        Set<Long> listed = new java.util.LinkedHashSet<>();
        for (long school : newest.keySet().stream().sorted().toList()) {
            List<SchoolListEntry.Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < campaigns.size(); i++) {
                Campaign c = campaigns.get(i);
                evidence.add(RuleEvaluator.evaluate(list.rule, c.id, c.name, c.academicYear, values.get(i).get(school)));
            }
            if (evidence.stream().limit(rule.consecutiveYears).allMatch(SchoolListEntry.Evidence::holds)) {
                entry(list, school, SchoolListEntry.Source.RULE, "Правило выполняется: " + evidence.get(0).matched() + " из "
                        + rule.conditions.size() + " условий", evidence);
                listed.add(school);
            } else {
                rest.add(school);
            }
        }
        rest.sort(Comparator.comparingDouble(s -> success(newest.get(s))));
        for (long school : rest.stream().limit(Math.max(0, wanted - listed.size())).toList()) {
            entry(list, school, SchoolListEntry.Source.MANUAL, "По ходатайству органа управления образованием: успеваемость "
                    + Math.round(success(newest.get(school))) + " %", List.of());
            listed.add(school);
        }
        em.flush();
        return listed;
    }

    private static double success(Map<String, HandedInValues.Value> values) {
        HandedInValues.Value v = values == null ? null : values.get("SUCC_RATE");
        return v == null ? 100 : v.value();
    }

    private static void entry(SchoolList list, long school, SchoolListEntry.Source source, String reason, List<SchoolListEntry.Evidence> evidence) {
        SchoolListEntry e = new SchoolListEntry();
        e.listId = list.id;
        e.schoolId = school;
        e.source = source;
        e.included = true;
        e.reason = reason;
        e.evidence = evidence;
        e.decidedBy = source == SchoolListEntry.Source.MANUAL ? "system" : null;
        e.decidedAt = source == SchoolListEntry.Source.MANUAL ? list.approvedAt : null;
        e.persist();
    }

    /**
     * Every school hands in; the results of each school then move from its value in the base campaign towards the better
     * side: about 3 points a year for the listed schools, 0.7 for the others, with noise of about 2 points.
     */
    private void grown(Campaign c, Campaign base, Set<Long> listed, int years, Random random) {
        monitoring.fill(c, random, s -> SubmissionStatus.ACCEPTED);
        List<Indicator> results = c.indicators.stream().map(ci -> ci.indicator)
                .filter(i -> i.category == IndicatorCategory.RESULTS && i.valueType == ValueType.PERCENT && i.direction != Direction.CONTEXT).toList();
        Map<Long, Indicator> byId = results.stream().collect(Collectors.toMap(i -> i.id, i -> i));
        Map<Long, Map<String, HandedInValues.Value>> baseValues = handedIn.bySchool(base.id, results.stream().map(i -> i.code).toList());
        List<Object[]> rows = em.createQuery("select v, s.school.id from IndicatorValue v, Submission s where s.id = v.submissionId "
                + "and s.campaign.id = :c and v.indicatorId in :ids order by s.school.id, v.indicatorId", Object[].class)
                .setParameter("c", c.id).setParameter("ids", byId.keySet()).getResultList();
        for (Object[] row : rows) {
            IndicatorValue v = (IndicatorValue) row[0];
            Indicator indicator = byId.get(v.indicatorId);
            HandedInValues.Value was = baseValues.getOrDefault((Long) row[1], Map.of()).get(indicator.code);
            if (was == null || v.denominator == null) {
                continue;
            }
            double perYear = listed.contains((Long) row[1]) ? 3.0 : 0.7;
            double sign = indicator.direction == Direction.HIGHER_BETTER ? 1 : -1;
            double target = Math.max(0, Math.min(100, was.value() + sign * perYear * years + random.nextGaussian() * 2.0));
            v.numerator = (int) Math.round(v.denominator * target / 100);
            v.value = ValueRules.percent(v.numerator, v.denominator);
        }
        em.flush();
    }

    private static void publish(Campaign c, String offset) {
        MonitoringDemo.move(c, CampaignStatus.OPEN, c.opensOn.atTime(9, 0).atOffset(java.time.ZoneOffset.of(offset)));
        MonitoringDemo.move(c, CampaignStatus.CLOSED, c.closesOn.plusDays(1).atTime(9, 0).atOffset(java.time.ZoneOffset.of(offset)));
        MonitoringDemo.move(c, CampaignStatus.PUBLISHED, c.closesOn.plusDays(10).atTime(9, 0).atOffset(java.time.ZoneOffset.of(offset)));
    }
}
