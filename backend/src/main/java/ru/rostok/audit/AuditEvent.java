package ru.rostok.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One write to the data: who, when, which record, which fields from what to what. Never changed: the table refuses
 * updates and deletes (V11), and Hibernate is told so, or its dirty check of the JSON changes would try to write one.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String actor;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(name = "entity_label")
    public String entityLabel;

    /** The region the record belongs to, so that a region's analysts read its history. */
    @Column(name = "region_id")
    public Long regionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes;
}
