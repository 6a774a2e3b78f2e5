package ru.rostok.cycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rostok.analysis.service.AnalysisByMunicipality;
import ru.rostok.common.ApiException;
import ru.rostok.control.service.AssessmentService;
import ru.rostok.control.service.LatestAssessment;
import ru.rostok.cycle.CellState;
import ru.rostok.cycle.Position;
import ru.rostok.lists.service.ListedSchools;
import ru.rostok.monitoring.service.MonitoringByMunicipality;
import ru.rostok.monitoring.service.MunicipalMonitoring;
import ru.rostok.monitoring.service.MunicipalMonitoringStatus;
import ru.rostok.partnership.service.PartneredSchools;
import ru.rostok.recommendation.service.RecommendationsByMunicipality;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.service.RoadmapsByMunicipality;

/**
 * The completeness of each municipality's management cycle, computed from the data: every position is read for all
 * the municipalities at once, by one set-based read of the feature that owns it (see {@link Position} and README).
 */
@ApplicationScoped
public class CycleService {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    CyclePolicy policy;

    @Inject
    EntityManager em;

    @Inject
    MonitoringByMunicipality monitoring;

    @Inject
    MunicipalMonitoring municipalMonitoring;

    @Inject
    AnalysisByMunicipality analysis;

    @Inject
    ListedSchools lists;

    @Inject
    RoadmapsByMunicipality roadmaps;

    @Inject
    PartneredSchools partnerships;

    @Inject
    RecommendationsByMunicipality recommendations;

    @Inject
    AssessmentService assessments;

    /** The municipalities of a region (or of the country) with their schools, from the registry. */
    record Municipality(long id, String name, long regionId, String regionName, long schools) {
    }

    public CycleMatrix matrix(Long regionId, String sort) {
        Comparator<CycleRow> order = order(sort);
        CyclePolicy.Rows rows = policy.rows(regionId);
        if (rows.regionId() != null && regionName(rows.regionId()) == null) {
            throw ApiException.notFound("cycle.regionNotFound", rows.regionId());
        }
        List<CycleRow> computed = compute(rows.regionId(), rows.municipalityId(), LocalDate.now());
        return new CycleMatrix(LocalDate.now(), rows.regionId(), columns(), computed.stream().sorted(order).toList());
    }

    /** One municipality's row, for its coordinator: what is done, what is missing and where to do it. */
    public CycleRow row(long municipalityId) {
        Municipality m = municipality(municipalityId);
        if (m == null || !policy.sees(m.regionId(), m.id())) {
            throw ApiException.notFound("cycle.municipalityNotFound", municipalityId);
        }
        return compute(m.regionId(), m.id(), LocalDate.now()).get(0);
    }

    public static List<CycleMatrix.Column> columns() {
        return Arrays.stream(Position.values()).map(p -> new CycleMatrix.Column(p, p.key, p.title)).toList();
    }

    List<CycleRow> compute(Long regionId, Long onlyMunicipality, LocalDate today) {
        List<Municipality> municipalities = municipalities(regionId, onlyMunicipality);
        int year = today.getYear();
        Map<Long, MonitoringByMunicipality.Coverage> coverage = monitoring.latestCoverage(regionId);
        Map<Long, AnalysisByMunicipality.LatestRun> runs = analysis.latestRuns(regionId);
        List<ListedSchools.ApprovedList> approved = lists.approved(regionId, year);
        List<ListedSchools.Listed> everListed = lists.included(regionId, year);
        List<RoadmapsByMunicipality.InForce> inForce = roadmaps.inForce(regionId, today);
        Map<Long, Long> partnered = partnerships.partnershipOfWeakSchool(regionId);
        Map<Long, RecommendationsByMunicipality.Tally> recommended = recommendations.tallies(regionId);
        Map<Long, RoadmapsByMunicipality.Punctuality> punctuality = roadmaps.punctuality(regionId, today);
        Map<Long, LatestAssessment> assessed = assessments.latestOfAuthorities(regionId);
        Map<Long, MunicipalMonitoringStatus> answered = municipalMonitoring.statusByMunicipality(regionId).stream()
                .collect(Collectors.toMap(MunicipalMonitoringStatus::municipalityId, s -> s));

        Map<Long, List<ListedSchools.ApprovedList>> listsOfRegion = approved.stream()
                .collect(Collectors.groupingBy(ListedSchools.ApprovedList::regionId));
        Set<Long> listsInForce = approved.stream().map(ListedSchools.ApprovedList::listId).collect(Collectors.toSet());
        Map<Long, Set<Long>> listedNow = new HashMap<>();
        Map<Long, Map<Long, LocalDate>> listedSince = new HashMap<>(); // municipality → school → first approval
        for (ListedSchools.Listed l : everListed) {
            if (listsInForce.contains(l.listId())) {
                listedNow.computeIfAbsent(l.municipalityId(), k -> new HashSet<>()).add(l.schoolId());
            }
            if (l.approvedOn() != null) {
                listedSince.computeIfAbsent(l.municipalityId(), k -> new HashMap<>())
                        .merge(l.schoolId(), l.approvedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<Long, MonitoringByMunicipality.LastAccepted> accepted = monitoring.lastAccepted(
                listedSince.values().stream().flatMap(s -> s.keySet().stream()).collect(Collectors.toSet()));
        Map<Long, RoadmapsByMunicipality.InForce> municipalPlan = new HashMap<>();
        Set<Long> schoolsWithPlan = new HashSet<>();
        for (RoadmapsByMunicipality.InForce r : inForce) {
            if (r.level() == RoadmapLevel.MUNICIPALITY) {
                municipalPlan.putIfAbsent(r.municipalityId(), r);
            } else if (r.schoolId() != null) {
                schoolsWithPlan.add(r.schoolId());
            }
        }

        List<CycleRow> rows = new ArrayList<>();
        for (Municipality m : municipalities) {
            Set<Long> listed = listedNow.getOrDefault(m.id(), Set.of());
            List<CycleCell> cells = List.of(
                    monitored(m, coverage.get(m.id())),
                    analysed(m, coverage.get(m.id()), runs.get(m.id())),
                    listApproved(m, listsOfRegion.getOrDefault(m.regionId(), List.of()), listed.size(), year),
                    municipalRoadmap(m, municipalPlan.get(m.id())),
                    ofListed(Position.SCHOOL_ROADMAPS, m, listed, schoolsWithPlan::contains, "ROADMAPS"),
                    ofListed(Position.PARTNERS, m, listed, partnered::containsKey, "PARTNERSHIPS"),
                    recommendations(m, recommended.get(m.id())),
                    reportsOnTime(m, punctuality.get(m.id())),
                    effect(m, listedSince.getOrDefault(m.id(), Map.of()), accepted),
                    reported(answered.get(m.id())));
            rows.add(row(m, cells, assessed.get(m.id())));
        }
        return rows;
    }

    static CycleRow row(Municipality m, List<CycleCell> cells, LatestAssessment a) {
        double done = 0;
        int applicable = 0;
        for (CycleCell c : cells) {
            if (c.state() != CellState.NOT_APPLICABLE) {
                applicable++;
                done += c.state() == CellState.DONE ? 1 : c.state() == CellState.PARTIAL ? 0.5 : 0;
            }
        }
        CycleRow.Assessment assessment = a == null ? null : new CycleRow.Assessment(a.verdict(), a.verdict().label(), a.words(),
                a.decisionId(), a.decisionNumber(), a.decisionDate());
        return new CycleRow(m.id(), m.name(), m.regionId(), m.regionName(), m.schools(), cells, done, applicable,
                applicable == 0 ? 0 : done / applicable, assessment);
    }

    // ------------------------------------------------------------------ the positions

    private static CycleCell monitored(Municipality m, MonitoringByMunicipality.Coverage c) {
        if (m.schools() == 0) {
            return notApplicable(Position.MONITORED, "школ нет");
        }
        if (c == null) {
            return cell(Position.MONITORED, CellState.MISSING, null, null, "мониторинга нет", CycleLink.page("CAMPAIGNS", m.id()));
        }
        return counted(Position.MONITORED, c.accepted(), c.asked(), "«" + c.campaignName() + "»: данные приняты у школ",
                CycleLink.record("CAMPAIGN", c.campaignId()));
    }

    private static CycleCell analysed(Municipality m, MonitoringByMunicipality.Coverage c, AnalysisByMunicipality.LatestRun run) {
        if (m.schools() == 0) {
            return notApplicable(Position.ANALYSED, "школ нет");
        }
        if (run == null) {
            CycleLink where = c == null ? CycleLink.page("CAMPAIGNS", m.id()) : new CycleLink("ANALYSIS", null, c.campaignId(), m.id());
            return cell(Position.ANALYSED, CellState.MISSING, null, null, "анализа нет", where);
        }
        CycleLink link = new CycleLink("ANALYSIS", run.runId(), run.campaignId(), m.id());
        if (c != null && c.campaignId() != run.campaignId()) {
            return cell(Position.ANALYSED, CellState.PARTIAL, null, null, "проанализирован прежний мониторинг, последний — нет", link);
        }
        return cell(Position.ANALYSED, CellState.DONE, null, null, "анализ проведён", link);
    }

    private static CycleCell listApproved(Municipality m, List<ListedSchools.ApprovedList> approved, int listed, int year) {
        if (m.schools() == 0) {
            return notApplicable(Position.LIST_APPROVED, "школ нет");
        }
        if (approved.isEmpty()) {
            return cell(Position.LIST_APPROVED, CellState.MISSING, null, null, "утверждённого перечня на " + year + " год нет",
                    CycleLink.page("SCHOOL_LISTS", m.id()));
        }
        String orders = approved.stream().map(l -> l.kind().abbreviation + ": приказ"
                + (l.orderNumber() == null ? "" : " № " + l.orderNumber()) + (l.orderDate() == null ? "" : " от " + DATE.format(l.orderDate())))
                .collect(Collectors.joining("; "));
        return cell(Position.LIST_APPROVED, CellState.DONE, null, null, orders + "; школ муниципалитета в перечне: " + listed,
                CycleLink.record("SCHOOL_LIST", approved.get(0).listId()));
    }

    private static CycleCell municipalRoadmap(Municipality m, RoadmapsByMunicipality.InForce plan) {
        if (plan == null) {
            return cell(Position.MUNICIPAL_ROADMAP, CellState.MISSING, null, null, "утверждённой дорожной карты на текущий период нет",
                    CycleLink.page("ROADMAPS", m.id()));
        }
        return cell(Position.MUNICIPAL_ROADMAP, CellState.DONE, null, null, plan.title(), CycleLink.record("ROADMAP", plan.roadmapId()));
    }

    private static CycleCell ofListed(Position p, Municipality m, Set<Long> listed, java.util.function.Predicate<Long> has, String page) {
        if (listed.isEmpty()) {
            return notApplicable(p, "школ в перечне нет");
        }
        long done = listed.stream().filter(has).count();
        return counted(p, done, listed.size(), "школ из перечня", CycleLink.page(page, m.id()));
    }

    private static CycleCell recommendations(Municipality m, RecommendationsByMunicipality.Tally t) {
        if (t == null || t.issued() == 0) {
            return cell(Position.RECOMMENDATIONS, CellState.MISSING, 0L, 0L, "рекомендации не выдавались", CycleLink.page("RECOMMENDATIONS", m.id()));
        }
        return counted(Position.RECOMMENDATIONS, t.reported(), t.issued(), "рекомендаций с отчётом об исполнении",
                CycleLink.page("RECOMMENDATIONS", m.id()));
    }

    private static CycleCell reportsOnTime(Municipality m, RoadmapsByMunicipality.Punctuality p) {
        if (p == null || p.due() == 0) {
            return notApplicable(Position.REPORTS_ON_TIME, "сроки отчётов по дорожным картам не наступили");
        }
        return counted(Position.REPORTS_ON_TIME, p.onTime(), p.due(), "наступивших сроков отчётов сдано вовремя", CycleLink.page("CONTROL", m.id()));
    }

    /**
     * Effect can be measured for a school listed (in any approved list up to this year) when a campaign opened after
     * the list was approved has accepted its values: there is a «before» (what listed it) and an «after».
     */
    private static CycleCell effect(Municipality m, Map<Long, LocalDate> listedSince, Map<Long, MonitoringByMunicipality.LastAccepted> accepted) {
        if (listedSince.isEmpty()) {
            return notApplicable(Position.EFFECT_ASSESSED, "школы в перечни не включались");
        }
        long measured = listedSince.entrySet().stream().filter(e -> {
            MonitoringByMunicipality.LastAccepted a = accepted.get(e.getKey());
            return a != null && a.opensOn().isAfter(e.getValue());
        }).count();
        return counted(Position.EFFECT_ASSESSED, measured, listedSince.size(), "школ из перечня с данными мониторинга после утверждения перечня",
                CycleLink.page("SCHOOL_LISTS", m.id()));
    }

    /** The municipality's own answer in the region's latest campaign of municipalities (001 п.4.2.3). */
    private static CycleCell reported(MunicipalMonitoringStatus s) {
        if (s == null || !s.asked()) {
            return notApplicable(Position.MUNICIPALITY_REPORTED, "мониторинг муниципалитетов в регионе не проводился");
        }
        CycleLink link = new CycleLink("MUNICIPAL_SUBMISSION", null, s.campaignId(), s.municipalityId());
        String campaign = "«" + s.campaignName() + "»: ";
        return switch (s.status()) {
            case ACCEPTED -> cell(Position.MUNICIPALITY_REPORTED, CellState.DONE, null, null, campaign + "данные приняты", link);
            case SUBMITTED -> cell(Position.MUNICIPALITY_REPORTED, CellState.PARTIAL, null, null, campaign + "сдано, на проверке", link);
            case RETURNED -> cell(Position.MUNICIPALITY_REPORTED, CellState.MISSING, null, null, campaign + "возвращено на доработку", link);
            default -> cell(Position.MUNICIPALITY_REPORTED, CellState.MISSING, null, null,
                    campaign + (s.overdue() ? "не сдано, срок прошёл " + DATE.format(s.closesOn()) : "не сдано, срок " + DATE.format(s.closesOn())), link);
        };
    }

    private static CycleCell counted(Position p, long done, long of, String note, CycleLink link) {
        CellState state = done >= of ? CellState.DONE : done > 0 ? CellState.PARTIAL : CellState.MISSING;
        return cell(p, state, done, of, note, link);
    }

    private static CycleCell notApplicable(Position p, String why) {
        return new CycleCell(p, CellState.NOT_APPLICABLE, null, null, CellState.NOT_APPLICABLE.label, why, null, null);
    }

    private static CycleCell cell(Position p, CellState state, Long done, Long of, String note, CycleLink link) {
        String text = done != null && of != null && of > 0 && state != CellState.DONE ? done + " из " + of
                : done != null && of != null && of > 0 ? "выполнено, " + done + " из " + of : state.label;
        return new CycleCell(p, state, done, of, text, note, link, state == CellState.DONE ? null : p.todo);
    }

    // ------------------------------------------------------------------ order and registry

    private static Comparator<CycleRow> order(String sort) {
        String s = sort == null || sort.isBlank() ? "name" : sort.strip();
        boolean descending = s.startsWith("-");
        String key = descending ? s.substring(1) : s;
        Comparator<CycleRow> byName = Comparator.comparing(CycleRow::municipalityName);
        Comparator<CycleRow> c;
        if (key.equals("name")) {
            c = byName;
        } else if (key.equals("total")) {
            c = Comparator.comparingDouble(CycleRow::share).thenComparingDouble(CycleRow::done);
        } else {
            Position p = Arrays.stream(Position.values()).filter(x -> x.key.equals(key)).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("cycle.sortUnknown", key));
            c = Comparator.comparingInt((CycleRow r) -> r.cells().get(p.ordinal()).state().rank())
                    .thenComparingDouble(r -> fraction(r.cells().get(p.ordinal())));
        }
        return (descending ? c.reversed() : c).thenComparing(byName);
    }

    private static double fraction(CycleCell c) {
        return c.done() == null || c.of() == null || c.of() == 0 ? 0 : (double) c.done() / c.of();
    }

    String regionName(long regionId) {
        List<?> found = em.createNativeQuery("select name from region where id = :id").setParameter("id", regionId).getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }

    private Municipality municipality(long id) {
        List<Municipality> found = municipalities(null, id);
        return found.isEmpty() ? null : found.get(0);
    }

    @SuppressWarnings("unchecked")
    List<Municipality> municipalities(Long regionId, Long onlyMunicipality) {
        var query = em.createNativeQuery("""
                select m.id, m.name, r.id as region_id, r.name as region_name, count(s.id)
                from municipality m join region r on r.id = m.region_id left join school s on s.municipality_id = m.id
                where true""" + (regionId == null ? "" : " and m.region_id = :region") + (onlyMunicipality == null ? "" : " and m.id = :m") + """

                group by m.id, r.id order by r.name, m.name""");
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        if (onlyMunicipality != null) {
            query.setParameter("m", onlyMunicipality);
        }
        List<Municipality> found = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            found.add(new Municipality(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).longValue()));
        }
        return found;
    }
}
