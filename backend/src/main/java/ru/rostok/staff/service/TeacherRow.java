package ru.rostok.staff.service;

import io.quarkus.hibernate.orm.panache.common.ProjectedFieldName;
import java.time.LocalDate;
import java.util.List;
import ru.rostok.security.Place;
import ru.rostok.staff.QualificationCategory;

/** A teacher of a list, read as one row with their school's and municipality's names: no entity is loaded for a page. */
record TeacherRow(long id, String lastName, String firstName, String middleName, String position, List<String> subjects,
                  QualificationCategory category, LocalDate categoryDate, Integer experienceYears, LocalDate lastTrainingDate,
                  LocalDate archivedOn,
                  @ProjectedFieldName("school.id") long schoolId,
                  @ProjectedFieldName("school.shortName") String schoolName,
                  @ProjectedFieldName("school.municipality.id") long municipalityId,
                  @ProjectedFieldName("school.municipality.name") String municipalityName,
                  @ProjectedFieldName("school.municipality.region.id") long regionId,
                  long version) {

    Place place() {
        return new Place(regionId, municipalityId, schoolId);
    }

    String fullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    LocalDate categoryExpiresOn() {
        return category.expiresOn(categoryDate);
    }
}
