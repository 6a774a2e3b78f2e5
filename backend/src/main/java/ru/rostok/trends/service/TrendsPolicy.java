package ru.rostok.trends.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.common.ApiException;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;
import ru.rostok.security.Place;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;

/**
 * Whose numbers the caller may follow: the region (and its clusters) for its analysts, a municipality for its
 * coordinator and the region's analysts, a school for its own staff and those above it. A school's staff see the
 * region's quartiles beside their school, never another school; a coordinator sees the comparison's row of their own
 * municipality and the region's totals, as the management cycle shows them only their own row. Outside: not found.
 */
@ApplicationScoped
public class TrendsPolicy {
    @Inject
    Scope scope;

    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    SchoolService schools;

    /** The group a trend follows. */
    public record Subject(String kind, long id, String name, long regionId, Long municipalityId, Long schoolId, Integer cluster) {
    }

    public Subject subject(Long regionId, Long municipalityId, Integer cluster, Long schoolId) {
        if (schoolId != null) {
            School s = schools.visible(schoolId).filter(x -> sees(new Place(x.municipality.region.id, x.municipality.id, x.id)))
                    .orElseThrow(() -> ApiException.notFound("school.notFound", schoolId));
            return new Subject("SCHOOL", s.id, s.shortName, s.municipality.region.id, s.municipality.id, s.id, null);
        }
        if (municipalityId != null) {
            Municipality m = municipalities.visible(municipalityId).filter(x -> sees(Place.municipality(x.region.id, x.id)))
                    .orElseThrow(() -> ApiException.notFound("territory.municipalityNotFound", municipalityId));
            return new Subject("MUNICIPALITY", m.id, m.name, m.region.id, m.id, null, null);
        }
        Long region = regionId != null ? regionId : scope.level() == Scope.Level.REGION ? scope.regionId().orElse(null) : null;
        if (region == null) {
            // with nothing named, a coordinator follows their municipality and a school's staff their school
            if (scope.level() == Scope.Level.MUNICIPALITY && cluster == null) {
                return subject(null, scope.municipalityId().orElseThrow(), null, null);
            }
            if (scope.level() == Scope.Level.SCHOOL && cluster == null) {
                return subject(null, null, null, scope.schoolId().orElseThrow());
            }
            throw ApiException.invalid("regionId", "trends.subjectRequired");
        }
        long asked = region;
        Region r = regions.visible(asked).filter(x -> sees(Place.region(x.id)))
                .orElseThrow(() -> ApiException.notFound("territory.regionNotFound", asked));
        if (cluster != null) {
            return new Subject("CLUSTER", cluster, "Кластер " + cluster, r.id, null, null, cluster);
        }
        return new Subject("REGION", r.id, r.name, r.id, null, null, null);
    }

    boolean sees(Place p) {
        return scope.actsFor(p);
    }

    /** The municipality whose row alone a coordinator sees in a comparison; null for those who see every row. */
    public Long onlyMunicipality() {
        return scope.level() == Scope.Level.MUNICIPALITY ? scope.municipalityId().orElseThrow() : null;
    }

    /** The comparison of a region's municipalities: its analysts, its coordinators (their own row), administrators. */
    public void checkComparison(long regionId) {
        boolean allowed = switch (scope.level()) {
            case ALL -> true;
            case REGION -> scope.keeps() && scope.regionId().orElseThrow() == regionId;
            case MUNICIPALITY -> scope.regionId().orElseThrow() == regionId;
            default -> false;
        };
        if (!allowed) {
            throw ApiException.forbidden("trends.comparisonForbidden");
        }
    }
}
