package ru.rostok.effect.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.common.ApiException;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.service.SchoolListService;
import ru.rostok.lists.service.SchoolListService.ApprovedEntry;
import ru.rostok.monitoring.service.HandedInValues;
import ru.rostok.monitoring.service.HandedInValues.AskedIndicator;
import ru.rostok.monitoring.service.HandedInValues.CampaignValue;
import ru.rostok.monitoring.service.HandedInValues.RunCampaign;
import ru.rostok.monitoring.service.IndicatorService;
import ru.rostok.partnership.Partnership;
import ru.rostok.partnership.service.PartnershipService;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.service.MunicipalityService;

/**
 * Did the support help: the supported schools' change on each target indicator from the last campaign before support
 * began to the latest one, against the change of comparable schools without support (difference in differences).
 * Each subject's own service decides whether the caller sees it; schools are named only where the caller sees them.
 */
@ApplicationScoped
public class EffectService {
    /** Schools with values on both campaigns needed on each side for a verdict. */
    public static final int MIN_SCHOOLS = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final String METHOD = "Для каждого показателя берутся две кампании мониторинга: «до» — последняя закрытая или опубликованная "
            + "перед началом поддержки, «после» — последняя по времени. Сравниваются только школы, у которых есть значения в обеих "
            + "кампаниях; значения, рассчитанные на выборке меньше минимальной для показателя, не учитываются. Для поддержанных школ и "
            + "для школ сравнения считается среднее изменение показателя; «разница в разницах» — насколько изменение у поддержанных "
            + "школ больше (или меньше) изменения у школ сравнения. В скобках — 95-процентный доверительный интервал (по Уэлчу, без "
            + "предположения о равном разбросе в группах): если бы сравнение повторяли на других таких же школах, подобный интервал "
            + "накрывал бы истинную разницу в 95 случаях из 100. Вывод «лучше сравнения» или «хуже сравнения» делается, только если "
            + "весь интервал лежит по одну сторону от нуля с учётом того, что для показателя лучше — рост или снижение, и только если "
            + "с каждой стороны не меньше " + MIN_SCHOOLS + " школ; иначе — «разница не доказана» или причина, по которой вывода нет.";

    @Inject
    SchoolListService lists;

    @Inject
    RoadmapService roadmaps;

    @Inject
    PartnershipService partnerships;

    @Inject
    SchoolService schools;

    @Inject
    MunicipalityService municipalities;

    @Inject
    HandedInValues values;

    @Inject
    IndicatorService indicators;

    @Inject
    AnalysisService analysis;

    /** Who was supported and since when, what to measure, and why there may be nothing to measure. */
    record Support(String kind, long id, String title, long regionId, Map<Long, LocalDate> starts, String startText,
                   Collection<String> targetCodes, EffectView.Exits exits, String reason) {
        LocalDate start() {
            return starts.values().stream().min(LocalDate::compareTo).orElse(null);
        }
    }

    public EffectView ofList(long id, Long indicatorId) {
        SchoolList list = lists.require(id);
        List<ApprovedEntry> entries = lists.approvedEntries(list.region.id);
        Map<Long, LocalDate> starts = new LinkedHashMap<>();
        boolean approved = list.status == SchoolList.Status.APPROVED && list.orderDate != null;
        lists.includedSchools(list.id).forEach(s -> starts.put(s, approved ? list.orderDate : null));
        EffectView.Exits exits = exits(entries, e -> e.kind() == list.kind, starts.keySet(), list.year);
        String reason = !approved ? "Перечень не утверждён приказом: поддержка по нему ещё не началась."
                : starts.isEmpty() ? "В перечне нет школ." : null;
        return estimate(new Support("LIST", list.id, list.title, list.region.id, approved ? starts : Map.of(),
                approved ? "приказ № " + list.orderNumber + " от " + list.orderDate.format(DATE) + " об утверждении перечня" : null,
                List.of(), exits, reason), entries, indicatorId);
    }

    public EffectView ofRoadmap(long id, Long indicatorId) {
        Roadmap roadmap = roadmaps.require(id);
        List<ApprovedEntry> entries = lists.approvedEntries(roadmap.region.id);
        LocalDate start = roadmap.status.approved() ? roadmap.documentDate() : null;
        Set<Long> supported = new LinkedHashSet<>();
        if (roadmap.level == RoadmapLevel.SCHOOL || roadmap.level == RoadmapLevel.PARTNERSHIP) {
            if (roadmap.school != null) {
                supported.add(roadmap.school.id);
            }
        } else {
            Long municipality = roadmap.level == RoadmapLevel.MUNICIPALITY && roadmap.municipality != null ? roadmap.municipality.id : null;
            entries.stream().filter(e -> e.included() && (municipality == null || e.municipalityId() == municipality))
                    .forEach(e -> supported.add(e.schoolId()));
        }
        Map<Long, LocalDate> starts = new LinkedHashMap<>();
        if (start != null) {
            supported.forEach(s -> starts.put(s, start));
        }
        String reason = start == null ? "Дорожная карта не утверждена: поддержка по ней ещё не началась."
                : supported.isEmpty() ? "У дорожной карты нет поддержанных школ: ни своей школы, ни школ из утверждённых перечней." : null;
        String startText = start == null ? null : roadmap.approvalDate != null
                ? "утверждение дорожной карты " + roadmap.approvalDate.format(DATE) : "начало периода дорожной карты " + start.format(DATE);
        Collection<String> targets = indicators.codesOf(roadmaps.targetIndicatorIds(roadmap.id)).values();
        return estimate(new Support("ROADMAP", roadmap.id, roadmap.title, roadmap.region.id, starts, startText, targets,
                exits(entries, e -> supported.contains(e.schoolId()), supported, null), reason), entries, indicatorId);
    }

    public EffectView ofPartnership(long id, Long indicatorId) {
        Partnership p = partnerships.require(id);
        List<ApprovedEntry> entries = lists.approvedEntries(p.region.id);
        Map<Long, LocalDate> starts = p.agreementDate == null ? Map.of() : Map.of(p.weakSchool.id, p.agreementDate);
        return estimate(new Support("PARTNERSHIP", p.id, p.weakSchool.shortName + " — " + p.partnerSchool.shortName, p.region.id, starts,
                p.agreementDate == null ? null : "соглашение о партнёрстве № " + p.agreementNumber + " от " + p.agreementDate.format(DATE),
                List.of(), exits(entries, e -> e.schoolId() == p.weakSchool.id, Set.of(p.weakSchool.id), null),
                p.agreementDate == null ? "Соглашение о партнёрстве ещё не заключено: поддержка не началась." : null), entries, indicatorId);
    }

    public EffectView ofSchool(long id, Long indicatorId) {
        School school = schools.require(id);
        long region = school.municipality.region.id;
        List<ApprovedEntry> entries = lists.approvedEntries(region);
        List<LocalDate> candidates = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        entries.stream().filter(e -> e.schoolId() == school.id && e.included() && e.orderDate() != null).map(ApprovedEntry::orderDate)
                .min(LocalDate::compareTo).ifPresent(d -> { candidates.add(d); sources.add("перечень, приказ от " + d.format(DATE)); });
        LocalDate plan = roadmaps.schoolPlanStarts(List.of(school.id)).get(school.id);
        if (plan != null) {
            candidates.add(plan);
            sources.add("дорожная карта школы с " + plan.format(DATE));
        }
        LocalDate agreement = partnerships.agreementStarts(List.of(school.id)).get(school.id);
        if (agreement != null) {
            candidates.add(agreement);
            sources.add("соглашение о партнёрстве от " + agreement.format(DATE));
        }
        LocalDate start = candidates.stream().min(LocalDate::compareTo).orElse(null);
        return estimate(new Support("SCHOOL", school.id, school.shortName, region, start == null ? Map.of() : Map.of(school.id, start),
                start == null ? null : "самое раннее из: " + String.join("; ", sources), List.of(),
                exits(entries, e -> e.schoolId() == school.id, Set.of(school.id), null),
                start == null ? "Школа не получала поддержки: её нет в утверждённых перечнях, нет утверждённой дорожной карты и соглашения о партнёрстве." : null),
                entries, indicatorId);
    }

    public EffectView ofMunicipality(long id, Long indicatorId) {
        Municipality m = municipalities.require(id);
        List<ApprovedEntry> entries = lists.approvedEntries(m.region.id);
        Map<Long, LocalDate> starts = new LinkedHashMap<>();
        entries.stream().filter(e -> e.included() && e.municipalityId() == m.id && e.orderDate() != null)
                .forEach(e -> starts.merge(e.schoolId(), e.orderDate(), (a, b) -> a.isBefore(b) ? a : b));
        LocalDate start = starts.values().stream().min(LocalDate::compareTo).orElse(null);
        return estimate(new Support("MUNICIPALITY", m.id, m.name, m.region.id, starts,
                start == null ? null : "самый ранний приказ об утверждении перечня со школами муниципалитета, " + start.format(DATE), List.of(),
                exits(entries, e -> e.municipalityId() == m.id, null, null),
                starts.isEmpty() ? "Ни одна школа муниципалитета не входит в утверждённый перечень." : null), entries, indicatorId);
    }

    private EffectView estimate(Support support, List<ApprovedEntry> entries, Long indicatorId) {
        LocalDate start = support.start();
        if (support.reason() != null || start == null) {
            return empty(support, null, null, support.reason());
        }
        List<RunCampaign> campaigns = values.runCampaignsAsking(support.regionId(), support.starts().keySet());
        RunCampaign before = campaigns.stream().filter(c -> c.closesOn().isBefore(start)).reduce((a, b) -> b).orElse(null);
        RunCampaign after = campaigns.isEmpty() || campaigns.get(campaigns.size() - 1).closesOn().isBefore(start) ? null
                : campaigns.get(campaigns.size() - 1);
        if (before == null) {
            return empty(support, null, ref(after), "До начала поддержки (" + start.format(DATE)
                    + ") не было закрытой или опубликованной кампании мониторинга с этими школами: не с чем сравнить.");
        }
        if (after == null) {
            return empty(support, ref(before), null, "После начала поддержки (" + start.format(DATE)
                    + ") ещё не было закрытой или опубликованной кампании мониторинга с этими школами.");
        }
        Set<Long> supported = support.starts().keySet();
        Map<Long, Set<Long>> asked = values.schoolsAskedBy(List.of(before.id(), after.id()));
        Set<Long> listed = entries.stream().filter(ApprovedEntry::included).map(ApprovedEntry::schoolId).collect(Collectors.toSet());
        Set<Long> pool = new LinkedHashSet<>(asked.getOrDefault(before.id(), Set.of()));
        pool.retainAll(asked.getOrDefault(after.id(), Set.of()));
        pool.removeAll(supported);
        pool.removeAll(listed);
        Comparison comparison = comparison(pool, supported, before);

        List<AskedIndicator> askedIndicators = values.askedIn(List.of(before.id(), after.id()));
        Map<String, AskedIndicator> inAfter = new LinkedHashMap<>();
        Set<String> inBefore = new LinkedHashSet<>();
        for (AskedIndicator a : askedIndicators) {
            if (a.campaignId() == after.id()) {
                inAfter.putIfAbsent(a.code(), a);
            } else {
                inBefore.add(a.code());
            }
        }
        List<String> codes = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>(support.targetCodes());
        inAfter.values().stream().filter(a -> inBefore.contains(a.code()))
                .filter(a -> targets.isEmpty() ? !"CONTEXT".equals(a.direction()) : targets.contains(a.code())).forEach(a -> codes.add(a.code()));
        String chosen = null;
        if (indicatorId != null) {
            chosen = indicators.codesOf(List.of(indicatorId)).get(indicatorId);
            if (chosen == null || !inAfter.containsKey(chosen) || !inBefore.contains(chosen)) {
                throw ApiException.invalid("indicatorId", "effect.indicatorNotAsked");
            }
            if (!codes.contains(chosen)) {
                codes.add(0, chosen);
            }
        }
        Map<Long, Map<Long, Map<String, CampaignValue>>> byCampaign = new HashMap<>();
        for (CampaignValue v : values.inCampaigns(List.of(before.id(), after.id()), codes)) {
            byCampaign.computeIfAbsent(v.campaignId(), k -> new HashMap<>()).computeIfAbsent(v.schoolId(), k -> new HashMap<>()).put(v.code(), v);
        }
        List<EffectView.Row> rows = new ArrayList<>();
        for (String code : codes) {
            rows.add(row(inAfter.get(code), byCampaign.getOrDefault(before.id(), Map.of()), byCampaign.getOrDefault(after.id(), Map.of()),
                    supported, comparison.schools()));
        }
        EffectView.Path path = codes.isEmpty() ? null
                : path(inAfter.get(chosen != null ? chosen : codes.get(0)), campaigns, support.starts(), comparison.schools());
        return new EffectView(support.kind(), support.id(), support.title(), start, support.startText(), supported.size(), ref(before),
                ref(after), comparison.text(), comparison.schools().size(), METHOD,
                codes.isEmpty() ? "Кампании «до» и «после» не спрашивали общих целевых показателей." : null, rows, path, support.exits());
    }

    private record Comparison(Set<Long> schools, String text) {
    }

    /** Unsupported schools asked by both campaigns, in the supported schools' context clusters when enough of them are there. */
    private Comparison comparison(Set<Long> pool, Set<Long> supported, RunCampaign before) {
        String who = "Школы того же региона, которые не входят ни в один утверждённый перечень и не поддержаны "
                + "этой мерой, участвовавшие в обеих кампаниях";
        var clusters = analysis.latestClusters(before.id());
        if (clusters.isEmpty()) {
            return new Comparison(pool, who + " (" + pool.size() + "). Анализ кампании «" + before.name()
                    + "» не проводился, кластеры по контексту неизвестны, поэтому сравнение не сужено до похожих школ.");
        }
        Map<Long, Integer> bySchool = clusters.get().bySchool();
        Set<Integer> theirs = new TreeMap<Integer, Boolean>(supported.stream().filter(bySchool::containsKey)
                .collect(Collectors.toMap(bySchool::get, s -> true, (a, b) -> a))).keySet();
        Set<Long> same = pool.stream().filter(s -> theirs.contains(bySchool.get(s))).collect(Collectors.toCollection(LinkedHashSet::new));
        String run = "анализ кампании «" + before.name() + "» от " + clusters.get().runAt().toLocalDate().format(DATE);
        String numbers = theirs.stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (same.size() >= MIN_SCHOOLS) {
            return new Comparison(same, who + ", из тех же кластеров по контексту (" + (theirs.size() == 1 ? "кластер " : "кластеры ")
                    + numbers + "; " + run + "): " + same.size() + ".");
        }
        return new Comparison(pool, who + ". В тех же кластерах по контексту (" + numbers + "; " + run + ") таких школ только "
                + same.size() + " — меньше " + MIN_SCHOOLS + ", поэтому сравнение расширено до всех таких школ региона: " + pool.size() + ".");
    }

    private static EffectView.Row row(AskedIndicator indicator, Map<Long, Map<String, CampaignValue>> before,
                                      Map<Long, Map<String, CampaignValue>> after, Set<Long> supported, Set<Long> comparison) {
        Changes s = changes(indicator.code(), before, after, supported);
        Changes c = changes(indicator.code(), before, after, comparison);
        Double did = null;
        Double low = null;
        Double high = null;
        if (s.changes.size() >= 2 && c.changes.size() >= 2) {
            Did d = Did.of(s.changes, c.changes);
            did = round(d.estimate());
            low = round(d.low());
            high = round(d.high());
        }
        String verdict;
        String reason = null;
        boolean lowerBetter = "LOWER_BETTER".equals(indicator.direction());
        if ("CONTEXT".equals(indicator.direction())) {
            verdict = "NONE";
            reason = "Контекстный показатель: у него нет лучшей стороны, вывод не делается.";
        } else if (s.changes.size() < MIN_SCHOOLS || c.changes.size() < MIN_SCHOOLS) {
            verdict = "NONE";
            reason = "Мало школ со значениями в обеих кампаниях: поддержанных — " + s.changes.size() + ", для сравнения — " + c.changes.size()
                    + "; для вывода нужно не меньше " + MIN_SCHOOLS + " с каждой стороны." + s.dropped("поддержанных") + c.dropped("сравнения");
        } else if (lowerBetter ? high < 0 : low > 0) {
            verdict = "BETTER";
        } else if (lowerBetter ? low > 0 : high < 0) {
            verdict = "WORSE";
        } else {
            verdict = "NOT_PROVEN";
        }
        String text = switch (verdict) {
            case "BETTER" -> "лучше сравнения";
            case "WORSE" -> "хуже сравнения";
            case "NOT_PROVEN" -> "разница не доказана";
            default -> null;
        };
        return new EffectView.Row(indicator.indicatorId(), indicator.code(), indicator.name(), indicator.unit(), indicator.direction(),
                s.side(), c.side(), did, low, high, verdict, text, reason);
    }

    /** Each school's change from before to after, of those with a usable value on both campaigns. */
    private static final class Changes {
        final List<Double> before = new ArrayList<>();
        final List<Double> after = new ArrayList<>();
        final List<Double> changes = new ArrayList<>();
        int belowSample;

        EffectView.Side side() {
            return changes.isEmpty() ? new EffectView.Side(0, null, null, null)
                    : new EffectView.Side(changes.size(), round(Did.mean(before)), round(Did.mean(after)), round(Did.mean(changes)));
        }

        String dropped(String side) {
            return belowSample == 0 ? "" : " У " + side + " не учтено значений с выборкой меньше минимальной: " + belowSample + ".";
        }
    }

    private static Changes changes(String code, Map<Long, Map<String, CampaignValue>> before, Map<Long, Map<String, CampaignValue>> after,
                                   Set<Long> schools) {
        Changes c = new Changes();
        for (long school : schools) {
            CampaignValue b = before.getOrDefault(school, Map.of()).get(code);
            CampaignValue a = after.getOrDefault(school, Map.of()).get(code);
            if (b != null && !b.judged() || a != null && !a.judged()) {
                c.belowSample++;
            } else if (a != null && b != null) {
                c.before.add(b.value());
                c.after.add(a.value());
                c.changes.add(a.value() - b.value());
            }
        }
        return c;
    }

    /** The indicator over every campaign: the supported schools the caller may see, the medians of both groups. */
    private EffectView.Path path(AskedIndicator indicator, List<RunCampaign> campaigns, Map<Long, LocalDate> starts, Set<Long> comparison) {
        List<Long> ids = campaigns.stream().map(RunCampaign::id).toList();
        Map<Long, Map<Long, Double>> byCampaign = new HashMap<>();
        for (CampaignValue v : values.inCampaigns(ids, List.of(indicator.code()))) {
            if (v.judged()) {
                byCampaign.computeIfAbsent(v.campaignId(), k -> new HashMap<>()).put(v.schoolId(), v.value());
            }
        }
        Map<Long, String> names = schools.namesSeen(starts.keySet());
        List<EffectView.SchoolPath> paths = new ArrayList<>();
        starts.forEach((school, start) -> {
            if (names.containsKey(school)) {
                paths.add(new EffectView.SchoolPath(school, names.get(school), start,
                        ids.stream().map(c -> byCampaign.getOrDefault(c, Map.of()).get(school)).toList()));
            }
        });
        paths.sort((a, b) -> a.schoolName().compareTo(b.schoolName()));
        List<Double> supportedMedian = new ArrayList<>();
        List<Double> comparisonMedian = new ArrayList<>();
        for (long c : ids) {
            Map<Long, Double> v = byCampaign.getOrDefault(c, Map.of());
            supportedMedian.add(round(Did.median(starts.keySet().stream().filter(v::containsKey).map(v::get).toList())));
            comparisonMedian.add(round(Did.median(comparison.stream().filter(v::containsKey).map(v::get).toList())));
        }
        return new EffectView.Path(indicator.indicatorId(), indicator.code(), indicator.name(), indicator.unit(), indicator.direction(),
                campaigns.stream().map(EffectService::ref).toList(), paths, starts.size() - paths.size(), supportedMedian, comparisonMedian);
    }

    /**
     * Who left the lists and after how many years on them: a school leaves when the next year's approved list of the same
     * kind exists and does not include it (the carry-over keeps it until the rule has not held for the list's exit years).
     */
    static EffectView.Exits exits(List<ApprovedEntry> entries, Predicate<ApprovedEntry> which, Set<Long> schools, Integer fromYear) {
        Map<String, Map<Integer, Set<Long>>> included = new HashMap<>();
        Map<String, Set<Integer>> years = new HashMap<>();
        Set<Long> considered = new LinkedHashSet<>();
        for (ApprovedEntry e : entries) {
            if (!which.test(e)) {
                continue;
            }
            years.computeIfAbsent(e.kind().name(), k -> new java.util.TreeSet<>()).add(e.year());
            if (e.included()) {
                included.computeIfAbsent(e.kind().name(), k -> new HashMap<>()).computeIfAbsent(e.year(), k -> new java.util.HashSet<>())
                        .add(e.schoolId());
            }
        }
        TreeMap<Integer, Integer> afterYears = new TreeMap<>();
        int left = 0;
        Set<Long> listed = new LinkedHashSet<>();
        for (var kind : included.entrySet()) {
            Set<Integer> listYears = years.get(kind.getKey());
            Set<Long> kindSchools = kind.getValue().values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            for (long school : kindSchools) {
                if (schools != null && !schools.contains(school)) {
                    continue;
                }
                Integer runStart = null;
                for (int year : listYears) {
                    boolean on = kind.getValue().getOrDefault(year, Set.of()).contains(school);
                    if (on && runStart == null) {
                        runStart = year;
                    } else if (!on && runStart != null) {
                        if (fromYear == null || runStart <= fromYear && year > fromYear) {
                            left++;
                            afterYears.merge(year - runStart, 1, Integer::sum);
                        }
                        runStart = null;
                    }
                    if (runStart != null && !listYears.contains(year + 1)) {
                        runStart = null; // no list the next year: whether it stayed is not known
                    }
                }
                if (fromYear == null || kind.getValue().getOrDefault(fromYear, Set.of()).contains(school)) {
                    listed.add(school);
                }
            }
        }
        considered.addAll(listed);
        List<EffectView.ExitCount> counts = afterYears.entrySet().stream().map(e -> new EffectView.ExitCount(e.getKey(), e.getValue())).toList();
        String text;
        if (considered.isEmpty()) {
            text = "Школ в утверждённых перечнях нет.";
        } else if (left == 0) {
            text = "Из " + considered.size() + " " + schoolsWord(considered.size()) + " в перечнях ни одна пока не вышла.";
        } else {
            text = "Из " + considered.size() + " " + schoolsWord(considered.size()) + " в перечнях вышли " + left + ": "
                    + counts.stream().map(c -> "после " + c.years() + " " + ru.rostok.lists.RuleSnapshot.years(c.years()) + " в перечне — " + c.schools())
                            .collect(Collectors.joining(", ")) + ".";
        }
        return new EffectView.Exits(considered.size(), left, counts, text);
    }

    private static String schoolsWord(int n) {
        int m100 = n % 100;
        int m10 = n % 10;
        return m100 >= 11 && m100 <= 14 ? "школ" : m10 == 1 ? "школы" : "школ";
    }

    private EffectView empty(Support support, EffectView.CampaignRef before, EffectView.CampaignRef after, String reason) {
        return new EffectView(support.kind(), support.id(), support.title(), support.start(), support.startText(), support.starts().size(),
                before, after, null, 0, METHOD, reason, List.of(), null, support.exits());
    }

    private static EffectView.CampaignRef ref(RunCampaign c) {
        return c == null ? null : new EffectView.CampaignRef(c.id(), c.name(), c.academicYear(), c.closesOn());
    }

    private static Double round(Double x) {
        return x == null ? null : Math.round(x * 100) / 100.0;
    }
}
