package ru.rostok.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Arrays;
import java.util.List;
import ru.rostok.body.service.BodyPolicy;
import ru.rostok.recommendation.Recommendation;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.territory.service.TerritoryPolicy;

/**
 * Who sees a recommendation: one to a school whoever sees the school; one to a municipality or a municipal body the
 * people of that municipality and above (not its schools); one to a regional body the region's people only. Written
 * once as a query condition: the list filters by it, and the check of one record is the same query narrowed to it.
 */
@ApplicationScoped
public class RecommendationPolicy {
    @Inject
    Scope scope;

    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    public Scope.Filter filter(String alias) {
        // ids and subqueries only: a path through the optional school or municipality would join them inner and drop
        // the recommendations addressed otherwise
        Map<String, Object> params = new HashMap<>();
        Scope.Filter school = schoolPolicy.filter("rs");
        params.putAll(school.params());
        params.put("toSchool", Recommendation.Addressee.SCHOOL);
        String toSchool = alias + ".addresseeKind = :toSchool and " + alias + ".school.id in (select rs.id from School rs where "
                + school.jpql() + ")";
        String toMunicipality = "1 = 0";
        if (scope.level() != Scope.Level.SCHOOL) {
            Scope.Filter municipality = territoryPolicy.municipalities("rm");
            params.putAll(municipality.params());
            toMunicipality = alias + ".addresseeKind <> :toSchool and " + alias + ".municipality.id in (select rm.id from Municipality rm where "
                    + municipality.jpql() + ")";
        }
        String toRegionalBody = "1 = 0";
        if (scope.level() == Scope.Level.ALL || scope.level() == Scope.Level.REGION) {
            Scope.Filter region = territoryPolicy.regions("rr");
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

    /** The addressee: the school's own staff, the municipality's coordinator, the body's people. */
    public boolean addressedToCaller(Recommendation r) {
        return switch (r.addresseeKind) {
            case SCHOOL -> scope.standsAt(r.school.place());
            case BODY -> bodyPolicy.worksFor(r.body);
            case MUNICIPALITY -> scope.standsAt(r.municipality.place());
        };
    }

    /** The region's analysts give recommendations to anyone in it; a coordinator to the municipality's schools and bodies. */
    public boolean mayIssue(Recommendation r) {
        boolean regional = scope.actsFor(r.region.place());
        boolean municipal = r.municipality != null && scope.standsAt(r.municipality.place())
                && r.addresseeKind != Recommendation.Addressee.MUNICIPALITY;
        return regional || municipal;
    }

    /** Its addressee accepts it and reports on it. */
    public boolean mayAnswer(Recommendation r) {
        return addressedToCaller(r) || scope.hasRole(Role.ADMIN);
    }

    /** Accepted first, then done or not done. */
    public static boolean reachable(Recommendation.Status from, Recommendation.Status to) {
        return switch (to) {
            case ISSUED -> false;
            case ACCEPTED -> from == Recommendation.Status.ISSUED;
            case DONE, NOT_DONE -> from == Recommendation.Status.ACCEPTED;
        };
    }

    /** The statuses the caller may move the recommendation to. */
    public List<String> actions(Recommendation r) {
        if (!mayAnswer(r)) {
            return List.of();
        }
        return Arrays.stream(Recommendation.Status.values()).filter(to -> reachable(r.status, to)).map(Enum::name).toList();
    }
}
