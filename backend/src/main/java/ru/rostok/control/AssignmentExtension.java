package ru.rostok.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A deadline moved by the controller: from when to when, why, and who granted it. */
@Entity
@Table(name = "assignment_extension")
public class AssignmentExtension extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id")
    public long assignmentId;

    @Column(name = "previous_due")
    public LocalDate previousDue;

    @Column(name = "new_due")
    public LocalDate newDue;

    public String reason;

    @Column(name = "granted_by")
    public String grantedBy;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
}
