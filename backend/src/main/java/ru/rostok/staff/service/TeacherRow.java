package ru.rostok.staff.service;

import java.time.LocalDate;
import java.util.List;
import ru.rostok.security.Place;
import ru.rostok.staff.QualificationCategory;

/** A teacher of a list, read as one row with their school's and municipality's names: no entity is loaded for a page. */
record TeacherRow(long id, String lastName, String firstName, String middleName, String position, List<String> subjects,
                  QualificationCategory category, LocalDate categoryDate, Integer experienceYears, LocalDate lastTrainingDate,
                  LocalDate archivedOn,
                  long schoolId, String schoolName, long municipalityId, String municipalityName, long regionId, long version) {
    /** The select clause over a teacher alias {@code t}, in the order of the fields. */
    static final String SELECT = "select new " + TeacherRow.class.getName() + "(t.id, t.lastName, t.firstName, t.middleName, "
            + "t.position, t.subjects, t.category, t.categoryDate, t.experienceYears, t.lastTrainingDate, t.archivedOn, "
            + "t.school.id, t.school.shortName, t.school.municipality.id, t.school.municipality.name, t.school.municipality.region.id, t.version)";


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
