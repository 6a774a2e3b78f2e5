package ru.rostok.deficit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.common.AuditedEntity;
import ru.rostok.staff.Teacher;

/**
 * A competence assessment or a diagnostic of one teacher in one subject (оценка предметных компетенций, диагностика
 * профессиональных дефицитов): a score per topic or competence and the deficits it found.
 */
@Entity
@Table(name = "competence_assessment")
public class CompetenceAssessment extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    public Teacher teacher;

    /** A {@link ru.rostok.common.Subject} code. */
    public String subject;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String method;

    @ElementCollection
    @CollectionTable(name = "assessment_topic", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    public List<TopicScore> topics = new ArrayList<>();
}
