package ru.rostok.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** For the management cycle (which checks the caller's scope): the weak schools with a partner, set-based. */
@ApplicationScoped
public class PartneredSchools {
    @Inject
    EntityManager em;

    /**
     * The weak schools of a region (or, with no region, of every one) with a partnership past the proposal and not
     * closed (agreed, its plan submitted or approved, active), each with its latest such partnership: one query.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> partnershipOfWeakSchool(Long regionId) {
        var query = em.createNativeQuery("""
                select distinct on (p.weak_school_id) p.weak_school_id, p.id from partnership p
                where p.status in ('AGREED', 'PLAN_SUBMITTED', 'APPROVED', 'ACTIVE')""" + (regionId == null ? "" : " and p.region_id = :region")
                + " order by p.weak_school_id, p.id desc");
        if (regionId != null) {
            query.setParameter("region", regionId);
        }
        Map<Long, Long> found = new HashMap<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            found.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return found;
    }
}
