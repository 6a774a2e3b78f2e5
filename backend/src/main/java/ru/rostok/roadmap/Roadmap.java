package ru.rostok.roadmap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.body.Body;
import ru.rostok.common.AuditedEntity;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.security.Place;

/** A plan of measures («дорожная карта») of a region, a municipality, a school or a partnership. */
@Entity
@Table(name = "roadmap")
public class Roadmap extends AuditedEntity {
    public String title;

    @Enumerated(EnumType.STRING)
    public RoadmapLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_body_id")
    public Body ownerBody;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public School school;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_kind")
    public ApprovalKind approvalKind;

    @Column(name = "approval_number")
    public String approvalNumber;

    @Column(name = "approval_date")
    public LocalDate approvalDate;

    @Column(name = "approval_issuer")
    public String approvalIssuer;

    public String controller;

    /** Abbreviations the document defines («ОО» → «общеобразовательные организации»). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, String> abbreviations;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_measure_id")
    public Measure parentMeasure;

    /** The school list whose approving order the plan rests on. */
    @Column(name = "school_list_id")
    public Long schoolListId;

    @Enumerated(EnumType.STRING)
    public RoadmapStatus status = RoadmapStatus.DRAFT;

    /** Corrections made since approval. */
    public int revision;

    public List<Measure> measures() {
        return Measure.list("roadmap = ?1 order by position", this);
    }

    /** The date a year left out of a deadline is counted from: the approval, or the start of the plan. */
    public LocalDate documentDate() {
        return approvalDate != null ? approvalDate : periodFrom;
    }

    /** The region's plan, a municipality's or one school's. */
    public Place place() {
        return new Place(region.id, municipality == null ? null : municipality.id, school == null ? null : school.id);
    }
}
