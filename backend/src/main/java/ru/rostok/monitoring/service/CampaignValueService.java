package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignIndicator;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.security.Scope;
import ru.rostok.school.service.SchoolPolicy;

/** Reads a campaign's values in the caller's scope: the paged table (school × indicators) and a full walk for exports. */
@ApplicationScoped
public class CampaignValueService {
    private static final Map<String, String> SORT = Map.of(
            "schoolName", "s.short_name", "municipalityName", "m.name", "status", "sub.status");

    /** One stored value of one school, in long format. */
    public record Line(String schoolInn, String schoolName, String municipalityName, SubmissionStatus status, CampaignIndicator indicator,
                       BigDecimal value, Integer numerator, Integer denominator) {
    }

    @Inject
    Scope scope;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    CampaignService campaigns;

    @Inject
    EntityManager em;

    /** 404 before a streamed export starts writing, if the campaign is not the caller's to see. */
    public void check(long campaignId) {
        ofSchools(campaignId);
    }

    /** A campaign of schools the caller sees; a municipality's values are read in its own submission. */
    private Campaign ofSchools(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        scope.require(campaign.respondent == Respondent.SCHOOL, "monitoring.municipalValuesNotInBulk");
        return campaign;
    }

    public PageResponse<SchoolValues> table(long campaignId, Long municipalityId, String q, PageQuery query) {
        Campaign campaign = ofSchools(campaignId);
        var page = query.toPage();
        String order = query.orderBy(SORT, "municipalityName,schoolName", "s.id");
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        StringBuilder where = new StringBuilder("cs.campaign_id = :c and ").append(inScope.jpql());
        Map<String, Object> params = new HashMap<>(inScope.params());
        params.put("c", campaign.id);
        if (municipalityId != null) {
            where.append(" and s.municipality_id = :municipality");
            params.put("municipality", municipalityId);
        }
        String text = Text.trimToNull(q);
        if (text != null) {
            where.append(" and s.search_text like :q escape '\\'");
            params.put("q", Text.containsPattern(text));
        }
        String from = " from campaign_school cs join school s on s.id = cs.school_id join municipality m on m.id = s.municipality_id "
                + "left join submission sub on sub.campaign_id = cs.campaign_id and sub.school_id = cs.school_id where " + where;
        Query rows = em.createNativeQuery("select s.id, s.short_name, s.inn, m.id as mid, m.name, sub.status, sub.id as sid" + from
                + " order by " + order);
        Query count = em.createNativeQuery("select count(*)" + from);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setFirstResult(page.index * page.size).setMaxResults(page.size);
        List<Object[]> found = new ArrayList<>();
        for (Object r : rows.getResultList()) {
            found.add((Object[]) r);
        }
        Map<Long, List<SchoolValues.Cell>> cells = cells(campaign, found.stream().filter(r -> r[6] != null)
                .map(r -> ((Number) r[6]).longValue()).toList());
        List<SchoolValues> items = found.stream().map(r -> new SchoolValues(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4],
                r[5] == null ? SubmissionStatus.NOT_STARTED : SubmissionStatus.valueOf((String) r[5]),
                r[6] == null ? List.of() : cells.getOrDefault(((Number) r[6]).longValue(), List.of()))).toList();
        return new PageResponse<>(items, query.page, query.size, ((Number) count.getSingleResult()).longValue());
    }

    private Map<Long, List<SchoolValues.Cell>> cells(Campaign campaign, List<Long> submissionIds) {
        Map<Long, List<SchoolValues.Cell>> bySubmission = new HashMap<>();
        if (submissionIds.isEmpty()) {
            return bySubmission;
        }
        Map<Long, String> codes = new HashMap<>();
        campaign.indicators.forEach(ci -> codes.put(ci.indicator.id, ci.indicator.code));
        em.createQuery("from IndicatorValue v where v.submissionId in :ids", ru.rostok.monitoring.IndicatorValue.class)
                .setParameter("ids", submissionIds).getResultList()
                .forEach(v -> bySubmission.computeIfAbsent(v.submissionId, k -> new ArrayList<>())
                        .add(new SchoolValues.Cell(v.indicatorId, codes.get(v.indicatorId), v.value, v.numerator, v.denominator)));
        return bySubmission;
    }

    /** Every stored value of the campaign in the caller's scope, by municipality, school and the form's order. */
    public void forEach(Campaign campaign, java.util.function.Consumer<Line> sink) {
        Map<Long, CampaignIndicator> asked = new HashMap<>();
        campaign.indicators.forEach(ci -> asked.put(ci.indicator.id, ci));
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        Query query = em.createNativeQuery("select s.inn, s.short_name, m.name, sub.status, v.indicator_id, v.value, v.numerator, v.denominator "
                + "from submission sub join school s on s.id = sub.school_id join municipality m on m.id = s.municipality_id "
                + "join indicator_value v on v.submission_id = sub.id "
                + "where sub.campaign_id = :c and " + inScope.jpql() + " order by m.name, s.short_name, s.id, v.indicator_id");
        query.setParameter("c", campaign.id);
        inScope.params().forEach(query::setParameter);
        query.setHint("org.hibernate.fetchSize", 2000);
        try (var stream = query.getResultStream()) {
            stream.forEach(o -> {
                Object[] r = (Object[]) o;
                sink.accept(new Line((String) r[0], (String) r[1], (String) r[2], SubmissionStatus.valueOf((String) r[3]),
                        asked.get(((Number) r[4]).longValue()), (BigDecimal) r[5],
                        r[6] == null ? null : ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).intValue()));
            });
        }
    }
}
