package ru.rostok.monitoring.service;

import java.util.List;
import java.util.Optional;

/**
 * The schools of a school list (перечень ШНОР/ШНСУ), for a campaign of a list's schools: answered by the lists feature,
 * which sits above monitoring.
 */
public interface ListedSchools {
    /** A list the caller may see: its region, whether it is approved by an order, and the schools on it. */
    record Listed(long id, long regionId, boolean approved, String title, int year, int yearTo, String orderNumber,
                  java.time.LocalDate orderDate, List<Long> schoolIds) {
    }

    Optional<Listed> visible(long listId);

    /** A list as a record names it, whatever the caller's scope (the record's own scope was checked). */
    Optional<Listed> anyScope(long listId);

    /** The schools on a list whatever the caller's scope: whose values a plan resting on the list is measured by. */
    List<Long> schools(long listId);
}
