package ru.rostok.lists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.common.AuditedEntity;
import ru.rostok.monitoring.Condition;
import ru.rostok.territory.Region;

/** How a region identifies ШНОР or ШНСУ: thresholds on indicators, how many must hold, for how many years in a row. */
@Entity
@Table(name = "identification_rule")
public class IdentificationRule extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    @Enumerated(EnumType.STRING)
    public ListKind kind;

    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Condition> conditions;

    @Column(name = "min_matches")
    public int minMatches;

    @Column(name = "consecutive_years")
    public int consecutiveYears;

    public RuleSnapshot snapshot() {
        return new RuleSnapshot(id, kind, name, conditions, minMatches, consecutiveYears);
    }
}
