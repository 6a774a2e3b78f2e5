package ru.rostok.lists;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A school proposed for a list, or added by hand: whether it is on the list, why, and the values behind it. */
@Entity
@Table(name = "school_list_entry")
public class SchoolListEntry extends PanacheEntityBase {
    @Schema(name = "ListEntrySource", description = "RULE: proposed by the rule; CARRIED: on last year's list; MANUAL: added by an analyst")
    public enum Source { RULE, CARRIED, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "list_id")
    public long listId;

    @Column(name = "school_id")
    public long schoolId;

    @Enumerated(EnumType.STRING)
    public Source source;

    public boolean included;
    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Evidence> evidence;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** One campaign's verdict for the school: whether the rule held, and each condition with the value it met. */
    @Schema(name = "ListEntryEvidence")
    public record Evidence(long campaignId, String campaignName, String academicYear, boolean holds, int matched,
                           List<Check> checks) {
    }

    /** A condition on one value: met, not met, or not judged (no value, or a sample below the minimum). */
    @Schema(name = "ListEntryCheck")
    public record Check(String indicatorCode, String condition, Double value, Integer sample, boolean met, boolean judged) {
    }
}
