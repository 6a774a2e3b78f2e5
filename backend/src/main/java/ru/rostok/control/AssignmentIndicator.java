package ru.rostok.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** An indicator a decision point should move, with the target the decision sets. */
@Entity
@Table(name = "assignment_indicator")
@IdClass(AssignmentIndicator.Key.class)
public class AssignmentIndicator extends PanacheEntityBase {
    public record Key(Long assignmentId, Long indicatorId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "assignment_id")
    public Long assignmentId;

    @Id
    @Column(name = "indicator_id")
    public Long indicatorId;

    @Column(name = "target_value")
    public BigDecimal targetValue;
}
