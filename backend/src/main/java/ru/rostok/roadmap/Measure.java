package ru.rostok.roadmap;

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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.common.AuditedEntity;
import ru.rostok.common.schedule.Schedule;

/** A measure (мероприятие) of a roadmap, numbered as the document numbers it. */
@Entity
@Table(name = "measure")
public class Measure extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "roadmap_id")
    public Roadmap roadmap;

    public String number;
    public int position;
    public String text;

    @Column(name = "deadline_text")
    public String deadlineText;

    @JdbcTypeCode(SqlTypes.JSON)
    public Schedule schedule;

    @Column(name = "expected_result")
    public String expectedResult;

    @Enumerated(EnumType.STRING)
    public MeasureStatus status = MeasureStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    public ru.rostok.common.WorkKind kind = ru.rostok.common.WorkKind.OTHER;

    @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<MeasureResponsible> responsible = new ArrayList<>();
}
