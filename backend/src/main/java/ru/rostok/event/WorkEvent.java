package ru.rostok.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.rostok.common.AuditedEntity;
import ru.rostok.common.WorkKind;
import ru.rostok.security.Place;

/**
 * An occurrence of a measure or a point as it was held (событие): a meeting, an interview, a seminar, a visit to a
 * school with the lessons observed, a course — when, where, with which schools and people, and what was found.
 */
@Entity
@Table(name = "work_event")
public class WorkEvent extends AuditedEntity {
    @Column(name = "region_id")
    public Long regionId;

    @Column(name = "municipality_id")
    public Long municipalityId;

    /** The school whose own plan the measure is of. */
    @Column(name = "school_id")
    public Long schoolId;

    @Column(name = "measure_id")
    public Long measureId;

    @Column(name = "occurrence_due")
    public LocalDate occurrenceDue;

    @Column(name = "assignment_id")
    public Long assignmentId;

    @Enumerated(EnumType.STRING)
    public WorkKind kind;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String place;
    public String findings;

    @Column(name = "lessons_observed")
    public Integer lessonsObserved;

    public String conclusions;

    @Column(name = "created_by")
    public String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_event_school", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "school_id")
    @OrderBy
    public Set<Long> schoolIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "work_event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Participant> participants = new ArrayList<>();

    /** Who took part by role: «директор», «учитель математики» — a count of them, or a name. */
    @Embeddable
    public static class Participant {
        public String role;
        public Integer count;
        public String name;

        @Column(name = "body_id")
        public Long bodyId;
    }

    public Place place() {
        return new Place(regionId, municipalityId, schoolId);
    }
}
