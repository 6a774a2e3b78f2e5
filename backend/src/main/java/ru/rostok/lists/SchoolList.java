package ru.rostok.lists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.rostok.body.Body;
import ru.rostok.common.AuditedEntity;
import ru.rostok.territory.Region;

/** A list (перечень) of ШНОР or ШНСУ for a year: draft, then approved by an order and in force that year. */
@Entity
@Table(name = "school_list")
public class SchoolList extends AuditedEntity {
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SchoolListStatus")
    public enum Status { DRAFT, APPROVED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    @Enumerated(EnumType.STRING)
    public ListKind kind;

    public int year;

    /** The last year the list is in force («на период с 2020 по 2022 годы»); the same year for a list of one year. */
    @Column(name = "year_to")
    public int yearTo;
    public String title;

    @Enumerated(EnumType.STRING)
    public Status status = Status.DRAFT;

    @JdbcTypeCode(SqlTypes.JSON)
    public RuleSnapshot rule;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "campaign_ids")
    public List<Long> campaignIds;

    @Column(name = "exit_years")
    public int exitYears;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "order_date")
    public LocalDate orderDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "order_body_id")
    public Body orderBody;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
}
