package ru.rostok.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A school asked by a campaign (a row of campaign_school), for queries; rows are written by set-based SQL. */
@Entity
@Table(name = "campaign_school")
@IdClass(CampaignSchool.Key.class)
public class CampaignSchool extends PanacheEntityBase {
    public record Key(Long campaignId, Long schoolId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "campaign_id")
    public Long campaignId;

    @Id
    @Column(name = "school_id")
    public Long schoolId;

    /** By the key: a count query would be translated anew on every call (Hibernate does not cache it), a find is not. */
    public static boolean includes(long campaignId, long schoolId) {
        return findByIdOptional(new Key(campaignId, schoolId)).isPresent();
    }
}
