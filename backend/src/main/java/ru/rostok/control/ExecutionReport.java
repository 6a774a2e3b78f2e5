package ru.rostok.control;

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

/** A report of execution of a point by its assignee (by one school, for a point of all schools), and the controller's answer. */
@Entity
@Table(name = "execution_report")
public class ExecutionReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id")
    public long assignmentId;

    @Column(name = "school_id")
    public Long schoolId;

    public String author;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    public ReviewStatus reviewStatus = ReviewStatus.SUBMITTED;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    public static List<ExecutionReport> of(long assignmentId) {
        return list("assignmentId = ?1 order by reportedAt, id", assignmentId);
    }
}
