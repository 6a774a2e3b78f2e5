package ru.rostok.control;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.common.AuditedEntity;
import ru.rostok.common.schedule.Schedule;

/** A numbered point of a decision (пункт, поручение). */
@Entity
@Table(name = "assignment")
public class Assignment extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    public Decision decision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Assignment parent;

    public String number;
    public int position;
    public String text;

    @Column(name = "deadline_text")
    public String deadlineText;

    @JdbcTypeCode(SqlTypes.JSON)
    public Schedule schedule;

    /** The due date as extended by the controller, over the schedule's. */
    @Column(name = "due_override")
    public LocalDate dueOverride;

    @Enumerated(EnumType.STRING)
    public AssignmentStatus status = AssignmentStatus.ASSIGNED;

    @Enumerated(EnumType.STRING)
    public ru.rostok.common.WorkKind kind = ru.rostok.common.WorkKind.OTHER;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AssignmentAssignee> assignees = new ArrayList<>();

    public boolean forAllSchools() {
        return assignees.stream().anyMatch(a -> a.allSchools);
    }
}
