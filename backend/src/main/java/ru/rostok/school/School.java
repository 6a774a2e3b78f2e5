package ru.rostok.school;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.Optional;
import ru.rostok.common.AuditedEntity;
import ru.rostok.common.Text;
import ru.rostok.territory.Municipality;
import ru.rostok.security.Place;

/** A general education school (общеобразовательная организация, ОО). */
@Entity
@Table(name = "school")
public class School extends AuditedEntity {
    public String inn;

    @Column(name = "short_name")
    public String shortName;

    @Column(name = "full_name")
    public String fullName;

    @Enumerated(EnumType.STRING)
    public SchoolType type;

    @Enumerated(EnumType.STRING)
    public Settlement settlement;

    public String address;
    public String principal;
    public int pupils;
    public int teachers;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    public Municipality municipality;

    @Column(name = "search_text")
    String searchText;

    @PrePersist
    @PreUpdate
    void index() {
        searchText = Text.searchable(shortName, fullName, address, principal, inn);
    }

    /** The school with its municipality, which every check of who may see it reads, in one statement. */
    public static Optional<School> withMunicipality(long id) {
        return find("from School s join fetch s.municipality where s.id = ?1", id).firstResultOptional();
    }

    public static Optional<School> findByInn(String inn) {
        return find("inn", inn).firstResultOptional();
    }

    public Place place() {
        return new Place(municipality.region.id, municipality.id, id);
    }
}
