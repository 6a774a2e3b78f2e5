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
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a submission's review: handed in, returned with comments, accepted, reopened. */
@Entity
@Table(name = "submission_review")
public class SubmissionReview extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id")
    public long submissionId;

    @Enumerated(EnumType.STRING)
    public ReviewAction action;

    public String comment;

    /** Indicator code → the reviewer's comment on that value. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "value_comments")
    public Map<String, String> valueComments;

    public String actor;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public static List<SubmissionReview> of(long submissionId) {
        return list("submissionId = ?1 order by occurredAt, id", submissionId);
    }
}
