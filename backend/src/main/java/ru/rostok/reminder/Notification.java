package ru.rostok.reminder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An in-app reminder to a body or a school: an item (or one occurrence of it) is due soon or overdue. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;

    @Column(name = "item_type")
    public String itemType;

    @Column(name = "item_id")
    public long itemId;

    @Column(name = "occurrence_due")
    public LocalDate occurrenceDue;

    @Column(name = "body_id")
    public Long bodyId;

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "region_id")
    public long regionId;

    @Column(name = "municipality_id")
    public Long municipalityId;

    public String text;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "read_at")
    public OffsetDateTime readAt;

    @Column(name = "emailed_at")
    public OffsetDateTime emailedAt;
}
