package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.security.Scope;

/** A school's submissions in every campaign that asked it and the caller sees, the latest campaign first; one query. */
@ApplicationScoped
public class SubmissionsOfSchool {
    @Inject
    EntityManager em;

    @Inject
    MonitoringPolicy policy;

    @Schema(name = "DossierSubmission", description = "The school's submission in a campaign (NOT_STARTED when it has none yet)")
    public record Item(long campaignId, String campaignName, String academicYear, CampaignStatus campaignStatus, LocalDate closesOn,
                       SubmissionStatus status, OffsetDateTime submittedAt, OffsetDateTime reviewedAt, String reviewedBy) {
    }

    @SuppressWarnings("unchecked")
    public List<Item> of(long schoolId) {
        Scope.Filter seen = policy.campaignsSql("c");
        Query q = em.createNativeQuery("""
                select c.id, c.name, c.academic_year, c.status, c.closes_on, sub.status as sub_status, sub.submitted_at, sub.reviewed_at,
                       sub.reviewed_by
                from campaign c join campaign_school cs on cs.campaign_id = c.id and cs.school_id = :school
                left join submission sub on sub.campaign_id = c.id and sub.school_id = :school
                where c.status <> 'DRAFT' and\s""" + seen.jpql() + " order by c.closes_on desc, c.id desc")
                .setParameter("school", schoolId);
        seen.params().forEach(q::setParameter);
        return ((List<Object[]>) q.getResultList()).stream().map(r -> new Item(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                CampaignStatus.valueOf((String) r[3]), r[4] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[4],
                r[5] == null ? SubmissionStatus.NOT_STARTED : SubmissionStatus.valueOf((String) r[5]), time(r[6]), time(r[7]), (String) r[8]))
                .toList();
    }

    static OffsetDateTime time(Object o) {
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
