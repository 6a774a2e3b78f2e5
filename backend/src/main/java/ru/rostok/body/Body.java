package ru.rostok.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import ru.rostok.common.AuditedEntity;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.security.Place;

/** A body that manages or supports schools: a ministry, an education authority, a methodological centre. */
@Entity
@Table(name = "body")
public class Body extends AuditedEntity {
    public String inn;

    @Enumerated(EnumType.STRING)
    public BodyKind kind;

    @Column(name = "short_name")
    public String shortName;

    @Column(name = "full_name")
    public String fullName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    /** Empty for a regional body. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    public String head;
    public String address;

    public static Optional<Body> findByInn(String inn) {
        return find("inn", inn).firstResultOptional();
    }

    /** A body of the region or of one of its municipalities. */
    public Place place() {
        return Place.municipality(region.id, municipality == null ? null : municipality.id);
    }
}
