package ru.rostok.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import ru.rostok.common.AuditedEntity;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;

/** A school's (or, in a campaign of municipalities, a municipality's) data for a campaign and where its review stands. */
@Entity
@Table(name = "submission")
public class Submission extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    /** The school answering; none in a campaign of municipalities. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public School school;

    /** The municipality answering in a campaign of municipalities; none for a school. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Enumerated(EnumType.STRING)
    public SubmissionStatus status = SubmissionStatus.DRAFT;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    public static Optional<Submission> find(long campaignId, long schoolId) {
        return find("campaign.id = ?1 and school.id = ?2", campaignId, schoolId).firstResultOptional();
    }

    public static Optional<Submission> ofMunicipality(long campaignId, long municipalityId) {
        return find("campaign.id = ?1 and municipality.id = ?2", campaignId, municipalityId).firstResultOptional();
    }
}
