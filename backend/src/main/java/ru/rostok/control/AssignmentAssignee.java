package ru.rostok.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import ru.rostok.body.Body;

/** An assignee of a point as the document writes it: «Управлению образования … (Димарцо Е.В.)». */
@Entity
@Table(name = "assignment_assignee")
public class AssignmentAssignee extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    public int position;
    public String label;
    public String person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    public Body body;

    /** «Руководителям общеобразовательных организаций»: every school of the decision's territory reports on its own. */
    @Column(name = "all_schools")
    public boolean allSchools;
}
