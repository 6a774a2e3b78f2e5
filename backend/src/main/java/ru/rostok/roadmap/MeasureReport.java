package ru.rostok.roadmap;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A progress report on a measure (or one occurrence of it): who, when, what was done, and the status it led to. */
@Entity
@Table(name = "measure_report")
public class MeasureReport extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "measure_id")
    public long measureId;

    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "occurrence_due")
    public LocalDate occurrenceDue;

    public String author;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_from")
    public MeasureStatus statusFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_to")
    public MeasureStatus statusTo;

    public static List<MeasureReport> of(long measureId) {
        return list("measureId = ?1 order by reportedAt, id", measureId);
    }

    /** The reports of every measure of a plan, in one query, by measure. */
    public static Map<Long, List<MeasureReport>> byMeasure(List<Measure> measures) {
        if (measures.isEmpty()) {
            return Map.of();
        }
        return MeasureReport.<MeasureReport>list("measureId in ?1 order by reportedAt, id", measures.stream().map(m -> m.id).toList())
                .stream().collect(Collectors.groupingBy(r -> r.measureId));
    }
}
