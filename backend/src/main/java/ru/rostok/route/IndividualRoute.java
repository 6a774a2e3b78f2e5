package ru.rostok.route;

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
import ru.rostok.common.AuditedEntity;
import ru.rostok.staff.Teacher;

/**
 * An individual educational route (индивидуальный образовательный маршрут, ИОМ) of a teacher with deficits: a small
 * roadmap of steps with deadlines, a mentor and reports.
 */
@Entity
@Table(name = "individual_route")
public class IndividualRoute extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    public Teacher teacher;

    /** The competence assessment whose deficits the route works on; its id, the deficit feature's record. */
    @Column(name = "assessment_id")
    public Long assessmentId;

    public String title;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public RouteStatus status = RouteStatus.ACTIVE;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @OneToMany(mappedBy = "route", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<RouteStep> steps = new ArrayList<>();
}
