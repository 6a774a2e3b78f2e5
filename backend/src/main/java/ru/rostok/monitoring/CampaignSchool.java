package ru.rostok.monitoring;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Optional;
import ru.rostok.school.School;

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

    /** A campaign and a school it asks, read together. */
    public record Asked(Campaign campaign, School school) {
    }

    /**
     * The campaign and the school with its municipality (which every check of who may see it reads), if the campaign
     * asks the school: one statement, read-only. Nothing if either is missing or the school is not asked.
     */
    public static Optional<Asked> asked(long campaignId, long schoolId) {
        return getEntityManager().createQuery("select c, s from Campaign c join School s on s.id = :s join fetch s.municipality "
                        + "where c.id = :c and exists (select 1 from CampaignSchool cs where cs.campaignId = c.id and cs.schoolId = s.id)",
                        Object[].class)
                .setParameter("s", schoolId).setParameter("c", campaignId)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().findFirst().map(r -> new Asked((Campaign) r[0], (School) r[1]));
    }
}
