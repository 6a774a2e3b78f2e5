package ru.rostok.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import ru.rostok.common.AuditedEntity;
import ru.rostok.territory.Region;

/** A monitoring indicator (показатель) of a region's catalogue, in one revision of its meaning. */
@Entity
@Table(name = "indicator")
public class Indicator extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    public String code;
    public int revision = 1;
    public boolean retired;
    public String name;
    public String description;

    @Enumerated(EnumType.STRING)
    public IndicatorCategory category;

    public String unit;

    /** Whom it is asked of: a school, or a municipality (a campaign of municipalities asks only these). */
    @Enumerated(EnumType.STRING)
    public Respondent respondent = Respondent.SCHOOL;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    public ValueType valueType;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Column(name = "min_value")
    public BigDecimal minValue;

    @Column(name = "max_value")
    public BigDecimal maxValue;

    @Column(name = "min_sample")
    public Integer minSample;

    /** A {@link ru.rostok.common.Subject} code when the indicator is about one subject (ОГЭ по математике), else null. */
    public String subject;

    public static Optional<Indicator> findCurrent(long regionId, String code) {
        return find("region.id = ?1 and code = ?2 and retired = false", regionId, code).firstResultOptional();
    }
}
