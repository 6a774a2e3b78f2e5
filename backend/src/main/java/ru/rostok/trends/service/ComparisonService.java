package ru.rostok.trends.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.rostok.analysis.engine.Position;
import ru.rostok.analysis.service.AnalysisPlacements;
import ru.rostok.analysis.service.AnalysisPlacements.Placement;
import ru.rostok.common.ApiException;
import ru.rostok.common.stats.Interval;
import ru.rostok.control.service.ControlItems;
import ru.rostok.lists.service.ListedSchools;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.service.CampaignService;

/**
 * A campaign's municipalities side by side, from its latest analysis: positions with their intervals, medians and means
 * of the composite and of each category, schools on the approved lists of the year, overdue control items.
 */
@ApplicationScoped
public class ComparisonService {
    static final String METHOD = "Берётся последний анализ кампании. Доли слабых, средних и сильных школ считаются от школ, которым анализ "
            + "определил позицию (школы с недостатком данных в доли не входят); в скобках — 95-процентный интервал Уилсона: при десяти "
            + "школах доля 30 % может на деле быть и 11 %, и 60 %. У композитного индекса и оценок по категориям — медиана и среднее "
            + "с интервалом Стьюдента. Муниципалитеты различаются, только если их интервалы не пересекаются; иначе разница не доказана. "
            + "«В перечнях» — школы в утверждённых перечнях ШНОР и ШНСУ на год, следующий за началом учебного года кампании; "
            + "«просрочено» — пункты дорожных карт и решений на контроле, срок которых прошёл, на сегодня.";
    static final Map<IndicatorCategory, String> TITLES = Map.of(IndicatorCategory.RESULTS, "Результаты", IndicatorCategory.OBJECTIVITY,
            "Объективность", IndicatorCategory.CONTEXT, "Контекст", IndicatorCategory.STAFF, "Кадры", IndicatorCategory.CONDITIONS, "Условия",
            IndicatorCategory.MANAGEMENT, "Управление");
    static final List<String> SORTS = List.of("name", "schools", "weak", "middle", "strong", "composite", "listed", "overdue");

    @Inject
    TrendsPolicy policy;

    @Inject
    CampaignService campaigns;

    @Inject
    AnalysisPlacements analysis;

    @Inject
    ListedSchools lists;

    @Inject
    ControlItems control;

    @Inject
    EntityManager em;

    public ComparisonView compare(long campaignId, String sort) {
        Campaign campaign = campaigns.require(campaignId);
        policy.checkComparison(campaign.region.id);
        Comparator<ComparisonView.Row> order = order(sort);
        AnalysisPlacements.LatestRun run = analysis.latestRuns(List.of(campaign.id)).get(campaign.id);
        if (run == null) {
            throw ApiException.conflict("trends.noAnalysis", campaign.name);
        }
        List<Placement> placed = analysis.placements(List.of(run.runId()));
        Set<IndicatorCategory> present = EnumSet.noneOf(IndicatorCategory.class);
        placed.forEach(p -> present.addAll(p.categories().keySet()));
        List<IndicatorCategory> categories = Arrays.stream(IndicatorCategory.values()).filter(present::contains).toList();

        int listYear = listYear(campaign.academicYear);
        Set<Long> approved = lists.approved(campaign.region.id, listYear).stream().map(ListedSchools.ApprovedList::listId)
                .collect(Collectors.toSet());
        Map<Long, Set<Long>> listed = new HashMap<>();
        for (ListedSchools.Listed l : lists.included(campaign.region.id, listYear)) {
            if (approved.contains(l.listId())) {
                listed.computeIfAbsent(l.municipalityId(), k -> new HashSet<>()).add(l.schoolId());
            }
        }
        LocalDate today = LocalDate.now();
        Map<Long, Long> overdue = new HashMap<>();
        long overdueInRegion = 0;
        for (ControlItems.Item i : control.open()) {
            if (i.overdue() && i.regionId() == campaign.region.id) {
                overdueInRegion++;
                if (i.municipalityId() != null) {
                    overdue.merge(i.municipalityId(), 1L, Long::sum);
                }
            }
        }

        Map<Long, List<Placement>> byMunicipality = placed.stream().collect(Collectors.groupingBy(Placement::municipalityId));
        Map<Long, String> names = municipalityNames(campaign.region.id);
        Long only = policy.onlyMunicipality();
        List<ComparisonView.Row> rows = new ArrayList<>();
        int hidden = 0;
        for (Map.Entry<Long, List<Placement>> e : byMunicipality.entrySet()) {
            if (only != null && !only.equals(e.getKey())) {
                hidden++;
                continue;
            }
            rows.add(row(e.getKey(), names.getOrDefault(e.getKey(), "—"), e.getValue(), categories,
                    listed.getOrDefault(e.getKey(), Set.of()).size(), overdue.getOrDefault(e.getKey(), 0L).intValue()));
        }
        if (only != null && !byMunicipality.containsKey(only)) {
            rows.add(row(only, names.getOrDefault(only, "—"), List.of(), categories, listed.getOrDefault(only, Set.of()).size(),
                    overdue.getOrDefault(only, 0L).intValue()));
        }
        rows.sort(order);
        ComparisonView.Row region = row(null, "Всего по субъекту: " + campaign.region.name, placed, categories,
                listed.values().stream().mapToInt(Set::size).sum(), (int) overdueInRegion);
        return new ComparisonView(campaign.id, campaign.name, campaign.academicYear, campaign.region.id, campaign.region.name, run.runId(),
                run.createdAt(), listYear, today, categories.stream().map(c -> new ComparisonView.Category(c.name(), TITLES.get(c))).toList(),
                rows, region, hidden, sort == null || sort.isBlank() ? "name" : sort.strip(), METHOD);
    }

    static ComparisonView.Row row(Long municipalityId, String name, List<Placement> schools, List<IndicatorCategory> categories,
                                  int listed, int overdue) {
        int weak = count(schools, Position.WEAK);
        int middle = count(schools, Position.MIDDLE);
        int strong = count(schools, Position.STRONG);
        int positioned = weak + middle + strong;
        List<ComparisonView.Score> scores = categories.stream()
                .map(c -> score(c.name(), schools.stream().map(p -> p.categories().get(c)).filter(v -> v != null).toList())).toList();
        return new ComparisonView.Row(municipalityId, name, schools.size(), positioned, share(weak, positioned), share(middle, positioned),
                share(strong, positioned), weak, middle, strong, count(schools, Position.INSUFFICIENT_DATA),
                score("composite", schools.stream().map(Placement::composite).filter(v -> v != null).toList()), scores, listed, overdue);
    }

    private static int count(List<Placement> schools, Position p) {
        return (int) schools.stream().filter(s -> s.position() == p).count();
    }

    private static Interval share(int of, int total) {
        Interval i = Interval.wilson(of, total);
        return i == null ? null : i.rounded(1);
    }

    static ComparisonView.Score score(String key, List<Double> values) {
        Spread spread = Spread.of(values);
        Interval mean = Interval.mean(values);
        return new ComparisonView.Score(key, spread == null ? null : spread.median(), mean == null ? null : mean.rounded(2), values.size());
    }

    /** «2020/2021» → 2021: the list drawn up after the campaign is the one for the year its school year ends. */
    static int listYear(String academicYear) {
        String[] parts = academicYear.split("/");
        return Integer.parseInt(parts[parts.length - 1].strip());
    }

    private static Comparator<ComparisonView.Row> order(String sort) {
        String s = sort == null || sort.isBlank() ? "name" : sort.strip();
        boolean descending = s.startsWith("-");
        String key = descending ? s.substring(1) : s;
        Comparator<ComparisonView.Row> byName = Comparator.comparing(ComparisonView.Row::name);
        Function<ComparisonView.Row, Double> value = switch (key) {
            case "name" -> null;
            case "schools" -> r -> (double) r.schools();
            case "weak" -> r -> r.weak() == null ? null : r.weak().estimate();
            case "middle" -> r -> r.middle() == null ? null : r.middle().estimate();
            case "strong" -> r -> r.strong() == null ? null : r.strong().estimate();
            case "composite" -> r -> r.composite().median();
            case "listed" -> r -> (double) r.listed();
            case "overdue" -> r -> (double) r.overdue();
            default -> {
                IndicatorCategory c = Arrays.stream(IndicatorCategory.values()).filter(x -> x.name().equalsIgnoreCase(key)).findFirst()
                        .orElseThrow(() -> ApiException.invalid("sort", "trends.sortUnknown", key));
                yield r -> r.categories().stream().filter(x -> x.key().equals(c.name())).findFirst().map(ComparisonView.Score::median).orElse(null);
            }
        };
        if (value == null) {
            return descending ? byName.reversed() : byName;
        }
        Comparator<ComparisonView.Row> c = Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder()));
        // rows without a number go last either way
        Comparator<ComparisonView.Row> directed = descending ? c.reversed() : Comparator.comparing(value, Comparator.nullsLast(Comparator.naturalOrder()));
        return directed.thenComparing(byName);
    }

    private Map<Long, String> municipalityNames(long regionId) {
        List<?> rows = em.createNativeQuery("select id, name from municipality where region_id = :r").setParameter("r", regionId).getResultList();
        return rows.stream().map(r -> (Object[]) r).collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> (String) r[1]));
    }
}
