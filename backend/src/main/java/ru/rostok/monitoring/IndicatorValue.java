package ru.rostok.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One indicator's value in a submission; a percent keeps the numerator and denominator it came from. */
@Entity
@Table(name = "indicator_value")
@IdClass(IndicatorValue.Key.class)
public class IndicatorValue extends PanacheEntityBase {
    public record Key(Long submissionId, Long indicatorId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "submission_id")
    public Long submissionId;

    @Id
    @Column(name = "indicator_id")
    public Long indicatorId;

    public BigDecimal value;
    public Integer numerator;
    public Integer denominator;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public static List<IndicatorValue> of(long submissionId) {
        return list("submissionId", submissionId);
    }
}
