package ru.rostok.territory;

/** Kind of municipal formation. */
public enum MunicipalityKind {
    /** городской округ */
    URBAN_DISTRICT,
    /** муниципальный район */
    MUNICIPAL_DISTRICT,
    /** муниципальный округ */
    MUNICIPAL_OKRUG
}
