package ru.rostok.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import ru.rostok.school.School;
import ru.rostok.security.Place;
import ru.rostok.security.PlaceDirectory;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/** The registry's answer to a token's codes: a region by its code, a municipality by OKTMO, a school by INN. */
@ApplicationScoped
public class SchoolPlaces implements PlaceDirectory {

    @Override
    public Optional<Place> region(String code) {
        return Region.findByCode(code).map(Region::place);
    }

    @Override
    public Optional<Place> municipality(String oktmo) {
        return Municipality.findByOktmo(oktmo).map(Municipality::place);
    }

    @Override
    public Optional<Place> school(String inn) {
        return School.findByInn(inn).map(School::place);
    }
}
