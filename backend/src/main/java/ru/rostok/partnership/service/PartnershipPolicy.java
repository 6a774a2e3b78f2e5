package ru.rostok.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.rostok.partnership.Partnership;
import ru.rostok.security.Scope;

/**
 * Who sees a partnership: whoever sees either of its schools (their staff, their coordinators, the region's analysts).
 * One rule, written once as a query condition: the list filters by it and the check of one record is the same query
 * narrowed to that record, so the two cannot disagree.
 */
@ApplicationScoped
public class PartnershipPolicy {
    @Inject
    Scope scope;

    /** The JPQL condition over a partnership alias, with its parameters. */
    public Scope.Filter filter(String alias) {
        Scope.Filter weak = scope.schools(alias + ".weakSchool");
        Scope.Filter partner = scope.schools(alias + ".partnerSchool");
        Map<String, Object> params = new HashMap<>(weak.params());
        params.putAll(partner.params()); // the same names with the same values: the caller's scope
        return new Scope.Filter("(" + weak.jpql() + ") or (" + partner.jpql() + ")", params);
    }

    public Optional<Partnership> visible(long id) {
        Scope.Filter seen = filter("p");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("id", id);
        return Partnership.<Partnership>find("from Partnership p where p.id = :id and (" + seen.jpql() + ")", params).firstResultOptional();
    }
}
