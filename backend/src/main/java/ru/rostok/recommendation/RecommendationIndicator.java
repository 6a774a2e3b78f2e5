package ru.rostok.recommendation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** An indicator a recommendation should move, with its target. */
@Entity
@Table(name = "recommendation_indicator")
@IdClass(RecommendationIndicator.Key.class)
public class RecommendationIndicator extends PanacheEntityBase {
    public record Key(Long recommendationId, Long indicatorId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "recommendation_id")
    public Long recommendationId;

    @Id
    @Column(name = "indicator_id")
    public Long indicatorId;

    @Column(name = "target_value")
    public BigDecimal targetValue;
}
