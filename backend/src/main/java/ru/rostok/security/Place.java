package ru.rostok.security;

/**
 * Where a record (or the caller) stands in the territory: a region, a municipality within it, a school within that.
 * A record of the region itself has no municipality; a municipal one has no school.
 */
public record Place(Long regionId, Long municipalityId, Long schoolId) {

    public static Place region(Long regionId) {
        return new Place(regionId, null, null);
    }

    public static Place municipality(Long regionId, Long municipalityId) {
        return new Place(regionId, municipalityId, null);
    }

    public Scope.Level level() {
        return schoolId != null ? Scope.Level.SCHOOL : municipalityId != null ? Scope.Level.MUNICIPALITY : Scope.Level.REGION;
    }
}
