package ru.rostok.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import ru.rostok.school.School;
import ru.rostok.territory.service.SchoolCounts;

@ApplicationScoped
public class SchoolCountsOfRegistry implements SchoolCounts {

    @Override
    public Map<Long, Long> inRegions(Collection<Long> regionIds) {
        return counts("s.municipality.region.id", regionIds);
    }

    @Override
    public Map<Long, Long> inMunicipalities(Collection<Long> municipalityIds) {
        return counts("s.municipality.id", municipalityIds);
    }

    private static Map<Long, Long> counts(String territory, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return School.getEntityManager().unwrap(Session.class)
                .createSelectionQuery("select " + territory + ", count(*) from School s where " + territory + " in :ids group by " + territory,
                        Object[].class)
                // as a list: given a collection where a single value may stand, Hibernate first tries to convert it, and throws
                .setParameterList("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
