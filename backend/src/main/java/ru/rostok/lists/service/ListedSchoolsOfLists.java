package ru.rostok.lists.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.SchoolListEntry;
import ru.rostok.monitoring.service.ListedSchools;

/** The schools on a list, for monitoring (a campaign of a list's schools) and for plans resting on a list. */
@ApplicationScoped
public class ListedSchoolsOfLists implements ListedSchools {
    @Inject
    SchoolListService lists;

    @Override
    public Optional<Listed> visible(long listId) {
        try {
            return Optional.of(listed(lists.require(listId)));
        } catch (ru.rostok.common.ApiException notFound) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Listed> anyScope(long listId) {
        return SchoolList.<SchoolList>findByIdOptional(listId).map(ListedSchoolsOfLists::listed);
    }

    @Override
    public List<Long> schools(long listId) {
        return included(listId);
    }

    private static List<Long> included(long listId) {
        return SchoolListEntry.getEntityManager().createQuery("select e.schoolId from SchoolListEntry e where e.listId = :l and e.included = true "
                + "order by e.schoolId", Long.class).setParameter("l", listId).getResultList();
    }

    private static Listed listed(SchoolList l) {
        return new Listed(l.id, l.region.id, l.status == SchoolList.Status.APPROVED, l.title, l.year, l.yearTo, l.orderNumber, l.orderDate,
                included(l.id));
    }
}
