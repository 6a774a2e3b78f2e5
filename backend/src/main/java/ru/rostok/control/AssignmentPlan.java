package ru.rostok.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A roadmap, or one measure of it, that a decision point controls (000 п. 2.1 «Взять под контроль выполнение мероприятий,
 * предусмотренных … «Дорожной картой»»; п. 3.2 «внести коррективы в Дорожную карту»).
 */
@Entity
@Table(name = "assignment_plan")
public class AssignmentPlan extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @Column(name = "roadmap_id")
    public Long roadmapId;

    /** Null: the whole roadmap. */
    @Column(name = "measure_id")
    public Long measureId;
}
