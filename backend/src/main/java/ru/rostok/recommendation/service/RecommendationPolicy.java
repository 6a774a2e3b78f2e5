package ru.rostok.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import ru.rostok.recommendation.Recommendation;
import ru.rostok.security.Scope;

/**
 * Who sees a recommendation: one to a school whoever sees the school; one to a municipality or a municipal body the
 * people of that municipality and above (not its schools); one to a regional body the region's people only. Written
 * once as a query condition: the list filters by it, and the check of one record is the same query narrowed to it.
 */
@ApplicationScoped
public class RecommendationPolicy {
    @Inject
    Scope scope;

    public Scope.Filter filter(String alias) {
        // ids and subqueries only: a path through the optional school or municipality would join them inner and drop
        // the recommendations addressed otherwise
        Map<String, Object> params = new HashMap<>();
        Scope.Filter school = scope.schools("rs");
        params.putAll(school.params());
        params.put("toSchool", Recommendation.Addressee.SCHOOL);
        String toSchool = alias + ".addresseeKind = :toSchool and " + alias + ".school.id in (select rs.id from School rs where "
                + school.jpql() + ")";
        String toMunicipality = "1 = 0";
        if (scope.level() != Scope.Level.SCHOOL) {
            Scope.Filter municipality = scope.municipalities("rm");
            params.putAll(municipality.params());
            toMunicipality = alias + ".addresseeKind <> :toSchool and " + alias + ".municipality.id in (select rm.id from Municipality rm where "
                    + municipality.jpql() + ")";
        }
        String toRegionalBody = "1 = 0";
        if (scope.level() == Scope.Level.ALL || scope.level() == Scope.Level.REGION) {
            Scope.Filter region = scope.regions("rr");
            params.putAll(region.params());
            params.put("toBody", Recommendation.Addressee.BODY);
            toRegionalBody = alias + ".addresseeKind = :toBody and " + alias + ".municipality is null and " + alias
                    + ".region.id in (select rr.id from Region rr where " + region.jpql() + ")";
        }
        return new Scope.Filter("(" + toSchool + ") or (" + toMunicipality + ") or (" + toRegionalBody + ")", params);
    }

    public Optional<Recommendation> visible(long id) {
        Scope.Filter seen = filter("r");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("id", id);
        return Recommendation.<Recommendation>find("from Recommendation r where r.id = :id and (" + seen.jpql() + ")", params)
                .firstResultOptional();
    }
}
