package ru.rostok.security;

import java.util.Optional;

/**
 * Finds the places a token's public codes name (region code, OKTMO, school INN). Implemented by the feature that keeps
 * the registry, so that this package depends on none.
 */
public interface PlaceDirectory {
    Optional<Place> region(String code);

    Optional<Place> municipality(String oktmo);

    Optional<Place> school(String inn);
}
