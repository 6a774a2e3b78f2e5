package ru.rostok.school.service;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;
import java.time.OffsetDateTime;
import ru.rostok.school.SchoolType;
import ru.rostok.school.Settlement;
import ru.rostok.security.Place;

/** A school of a list, read as one row with its municipality's and region's names: no entity is loaded for a page. */
record SchoolRow(long id, String inn, String shortName, String fullName, SchoolType type, Settlement settlement,
                 String address, String principal, int pupils, int teachers,
                 @ProjectedFieldName("municipality.id") long municipalityId,
                 @ProjectedFieldName("municipality.name") String municipalityName,
                 @ProjectedFieldName("municipality.region.id") long regionId,
                 @ProjectedFieldName("municipality.region.name") String regionName,
                 long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    Place place() {
        return new Place(regionId, municipalityId, id);
    }
}
