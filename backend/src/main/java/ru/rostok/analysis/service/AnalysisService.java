package ru.rostok.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import ru.rostok.audit.AuditLog;
import ru.rostok.analysis.AnalysisRun;
import ru.rostok.analysis.RunSummary;
import ru.rostok.analysis.engine.AnalysisData;
import ru.rostok.analysis.engine.AnalysisEngine;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.engine.ContextClusters;
import ru.rostok.analysis.engine.Position;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.stats.Interval;
import ru.rostok.monitoring.ValueType;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.service.CampaignService;
import ru.rostok.security.Scope;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.monitoring.service.MonitoringPolicy;

/** Runs the analysis of a campaign and answers what a run found, each school within the caller's scope only. */
@ApplicationScoped
public class AnalysisService {
    private static final Logger LOG = Logger.getLogger(AnalysisService.class);
    private static final Map<String, String> SORT = Map.of("rank", "a.rank_overall", "composite", "a.composite", "name", "s.short_name",
            "municipality", "m.name", "cluster", "a.cluster");

    @Inject
    Scope scope;

    @Inject
    MonitoringPolicy monitoringPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    CampaignService campaigns;

    @Inject
    AnalysisStore store;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    AuditLog audit;

    @Transactional
    public AnalysisRunView run(long campaignId, AnalysisSettings requested) {
        Campaign campaign = campaigns.require(campaignId);
        scope.require(monitoringPolicy.mayManageCampaignOf(campaign.region, campaign.municipality),
                "analysis.runForbidden");
        if (campaign.status == CampaignStatus.DRAFT) {
            throw ApiException.conflict("analysis.campaignNotOpen");
        }
        if (campaign.respondent != Respondent.SCHOOL) {
            throw ApiException.conflict("analysis.municipalCampaign");
        }
        AnalysisSettings settings = validate(requested == null ? AnalysisSettings.defaults() : requested.withDefaults());
        AnalysisRun run = record(campaign, settings, scope.username());
        audit.created("AnalysisRun", run.id, "Анализ: " + campaign.name, campaign.region.id, Map.of("settings", run.settings,
                "dataVersion", run.dataVersion, "schools", run.schools, "ranked", run.ranked));
        return view(run, campaign, run.dataStamp);
    }

    /** Runs the analysis of a campaign as the given actor, with no caller to check: the demo's runs, and the checked one above. */
    @Transactional
    public AnalysisRun record(Campaign campaign, AnalysisSettings settings, String actor) {
        long started = System.nanoTime();
        String stamp = store.stamp(campaign.id, settings.acceptedOnly());
        AnalysisData data = store.load(campaign.id, settings.acceptedOnly());
        long loaded = System.nanoTime();
        AnalysisResult result = AnalysisEngine.run(data, settings);
        long computed = System.nanoTime();
        AnalysisRun run = new AnalysisRun();
        run.campaignId = campaign.id;
        run.settings = result.settings();
        run.dataVersion = data.version();
        run.dataStamp = stamp;
        run.schools = data.schools().size();
        run.ranked = (int) result.schools().stream().filter(s -> s.rank() != null).count();
        run.summary = summary(data, result);
        run.createdBy = actor;
        run.createdAt = OffsetDateTime.now();
        run.persist();
        em.flush();
        store.saveSchools(run.id, data, result);
        LOG.infof("Analysis of campaign %d: %d schools × %d indicators; load %d ms, compute %d ms, save %d ms", campaign.id,
                data.schools().size(), data.indicators().size(), (loaded - started) / 1_000_000, (computed - loaded) / 1_000_000,
                (System.nanoTime() - computed) / 1_000_000);
        return run;
    }

    private static AnalysisSettings validate(AnalysisSettings s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.clusters() < 1 || s.clusters() > 12) {
            errors.add(FieldError.field("clusters", "analysis.clustersRange"));
        }
        if (s.weakShare() < 0 || s.weakShare() > 0.5) {
            errors.add(FieldError.field("weakShare", "analysis.weakShareRange"));
        }
        if (s.strongShare() < 0 || s.strongShare() > 0.5) {
            errors.add(FieldError.field("strongShare", "analysis.strongShareRange"));
        }
        if (s.minIndicators() < 1) {
            errors.add(FieldError.field("minIndicators", "analysis.minReliable"));
        }
        s.weights().forEach((c, w) -> {
            if (w == null || w < 0 || w > 100) {
                errors.add(FieldError.field("weights." + c, "analysis.categoryWeightRange"));
            }
        });
        if (s.weights().values().stream().allMatch(w -> w == null || w <= 0)) {
            errors.add(FieldError.field("weights", "analysis.categoryWeightPositive"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return s;
    }

    private static RunSummary summary(AnalysisData data, AnalysisResult result) {
        List<RunSummary.IndicatorRef> indicators = data.indicators().stream().map(i -> new RunSummary.IndicatorRef(i.id(), i.code(), i.name(),
                i.unit(), i.category(), i.direction(), i.minSample(), i.valueType())).toList();
        Map<String, Map<IndicatorCategory, double[]>> sums = new LinkedHashMap<>();
        IndicatorCategory[] categories = IndicatorCategory.values();
        for (AnalysisResult.SchoolResult s : result.schools()) {
            for (String key : List.of("all", String.valueOf(s.cluster()))) {
                Map<IndicatorCategory, double[]> bucket = sums.computeIfAbsent(key, k -> new EnumMap<>(IndicatorCategory.class));
                for (IndicatorCategory c : categories) {
                    double v = s.categories()[c.ordinal()];
                    if (!Double.isNaN(v)) {
                        double[] acc = bucket.computeIfAbsent(c, k -> new double[2]);
                        acc[0] += v;
                        acc[1]++;
                    }
                }
            }
        }
        Map<String, Map<IndicatorCategory, Double>> means = new LinkedHashMap<>();
        sums.forEach((key, bucket) -> {
            Map<IndicatorCategory, Double> m = new EnumMap<>(IndicatorCategory.class);
            bucket.forEach((c, acc) -> m.put(c, Math.round(acc[0] / acc[1] * 10_000) / 10_000.0));
            means.put(key, m);
        });
        return new RunSummary(indicators, result.clusters(), result.clusterFeatures(), result.distributions(), result.positions(), means);
    }

    public List<AnalysisRunSummaryView> runs(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        return AnalysisRun.<AnalysisRun>list("campaignId = ?1 order by createdAt desc, id desc", campaign.id).stream()
                .map(r -> new AnalysisRunSummaryView(r.id, r.campaignId, r.settings.comparison(), r.dataVersion, r.schools, r.ranked,
                        r.summary.positions(), r.createdBy, r.createdAt)).toList();
    }

    /** The context clusters of the latest run of a campaign: the run and each school's cluster, or empty when none was run. */
    public record Clusters(long runId, java.time.OffsetDateTime runAt, Map<Long, Integer> bySchool) {
    }

    public java.util.Optional<Clusters> latestClusters(long campaignId) {
        AnalysisRun run = AnalysisRun.<AnalysisRun>find("campaignId = ?1 order by createdAt desc, id desc", campaignId).firstResult();
        if (run == null) {
            return java.util.Optional.empty();
        }
        Map<Long, Integer> clusters = new java.util.HashMap<>();
        List<?> rows = em.createNativeQuery("select school_id, cluster from analysis_school where run_id = :run")
                .setParameter("run", run.id).getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> clusters.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return java.util.Optional.of(new Clusters(run.id, run.createdAt, clusters));
    }

    public AnalysisRun requireRun(long runId) {
        AnalysisRun run = AnalysisRun.<AnalysisRun>findByIdOptional(runId)
                .filter(r -> campaigns.visible(r.campaignId).isPresent())
                .orElseThrow(() -> ApiException.notFound("analysis.notFound", runId));
        return run;
    }

    /** A run the caller sees of a campaign of the given region: what a recommendation or a partnership there may rest on. */
    public java.util.Optional<AnalysisRun> runOfRegion(long runId, long regionId) {
        return AnalysisRun.<AnalysisRun>findByIdOptional(runId)
                .filter(r -> campaigns.visible(r.campaignId).filter(c -> c.region.id.equals(regionId)).isPresent());
    }

    /** A strong school of a run: where it stands, and its standardised scores in the order of the run's indicators. */
    public record StrongSchool(long schoolId, String schoolName, long municipalityId, String municipalityName, int cluster,
                               Integer rank, Double composite, Double[] scores) {
    }

    /**
     * The strong schools of a run but one, among those the filter admits; the filter's SQL names the school {@code s}
     * and its municipality {@code m}.
     */
    public List<StrongSchool> strongSchools(long runId, long exceptSchoolId, Scope.Filter filter) {
        Query query = em.createNativeQuery("""
                select a.school_id, s.short_name, a.municipality_id, m.name, a.cluster, a.rank_overall, a.composite, a.scores
                from analysis_school a join school s on s.id = a.school_id join municipality m on m.id = a.municipality_id
                where a.run_id = :run and a.position = 'STRONG' and a.school_id <> :school and\s""" + filter.jpql())
                .setParameter("run", runId).setParameter("school", exceptSchoolId);
        filter.params().forEach(query::setParameter);
        List<StrongSchool> strong = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            strong.add(new StrongSchool(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                    ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).intValue(),
                    r[6] == null ? null : ((Number) r[6]).doubleValue(), AnalysisStore.numbers(r[7])));
        }
        return strong;
    }

    public AnalysisRunView get(long runId) {
        AnalysisRun run = requireRun(runId);
        Campaign campaign = campaigns.require(run.campaignId);
        return view(run, campaign, store.stamp(campaign.id, run.settings.acceptedOnly()));
    }

    private static AnalysisRunView view(AnalysisRun run, Campaign campaign, String currentStamp) {
        RunSummary s = run.summary;
        return new AnalysisRunView(run.id, campaign.id, campaign.name, campaign.academicYear, run.settings, run.dataVersion,
                run.dataStamp.equals(currentStamp), run.schools, run.ranked, s.positions(), s.indicators(), s.clusters(),
                s.clusterFeatures(), s.distributions(), s.categoryMeans(), run.createdBy, run.createdAt);
    }

    public PageResponse<AnalysisSchoolRowView> schools(long runId, Position position, Long municipalityId, Integer cluster, String q,
                                                         PageQuery query) {
        AnalysisRun run = requireRun(runId);
        var page = query.toPage();
        String order = query.orderBy(SORT, "rank", "s.id");
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        StringBuilder where = new StringBuilder("a.run_id = :run and ").append(inScope.jpql());
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("run", run.id);
        if (position != null) {
            where.append(" and a.position = :position");
            params.put("position", position.name());
        }
        if (municipalityId != null) {
            where.append(" and a.municipality_id = :municipality");
            params.put("municipality", municipalityId);
        }
        if (cluster != null) {
            where.append(" and a.cluster = :cluster");
            params.put("cluster", cluster);
        }
        String text = Text.trimToNull(q);
        if (text != null) {
            where.append(" and s.search_text like :q escape '\\'");
            params.put("q", Text.containsPattern(text));
        }
        String from = " from analysis_school a join school s on s.id = a.school_id join municipality m on m.id = a.municipality_id where " + where;
        Query rows = em.createNativeQuery("select " + ROW + from + " order by " + order);
        Query count = em.createNativeQuery("select count(*)" + from);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setFirstResult(page.index * page.size).setMaxResults(page.size);
        List<AnalysisSchoolRowView> items = new ArrayList<>();
        for (Object r : rows.getResultList()) {
            items.add(row((Object[]) r));
        }
        return new PageResponse<>(items, query.page, query.size, ((Number) count.getSingleResult()).longValue());
    }

    private static final String ROW = "s.id, s.short_name, m.id as mid, m.name, a.cluster, a.composite, a.rank_overall, a.rank_municipality, "
            + "a.position, a.reason, a.signals, a.rank_low, a.rank_high";

    private static AnalysisSchoolRowView row(Object[] r) {
        return new AnalysisSchoolRowView(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                ((Number) r[4]).intValue(), r[5] == null ? null : ((Number) r[5]).doubleValue(), r[6] == null ? null : ((Number) r[6]).intValue(),
                r[7] == null ? null : ((Number) r[7]).intValue(), Position.valueOf((String) r[8]), (String) r[9], ((Number) r[10]).intValue(),
                r[11] == null ? null : ((Number) r[11]).intValue(), r[12] == null ? null : ((Number) r[12]).intValue());
    }

    public AnalysisSchoolView school(long runId, long schoolId) {
        AnalysisRun run = requireRun(runId);
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        Query q = em.createNativeQuery("select " + ROW + ", a.raw_values, a.samples, a.scores, "
                + "a.small_samples, a.compared_with_all, a.categories, cast(a.signal_list as text), a.judged "
                + "from analysis_school a join school s on s.id = a.school_id "
                + "join municipality m on m.id = a.municipality_id where a.run_id = :run and a.school_id = :school and " + inScope.jpql());
        q.setParameter("run", run.id).setParameter("school", schoolId);
        inScope.params().forEach(q::setParameter);
        List<?> found = q.getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound("analysis.schoolNotInRun", schoolId);
        }
        Object[] r = (Object[]) found.get(0);
        AnalysisSchoolRowView row = row(r);
        Double[] values = AnalysisStore.numbers(r[13]);
        Double[] samples = AnalysisStore.numbers(r[14]);
        Double[] scores = AnalysisStore.numbers(r[15]);
        List<Double> small = List.of(AnalysisStore.numbers(r[16]));
        List<Double> fallback = List.of(AnalysisStore.numbers(r[17]));
        Double[] categoryScores = AnalysisStore.numbers(r[18]);
        List<RunSummary.IndicatorRef> indicators = run.summary.indicators();
        Map<String, Double> medians = new HashMap<>();
        run.summary.distributions().stream().filter(d -> d.median() != null).forEach(d -> medians.put(d.code(), d.median()));
        List<AnalysisIndicatorResultView> results = new ArrayList<>();
        List<String> strengths = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            RunSummary.IndicatorRef ref = indicators.get(i);
            Interval interval = ref.valueType() == ValueType.PERCENT && values[i] != null && samples[i] != null
                    ? rounded(AnalysisEngine.shareInterval(values[i], samples[i].intValue())) : null;
            Double median = medians.get(ref.code());
            results.add(new AnalysisIndicatorResultView(ref.code(), ref.name(), ref.unit(), ref.category(), ref.direction(), ref.valueType(), values[i],
                    samples[i] == null ? null : samples[i].intValue(), ref.minSample(), scores[i], small.contains((double) i),
                    fallback.contains((double) i), interval, median, AnalysisIndicatorResultView.Versus.of(interval, median)));
            if (scores[i] != null && scores[i] >= AnalysisEngine.MARKED) {
                strengths.add(ref.code());
            } else if (scores[i] != null && scores[i] <= -AnalysisEngine.MARKED) {
                weaknesses.add(ref.code());
            }
        }
        Map<IndicatorCategory, Double> categories = new EnumMap<>(IndicatorCategory.class);
        for (IndicatorCategory c : IndicatorCategory.values()) {
            if (c.ordinal() < categoryScores.length && categoryScores[c.ordinal()] != null) {
                categories.put(c, categoryScores[c.ordinal()]);
            }
        }
        String clusterDescription = run.summary.clusters().stream().filter(c -> c.number() == row.cluster()).findFirst()
                .map(ContextClusters.Cluster::description).orElse(null);
        List<AnalysisResult.Signal> signals = r[19] == null ? List.of()
                : json.convertValue(read((String) r[19]), json.getTypeFactory().constructCollectionType(List.class, AnalysisResult.Signal.class));
        return new AnalysisSchoolView(row, clusterDescription, categories,
                run.summary.categoryMeans().getOrDefault(String.valueOf(row.cluster()), Map.of()),
                run.summary.categoryMeans().getOrDefault("all", Map.of()), results, ((Number) r[20]).intValue(), strengths, weaknesses, signals);
    }

    private static Interval rounded(Interval i) {
        return i == null ? null : i.rounded(1);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable analysis detail", e);
        }
    }

}
