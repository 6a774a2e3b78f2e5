package ru.rostok.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.common.AuditedEntity;
import ru.rostok.territory.Region;

/** A risk factor: weighted conditions on indicators; the met weights add up to a score, the score gives the level. */
@Entity
@Table(name = "risk_factor")
public class RiskFactor extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    public int position;
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<WeightedCondition> conditions;

    @Column(name = "low_at")
    public BigDecimal lowAt;

    @Column(name = "medium_at")
    public BigDecimal mediumAt;

    @Column(name = "high_at")
    public BigDecimal highAt;

    public RiskLevel level(double score) {
        if (score >= highAt.doubleValue()) {
            return RiskLevel.HIGH;
        }
        if (score >= mediumAt.doubleValue()) {
            return RiskLevel.MEDIUM;
        }
        return score >= lowAt.doubleValue() ? RiskLevel.LOW : RiskLevel.NONE;
    }
}
