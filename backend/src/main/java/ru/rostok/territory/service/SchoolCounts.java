package ru.rostok.territory.service;

import java.util.Collection;
import java.util.Map;

/** How many schools territories have; answered by the school registry, which sits above territories. */
public interface SchoolCounts {
    /** The number of schools of each region given that has any (one query for a whole page). */
    Map<Long, Long> inRegions(Collection<Long> regionIds);

    /** The number of schools of each municipality given that has any (one query for a whole page). */
    Map<Long, Long> inMunicipalities(Collection<Long> municipalityIds);
}
