package ru.rostok.risk.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.TerritoryPolicy;

/** Risk factors are the region's reference data; a school's profile is confirmed by the school and those above it. */
@ApplicationScoped
public class RiskPolicy {
    public static final String ASSESS = "assess";

    @Inject
    Scope scope;

    @Inject
    TerritoryPolicy territoryPolicy;

    public boolean mayKeepFactorsOf(Region region) {
        return territoryPolicy.mayKeepDataOf(region);
    }

    /** The school's staff, its coordinator, the region's analysts. */
    public boolean mayAssess(School school) {
        return scope.actsFor(school.place());
    }

    public List<String> actions(School school) {
        return mayAssess(school) ? List.of(ASSESS) : List.of();
    }
}
