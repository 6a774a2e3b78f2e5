package ru.rostok.route;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import ru.rostok.common.AuditedEntity;
import ru.rostok.staff.Teacher;

/** One step of an individual route: a course, mentoring by a teacher of a partner school, an open lesson, self-study. */
@Entity
@Table(name = "route_step")
public class RouteStep extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "route_id")
    public IndividualRoute route;

    public int position;

    @Enumerated(EnumType.STRING)
    public StepKind kind;

    public String text;

    /** The deficit (a topic of the assessment) the step works on. */
    public String topic;

    public LocalDate due;

    /** The mentor: a teacher of a school in partnership with the route's teacher's school. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    public Teacher mentor;

    /** The training a COURSE step is done by; the training feature's record. */
    @Column(name = "training_id")
    public Long trainingId;

    @Enumerated(EnumType.STRING)
    public StepStatus status = StepStatus.PLANNED;

    public String report;

    @Column(name = "reported_on")
    public LocalDate reportedOn;
}
