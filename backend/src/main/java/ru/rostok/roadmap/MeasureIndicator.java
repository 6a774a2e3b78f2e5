package ru.rostok.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** An indicator a measure should move, with the target value the plan sets. */
@Entity
@Table(name = "measure_indicator")
@IdClass(MeasureIndicator.Key.class)
public class MeasureIndicator extends PanacheEntityBase {
    public record Key(Long measureId, Long indicatorId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "measure_id")
    public Long measureId;

    @Id
    @Column(name = "indicator_id")
    public Long indicatorId;

    @Column(name = "target_value")
    public BigDecimal targetValue;

    public static List<MeasureIndicator> of(long measureId) {
        return list("measureId", measureId);
    }
}
