package ru.rostok.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.body.Body;
import ru.rostok.common.AuditedEntity;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.security.Place;

/**
 * A monitoring campaign (мониторинг) approved by an order. Its schools live in campaign_school,
 * kept by set-based SQL: a regional campaign may ask thousands of schools.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends AuditedEntity {
    public String name;

    @Column(name = "academic_year")
    public String academicYear;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "order_date")
    public LocalDate orderDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_body_id")
    public Body orderBody;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    /** Set for a municipal campaign; a regional one has none. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    /** Schools (every campaign by default) or the region's municipalities, whose education authorities answer. */
    @Enumerated(EnumType.STRING)
    public Respondent respondent = Respondent.SCHOOL;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_scope")
    public SchoolScope schoolScope;

    /** The approved school list whose schools a SCHOOL_LIST campaign asks. */
    @Column(name = "school_list_id")
    public Long schoolListId;

    @Column(name = "opens_on")
    public LocalDate opensOn;

    @Column(name = "closes_on")
    public LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    public CampaignStatus status = CampaignStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "campaign_indicator", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("position")
    public List<CampaignIndicator> indicators = new ArrayList<>();

    /** Past the closing date and not yet closed or published: handing in is overdue. */
    public boolean overdueOn(LocalDate day) {
        return overdueOn(closesOn, day);
    }

    /** The same for a campaign read as a row: its closing date has passed. */
    public static boolean overdueOn(LocalDate closesOn, LocalDate day) {
        return day.isAfter(closesOn);
    }

    /** The region's campaign or a municipality's own. */
    public Place place() {
        return Place.municipality(region.id, municipality == null ? null : municipality.id);
    }
}
