package ru.rostok.territory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.security.Paths;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Regions and municipalities are seen by everyone who works in them; the region's reference data (its municipalities,
 * bodies, rules, lists, factors) is kept by its analysts.
 */
@ApplicationScoped
public class TerritoryPolicy {
    @Inject
    Scope scope;

    public boolean sees(Region r) {
        return scope.shares(r.place());
    }

    public boolean sees(Municipality m) {
        return scope.shares(m.place());
    }

    public Scope.Filter regions(String alias) {
        return scope.sharing(new Paths(alias + ".id", null, null));
    }

    public Scope.Filter municipalities(String alias) {
        return scope.sharing(new Paths(alias + ".region.id", alias + ".id", null));
    }

    /** The region's reference data is kept by its analysts (and the administrators). */
    public boolean mayKeepDataOf(Region r) {
        return scope.actsFor(r.place());
    }
}
