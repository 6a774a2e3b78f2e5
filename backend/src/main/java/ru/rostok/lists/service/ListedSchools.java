package ru.rostok.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.lists.ListKind;

/** For the management cycle (which checks the caller's scope): the approved lists and the schools on them, set-based. */
@ApplicationScoped
public class ListedSchools {
    /** An approved list of a year and the order that approved it. */
    public record ApprovedList(long listId, long regionId, ListKind kind, int year, String title, String orderNumber, LocalDate orderDate) {
    }

    /** A school included in an approved list. */
    public record Listed(long schoolId, long municipalityId, long listId, int year, LocalDate approvedOn) {
    }

    @Inject
    EntityManager em;

    /** The approved lists in force in the year, of a region or (no region) of every one. */
    @SuppressWarnings("unchecked")
    public List<ApprovedList> approved(Long regionId, int year) {
        var query = em.createNativeQuery("select id, region_id, kind, year, title, order_number, order_date from school_list "
                + "where status = 'APPROVED' and year = :year" + (regionId == null ? "" : " and region_id = :region") + " order by region_id, kind");
        query.setParameter("year", year);
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        List<ApprovedList> found = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            found.add(new ApprovedList(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ListKind.valueOf((String) r[2]),
                    ((Number) r[3]).intValue(), (String) r[4], (String) r[5], r[6] == null ? null : (LocalDate) r[6]));
        }
        return found;
    }

    /**
     * Every school included in an approved list of a year up to the given one, with the list's year and the date it was
     * approved (the order's date, else the day of approval).
     */
    @SuppressWarnings("unchecked")
    public List<Listed> included(Long regionId, int upToYear) {
        var query = em.createNativeQuery("""
                select e.school_id, s.municipality_id, l.id, l.year, coalesce(l.order_date, cast(l.approved_at as date))
                from school_list l
                join school_list_entry e on e.list_id = l.id and e.included
                join school s on s.id = e.school_id
                where l.status = 'APPROVED' and l.year <= :year""" + (regionId == null ? "" : " and l.region_id = :region"));
        query.setParameter("year", upToYear);
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        List<Listed> found = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            found.add(new Listed(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).intValue(), r[4] == null ? null : (LocalDate) r[4]));
        }
        return found;
    }
}
