package ru.rostok.territory;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import ru.rostok.common.AuditedEntity;
import ru.rostok.security.Place;

/** A subject of the Russian Federation (субъект РФ), identified publicly by its two-digit code. */
@Entity
@Table(name = "region")
public class Region extends AuditedEntity {
    public String code;
    public String name;

    public static Optional<Region> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Place place() {
        return Place.region(id);
    }
}
