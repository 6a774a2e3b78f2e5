package ru.rostok.control;

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
import ru.rostok.body.Body;
import ru.rostok.common.AuditedEntity;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.security.Place;

/** A decision (решение коллегии, приказ, постановление, протокол) whose numbered points assign work. */
@Entity
@Table(name = "decision")
public class Decision extends AuditedEntity {
    @Enumerated(EnumType.STRING)
    public DecisionKind kind;

    public String number;

    @Column(name = "decision_date")
    public LocalDate date;

    public String title;
    public String preamble;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_body_id")
    public Body issuerBody;

    @Column(name = "issuer_label")
    public String issuerLabel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(name = "controller_label")
    public String controllerLabel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "controller_body_id")
    public Body controllerBody;

    @Column(name = "controller_person")
    public String controllerPerson;

    public List<Assignment> assignments() {
        return Assignment.list("decision = ?1 order by position", this);
    }

    /** The region's decision or a municipality's. */
    public Place place() {
        return Place.municipality(region.id, municipality == null ? null : municipality.id);
    }
}
