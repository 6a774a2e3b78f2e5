package ru.rostok.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The school's confirmation or correction of one computed factor level in one campaign. */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    @Column(name = "school_id")
    public long schoolId;

    @Column(name = "factor_id")
    public long factorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_level")
    public RiskLevel computedLevel;

    @Column(name = "computed_score")
    public BigDecimal computedScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_level")
    public RiskLevel schoolLevel;

    public String comment;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;

    @Version
    public long version;
}
