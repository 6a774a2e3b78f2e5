package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.common.ApiException;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;

/**
 * Monitoring of municipalities (seed 001 п. 4.2.3): a regional campaign whose respondents are the region's municipalities,
 * each answered by its education authority's coordinator and reviewed by the region's analysts. The data, its steps and
 * their rules are a school's ({@link SubmissionService}); here is only who answers and the campaign's progress.
 */
@ApplicationScoped
public class MunicipalMonitoring {
    @Inject
    CampaignService campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    MonitoringPolicy monitoringPolicy;

    @Inject
    EntityManager em;

    @Inject
    CampaignForms forms;

    /** The campaign of municipalities and one of its municipalities, both visible to the caller; else 404. */
    SubmissionService.Target target(long campaignId, long municipalityId) {
        Campaign campaign = campaigns.requireAlone(campaignId);
        Municipality municipality = campaign.respondent != Respondent.MUNICIPALITY ? null
                : Municipality.<Municipality>findByIdOptional(municipalityId)
                        .filter(m -> m.region.id.equals(campaign.region.id))
                        .filter(monitoringPolicy::seesMunicipality).orElse(null);
        if (municipality == null) {
            throw ApiException.notFound("monitoring.municipalityNotInCampaign", municipalityId, campaignId);
        }
        return SubmissionService.Target.ofMunicipality(campaign, forms.of(campaign), municipality);
    }

    public MunicipalSubmissionView get(long campaignId, long municipalityId) {
        SubmissionService.Target t = target(campaignId, municipalityId);
        return submissions.municipalView(t, submissions.find(t).orElse(null));
    }

    @Transactional
    public MunicipalSubmissionView save(long campaignId, long municipalityId, SubmissionInput input) {
        SubmissionService.Target t = target(campaignId, municipalityId);
        SubmissionService.Saved saved = submissions.save(t, input);
        return submissions.municipalView(t, saved.submission(), saved.values());
    }

    @Transactional
    public MunicipalSubmissionView submit(long campaignId, long municipalityId, long version) {
        SubmissionService.Target t = target(campaignId, municipalityId);
        return submissions.municipalView(t, submissions.submit(t, version));
    }

    @Transactional
    public MunicipalSubmissionView review(long campaignId, long municipalityId, ReviewInput input) {
        SubmissionService.Target t = target(campaignId, municipalityId);
        return submissions.municipalView(t, submissions.review(t, input));
    }

    /** Every municipality of the campaign's region in the caller's scope and where its data stands. */
    public MunicipalProgress progress(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        if (campaign.respondent != Respondent.MUNICIPALITY) {
            throw ApiException.conflict("monitoring.notMunicipalCampaign");
        }
        Scope.Filter inScope = monitoringPolicy.municipalitiesSql("m");
        Query query = em.createNativeQuery("""
                select m.id, m.name, sub.status, sub.submitted_at, sub.reviewed_at
                from municipality m
                left join submission sub on sub.campaign_id = :campaign and sub.municipality_id = m.id
                where m.region_id = :region and\s""" + inScope.jpql() + " order by m.name, m.id");
        query.setParameter("campaign", campaign.id).setParameter("region", campaign.region.id);
        inScope.params().forEach(query::setParameter);
        boolean late = campaign.overdueOn(LocalDate.now());
        List<MunicipalProgress.Row> rows = new ArrayList<>();
        long[] n = new long[7];
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            SubmissionStatus status = r[2] == null ? SubmissionStatus.NOT_STARTED : SubmissionStatus.valueOf((String) r[2]);
            boolean overdue = late && !status.handedIn();
            rows.add(new MunicipalProgress.Row(((Number) r[0]).longValue(), (String) r[1], status, time(r[3]), time(r[4]), overdue));
            n[0]++;
            n[1 + status.ordinal()]++;
            if (overdue) {
                n[6]++;
            }
        }
        return new MunicipalProgress(campaign.id, campaign.closesOn,
                new MunicipalProgress.Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]), rows);
    }

    /**
     * For each municipality of the region (of every region when none is given), whatever the caller's scope: the region's
     * latest campaign of municipalities past draft, if any, and where the municipality's data stands in it. One query.
     */
    public List<MunicipalMonitoringStatus> statusByMunicipality(Long regionId) {
        Query query = em.createNativeQuery("""
                with latest as (
                    select distinct on (c.region_id) c.region_id, c.id, c.name, c.closes_on
                    from campaign c
                    where c.respondent = 'MUNICIPALITY' and c.status <> 'DRAFT' and (cast(:region as bigint) is null or c.region_id = :region)
                    order by c.region_id, c.opens_on desc, c.id desc)
                select m.id, m.name, l.id as campaign_id, l.name as campaign_name, l.closes_on, sub.status
                from municipality m
                left join latest l on l.region_id = m.region_id
                left join submission sub on sub.campaign_id = l.id and sub.municipality_id = m.id
                where cast(:region as bigint) is null or m.region_id = :region
                order by m.region_id, m.name, m.id""");
        query.setParameter("region", regionId);
        LocalDate today = LocalDate.now();
        List<MunicipalMonitoringStatus> found = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            Long campaignId = r[2] == null ? null : ((Number) r[2]).longValue();
            LocalDate closesOn = day(r[4]);
            SubmissionStatus status = campaignId == null ? null : r[5] == null ? SubmissionStatus.NOT_STARTED : SubmissionStatus.valueOf((String) r[5]);
            found.add(new MunicipalMonitoringStatus(((Number) r[0]).longValue(), (String) r[1], campaignId, (String) r[3], closesOn, status,
                    closesOn != null && today.isAfter(closesOn) && !status.handedIn()));
        }
        return found;
    }

    private static LocalDate day(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }

    private static OffsetDateTime time(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
