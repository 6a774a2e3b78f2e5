package ru.rostok.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Optional;
import ru.rostok.common.AuditedEntity;
import ru.rostok.security.Place;

/** A municipal formation (городской округ, район), identified publicly by its OKTMO code. */
@Entity
@Table(name = "municipality")
public class Municipality extends AuditedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    public Region region;

    public String oktmo;
    public String name;

    @Enumerated(EnumType.STRING)
    public MunicipalityKind kind;

    public static Optional<Municipality> findByOktmo(String oktmo) {
        return find("oktmo", oktmo).firstResultOptional();
    }

    public Place place() {
        return Place.municipality(region.id, id);
    }
}
