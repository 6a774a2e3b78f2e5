package ru.rostok.partnership;

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

/** Who moved a partnership on, when, and why. */
@Entity
@Table(name = "partnership_transition")
public class PartnershipTransition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "partnership_id")
    public long partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public PartnershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public PartnershipStatus toStatus;

    public String comment;
    public String actor;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
}
