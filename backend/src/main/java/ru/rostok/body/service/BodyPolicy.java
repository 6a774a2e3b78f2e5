package ru.rostok.body.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.body.Body;
import ru.rostok.security.Paths;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Bodies (ministry, authorities, centres) are seen by the region's people, a municipality's by that municipality and
 * its schools; a body's people are the analysts of the region for a regional body, the coordinator for a municipal one.
 */
@ApplicationScoped
public class BodyPolicy {
    @Inject
    Scope scope;

    public boolean sees(Body b) {
        return scope.shares(b.place());
    }

    public Scope.Filter filter(String alias) {
        return scope.sharing(new Paths(alias + ".region.id", alias + ".municipality.id", null));
    }

    /** The body the caller works for: a regional body for the region's analysts, a municipal one for its coordinator. */
    public boolean worksFor(Body body) {
        return body != null && scope.actsAt(body.place());
    }

    /**
     * A body a document of this territory (a plan, a decision) may name as its owner, issuer, controller or responsible:
     * one of the territory's own; a body above it only by those who act for the region, so that nobody puts work into a
     * higher body's «Моя работа» on their own.
     */
    public boolean mayName(Body body, Region region, Municipality municipality) {
        if (!sees(body) || !body.region.id.equals(region.id)) {
            return false;
        }
        boolean ofTheTerritory = municipality == null || body.municipality != null && body.municipality.id.equals(municipality.id);
        return ofTheTerritory || scope.keepsAt(Scope.Level.REGION);
    }
}
