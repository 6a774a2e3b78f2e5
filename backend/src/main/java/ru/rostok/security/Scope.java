package ru.rostok.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.rostok.common.ApiException;

/**
 * The caller: their roles and the place they act for (all, a region, a municipality, a school), and the territorial
 * relations every feature's policy is made of. It knows no feature: a feature's policy says where its record stands
 * ({@link Place}) or how a query reaches that place ({@link Paths}), and asks here.
 *
 * <p>The claims carry public codes (region code, OKTMO, INN), which are resolved to the registry's records once per
 * request through the {@link PlaceDirectory}. A record outside the scope is reported as not found, so its existence
 * leaks nothing.
 */
@RequestScoped
public class Scope {

    /** How wide the caller's view is, from the widest. */
    public enum Level { ALL, REGION, MUNICIPALITY, SCHOOL, NONE }

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    PlaceDirectory directory;

    private Level level;
    private Place place = new Place(null, null, null);

    public String username() {
        String name = token.getClaim("preferred_username");
        return name != null ? name : identity.getPrincipal().getName();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null && !name.isBlank() ? name : username();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().strip();
    }

    public Level level() {
        resolve();
        return level;
    }

    public Optional<Long> regionId() {
        resolve();
        return Optional.ofNullable(place.regionId());
    }

    public Optional<Long> municipalityId() {
        resolve();
        return Optional.ofNullable(place.municipalityId());
    }

    public Optional<Long> schoolId() {
        resolve();
        return Optional.ofNullable(place.schoolId());
    }

    private void resolve() {
        if (level != null) {
            return;
        }
        Optional<Place> found;
        if (hasRole(Role.ADMIN)) {
            level = Level.ALL;
            return;
        } else if (hasRole(Role.REGIONAL_ANALYST) || hasRole(Role.INTEGRATOR)) {
            found = directory.region(claim("region_id"));
        } else if (hasRole(Role.MUNICIPAL_COORDINATOR)) {
            found = directory.municipality(claim("municipality_id"));
        } else if (hasRole(Role.SCHOOL_STAFF)) {
            found = directory.school(claim("org_id"));
        } else {
            found = Optional.empty();
        }
        place = found.orElse(place);
        level = found.map(Place::level).orElse(Level.NONE);
    }

    // ------------------------------------------------------------------ relations to a record's place

    /** The caller stands at or above the place: the region's people, its municipality's, the school's own. */
    public boolean covers(Place p) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> same(p.regionId(), place.regionId());
            case MUNICIPALITY -> same(p.municipalityId(), place.municipalityId());
            case SCHOOL -> same(p.schoolId(), place.schoolId());
            case NONE -> false;
        };
    }

    /**
     * The caller stands at, above or below the place: a record of the region is shared with everyone in it, one of a
     * municipality with its people and its schools, one of a school with that school and those above it.
     */
    public boolean shares(Place p) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> same(p.regionId(), place.regionId());
            case MUNICIPALITY -> same(p.regionId(), place.regionId()) && within(p.municipalityId(), place.municipalityId());
            case SCHOOL -> same(p.regionId(), place.regionId()) && within(p.municipalityId(), place.municipalityId())
                    && within(p.schoolId(), place.schoolId());
            case NONE -> false;
        };
    }

    /** The caller keeps records (an integrator, another system, reads and loads but keeps nothing). */
    public boolean keeps() {
        return switch (level()) {
            case ALL, MUNICIPALITY, SCHOOL -> true;
            case REGION -> hasRole(Role.REGIONAL_ANALYST);
            case NONE -> false;
        };
    }

    /** Keeps the records of the place: its own people and those above it. */
    public boolean actsFor(Place p) {
        return keeps() && covers(p);
    }

    /** The caller is the place's own people: the region's analysts, the municipality's coordinator, the school's staff. */
    public boolean standsAt(Place p) {
        return keeps() && level() == p.level() && covers(p);
    }

    /** Keeps the records of the place as its own people, or administers everything. */
    public boolean actsAt(Place p) {
        return level() == Level.ALL || standsAt(p);
    }

    /** Keeps the records of the place from above it: for a school, its coordinator and the region's analysts. */
    public boolean actsAbove(Place p) {
        return level() == Level.ALL || actsFor(p) && level().ordinal() < p.level().ordinal();
    }

    /** Acts for some place of this level or above it: the question of a capability before any record is chosen. */
    public boolean keepsAt(Level placeLevel) {
        return keeps() && level().ordinal() <= placeLevel.ordinal();
    }

    public void require(boolean allowed, String detail, Object... args) {
        if (!allowed) {
            throw ApiException.forbidden(detail, args);
        }
    }

    private static boolean same(Long a, Long b) {
        return a != null && a.equals(b);
    }

    private static boolean within(Long recordPart, Long own) {
        return recordPart == null || recordPart.equals(own);
    }

    // ------------------------------------------------------------------ the same relations as query conditions

    /** A condition (JPQL or SQL, by the paths given) and its parameters. */
    public record Filter(String jpql, Map<String, Object> params) {
        public static final Filter ALL = new Filter("1 = 1", Map.of());
        public static final Filter NONE = new Filter("1 = 0", Map.of());

        public Filter and(Filter other) {
            return combine(other, "and");
        }

        public Filter or(Filter other) {
            return combine(other, "or");
        }

        private Filter combine(Filter other, String operator) {
            Map<String, Object> merged = new HashMap<>(params);
            merged.putAll(other.params); // the scope's parameters have one name and one value per request
            return new Filter("(" + jpql + ") " + operator + " (" + other.jpql + ")", merged);
        }

        /** The parameters with one more. */
        public Map<String, Object> with(String name, Object value) {
            Map<String, Object> all = new HashMap<>(params);
            all.put(name, value);
            return all;
        }
    }

    /** {@link #covers} over a query's paths. */
    public Filter covering(Paths p) {
        return switch (level()) {
            case ALL -> Filter.ALL;
            case REGION -> equal(p.region(), "scopeRegion", place.regionId());
            case MUNICIPALITY -> equal(p.municipality(), "scopeMunicipality", place.municipalityId());
            case SCHOOL -> equal(p.school(), "scopeSchool", place.schoolId());
            case NONE -> Filter.NONE;
        };
    }

    /** {@link #shares} over a query's paths. */
    public Filter sharing(Paths p) {
        return switch (level()) {
            case ALL -> Filter.ALL;
            case REGION -> equal(p.region(), "scopeRegion", place.regionId());
            case MUNICIPALITY -> equal(p.region(), "scopeRegion", place.regionId())
                    .and(nullOr(p.municipality(), "scopeMunicipality", place.municipalityId()));
            case SCHOOL -> equal(p.region(), "scopeRegion", place.regionId())
                    .and(nullOr(p.municipality(), "scopeMunicipality", place.municipalityId()))
                    .and(nullOr(p.school(), "scopeSchool", place.schoolId()));
            case NONE -> Filter.NONE;
        };
    }

    private static Filter equal(String path, String name, Long value) {
        return path == null ? Filter.NONE : new Filter(path + " = :" + name, Map.of(name, value));
    }

    private static Filter nullOr(String path, String name, Long value) {
        return path == null ? Filter.ALL : new Filter(path + " is null or " + path + " = :" + name, Map.of(name, value));
    }
}
