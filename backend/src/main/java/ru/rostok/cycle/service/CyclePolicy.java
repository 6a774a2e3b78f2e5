package ru.rostok.cycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.common.ApiException;
import ru.rostok.security.Scope;

/**
 * The cycle is a region's view of its municipalities: its analysts see every row of their region, the administrators
 * any region's or the country's, a municipality's coordinator only their own row. Outside that: not found.
 */
@ApplicationScoped
public class CyclePolicy {
    @Inject
    Scope scope;

    /** The rows asked for: which region (null: the country) and, for a coordinator, which municipality alone. */
    public record Rows(Long regionId, Long municipalityId) {
    }

    public Rows rows(Long regionId) {
        return switch (scope.level()) {
            case ALL -> new Rows(regionId, null);
            case REGION -> {
                if (!scope.keeps()) {
                    throw ApiException.forbidden("cycle.forbidden"); // an integrator: registry and monitoring data only
                }
                long own = scope.regionId().orElseThrow();
                if (regionId != null && regionId != own) {
                    throw ApiException.notFound("cycle.regionNotFound", regionId);
                }
                yield new Rows(own, null);
            }
            case MUNICIPALITY -> {
                long own = scope.regionId().orElseThrow();
                if (regionId != null && regionId != own) {
                    throw ApiException.notFound("cycle.regionNotFound", regionId);
                }
                yield new Rows(own, scope.municipalityId().orElseThrow());
            }
            default -> throw ApiException.forbidden("cycle.forbidden");
        };
    }

    public boolean sees(long regionId, long municipalityId) {
        return switch (scope.level()) {
            case ALL -> true;
            case REGION -> scope.keeps() && scope.regionId().orElseThrow() == regionId;
            case MUNICIPALITY -> scope.municipalityId().orElseThrow() == municipalityId;
            default -> false;
        };
    }

    /**
     * A region's overview is for those who manage the region: its analysts and the administrators. A coordinator or a
     * school of the region is refused; anyone else's region is not found.
     */
    public void requireOverview(long regionId) {
        switch (scope.level()) {
            case ALL -> { }
            case REGION -> {
                if (scope.regionId().orElseThrow() != regionId) {
                    throw ApiException.notFound("cycle.regionNotFound", regionId);
                }
                if (!scope.keeps()) {
                    throw ApiException.forbidden("cycle.overviewForbidden");
                }
            }
            case MUNICIPALITY, SCHOOL -> {
                if (scope.regionId().orElse(-1L) != regionId) {
                    throw ApiException.notFound("cycle.regionNotFound", regionId);
                }
                throw ApiException.forbidden("cycle.overviewForbidden");
            }
            default -> throw ApiException.forbidden("cycle.overviewForbidden");
        }
    }
}
