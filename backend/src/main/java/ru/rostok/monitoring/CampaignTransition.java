package ru.rostok.monitoring;

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

/** Who moved a campaign to a status, and when. */
@Entity
@Table(name = "campaign_transition")
public class CampaignTransition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "campaign_id")
    public long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CampaignStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public CampaignStatus toStatus;

    public String actor;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public static List<CampaignTransition> of(long campaignId) {
        return list("campaignId = ?1 order by occurredAt, id", campaignId);
    }
}
