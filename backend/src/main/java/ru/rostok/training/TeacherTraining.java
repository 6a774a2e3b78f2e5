package ru.rostok.training;

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

/** Further training (повышение квалификации) of one teacher: planned, then completed with its document, or cancelled. */
@Entity
@Table(name = "teacher_training")
public class TeacherTraining extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    public Teacher teacher;

    public String programme;
    public String provider;
    public int hours;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public TrainingFormat format;

    /** A {@link ru.rostok.common.Subject} code, if the programme is about one. */
    public String subject;

    @Enumerated(EnumType.STRING)
    public TrainingStatus status = TrainingStatus.PLANNED;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** The number of the document of completion (удостоверение о повышении квалификации). */
    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "cancel_reason")
    public String cancelReason;
}
