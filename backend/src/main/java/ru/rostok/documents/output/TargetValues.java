package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ru.rostok.common.PageQuery;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.monitoring.service.CampaignService;
import ru.rostok.monitoring.service.CampaignSummary;
import ru.rostok.monitoring.service.CampaignValueService;
import ru.rostok.monitoring.service.SchoolValues;
import ru.rostok.roadmap.service.RoadmapView;

/**
 * The values of a plan's target indicators before it started and now: the mean of the accepted values of the plan's schools
 * (its school, its municipality's or its region's) in the last monitoring closed before the plan's period and in the latest one.
 */
@ApplicationScoped
public class TargetValues {
    private static final Set<CampaignStatus> DONE = Set.of(CampaignStatus.CLOSED, CampaignStatus.PUBLISHED);

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignValueService values;

    /** A value as read in one campaign. */
    public record Value(double mean, String campaign) {
    }

    /** Before and now, by indicator code; either may be missing. */
    public record Values(Map<String, Value> before, Map<String, Value> now) {
        static final Values NONE = new Values(Map.of(), Map.of());
    }

    public Values of(RoadmapView r) {
        Set<String> codes = new java.util.HashSet<>();
        r.measures().forEach(m -> m.indicators().forEach(t -> codes.add(t.code())));
        if (codes.isEmpty() || r.periodFrom() == null) {
            return Values.NONE;
        }
        List<CampaignSummary> done = campaigns.list(r.regionId(), null, null, null, Respondent.SCHOOL, null, PageQuery.all()).items().stream()
                .filter(c -> DONE.contains(c.status()) && c.closesOn() != null)
                .filter(c -> c.municipalityId() == null || r.municipalityId() == null || c.municipalityId().equals(r.municipalityId()))
                .sorted(Comparator.comparing(CampaignSummary::closesOn)).toList();
        Optional<CampaignSummary> before = done.stream().filter(c -> !c.closesOn().isAfter(r.periodFrom())).reduce((a, b) -> b);
        Optional<CampaignSummary> now = done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1))
                .filter(c -> c.closesOn().isAfter(r.periodFrom()));
        return new Values(before.map(c -> means(c, r, codes)).orElse(Map.of()), now.map(c -> means(c, r, codes)).orElse(Map.of()));
    }

    private Map<String, Value> means(CampaignSummary campaign, RoadmapView r, Set<String> codes) {
        Map<String, double[]> sums = new HashMap<>();
        for (SchoolValues row : values.table(campaign.id(), r.municipalityId(), null, PageQuery.all()).items()) {
            if (row.status() != SubmissionStatus.ACCEPTED || (r.schoolId() != null && row.schoolId() != r.schoolId())) {
                continue;
            }
            row.values().stream().filter(c -> codes.contains(c.code()) && c.value() != null).forEach(c -> {
                double[] acc = sums.computeIfAbsent(c.code(), k -> new double[2]);
                acc[0] += c.value().doubleValue();
                acc[1]++;
            });
        }
        Map<String, Value> means = new HashMap<>();
        sums.forEach((code, acc) -> means.put(code, new Value(acc[0] / acc[1], campaign.academicYear())));
        return means;
    }

    /** «12,35 (2019/2020)», or «нет данных». */
    static String text(Value v) {
        if (v == null) {
            return "нет данных";
        }
        return BigDecimal.valueOf(v.mean()).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',')
                + " (" + Objects.requireNonNullElse(v.campaign(), "") + ")";
    }
}
