package ru.rostok.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.rostok.common.AuditedEntity;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/** A weak school supported by a strong partner school under an agreement and an interaction plan. */
@Entity
@Table(name = "partnership")
public class Partnership extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "weak_school_id")
    public School weakSchool;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_school_id")
    public School partnerSchool;

    @Column(name = "analysis_run_id")
    public Long analysisRunId;

    public String reason;

    @Enumerated(EnumType.STRING)
    public PartnershipStatus status = PartnershipStatus.PROPOSED;

    @Column(name = "plan_due")
    public LocalDate planDue;

    @Column(name = "agreement_number")
    public String agreementNumber;

    @Column(name = "agreement_date")
    public LocalDate agreementDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;
}
