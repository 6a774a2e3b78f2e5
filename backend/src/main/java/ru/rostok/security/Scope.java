package ru.rostok.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import ru.rostok.body.Body;
import ru.rostok.common.ApiException;
import ru.rostok.control.Decision;
import ru.rostok.monitoring.Campaign;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.monitoring.CampaignSchool;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * What the caller may see and change: the one place where roles and token claims become rules.
 *
 * <p>The claims carry public codes (region code, OKTMO, INN), which are resolved to the registry's
 * records once per request. Services ask this bean; they never read claims themselves. A record
 * outside the scope is reported as not found, so its existence leaks nothing.
 */
@RequestScoped
public class Scope {

    /** How wide the caller's view is. */
    public enum Level { ALL, REGION, MUNICIPALITY, SCHOOL, NONE }

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Level level;
    private Long regionId;
    private Long municipalityId;
    private Long schoolId;

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
        return Optional.ofNullable(regionId);
    }

    public Optional<Long> municipalityId() {
        resolve();
        return Optional.ofNullable(municipalityId);
    }

    public Optional<Long> schoolId() {
        resolve();
        return Optional.ofNullable(schoolId);
    }

    private void resolve() {
        if (level != null) {
            return;
        }
        level = Level.NONE;
        if (hasRole(Role.ADMIN)) {
            level = Level.ALL;
        } else if (hasRole(Role.REGIONAL_ANALYST) || hasRole(Role.INTEGRATOR)) {
            Region.findByCode(claim("region_id")).ifPresent(r -> {
                level = Level.REGION;
                regionId = r.id;
            });
        } else if (hasRole(Role.MUNICIPAL_COORDINATOR)) {
            Municipality.findByOktmo(claim("municipality_id")).ifPresent(m -> {
                level = Level.MUNICIPALITY;
                municipalityId = m.id;
                regionId = m.region.id;
            });
        } else if (hasRole(Role.SCHOOL_STAFF)) {
            School.findByInn(claim("org_id")).ifPresent(s -> {
                level = Level.SCHOOL;
                schoolId = s.id;
                municipalityId = s.municipality.id;
                regionId = s.municipality.region.id;
            });
        }
    }

    // ------------------------------------------------------------------ visibility of single records

    public boolean sees(Region region) {
        return switch (level()) {
            case ALL -> true;
            case NONE -> false;
            default -> region.id.equals(regionId);
        };
    }

    public boolean sees(Municipality m) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> m.region.id.equals(regionId);
            case MUNICIPALITY, SCHOOL -> m.id.equals(municipalityId);
            case NONE -> false;
        };
    }

    /** Coordinators and school staff see the regional bodies of their region and the bodies of their municipality. */
    public boolean sees(Body b) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> b.region.id.equals(regionId);
            case MUNICIPALITY, SCHOOL -> b.region.id.equals(regionId)
                    && (b.municipality == null || b.municipality.id.equals(municipalityId));
            case NONE -> false;
        };
    }

    public boolean sees(School s) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> s.municipality.region.id.equals(regionId);
            case MUNICIPALITY -> s.municipality.id.equals(municipalityId);
            case SCHOOL -> s.id.equals(schoolId);
            case NONE -> false;
        };
    }

    /**
     * Analysts and integrators see their region's campaigns, coordinators the regional ones and their
     * municipality's, school staff the campaigns past draft that ask their school.
     */
    public boolean sees(Campaign c) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> c.region.id.equals(regionId);
            case MUNICIPALITY -> c.region.id.equals(regionId) && (c.municipality == null || c.municipality.id.equals(municipalityId));
            case SCHOOL -> c.status != CampaignStatus.DRAFT && CampaignSchool.includes(c.id, schoolId);
            case NONE -> false;
        };
    }

    /** Within the region: regional plans, the municipality's own, and one school's only for that school and its municipality. */
    public boolean sees(Roadmap r) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> r.region.id.equals(regionId);
            case MUNICIPALITY -> r.region.id.equals(regionId) && (r.municipality == null || r.municipality.id.equals(municipalityId));
            case SCHOOL -> r.region.id.equals(regionId) && (r.municipality == null || r.municipality.id.equals(municipalityId))
                    && (r.school == null || r.school.id.equals(schoolId));
            case NONE -> false;
        };
    }

    /** Regional decisions are seen in the whole region, a municipality's within it. */
    public boolean sees(Decision d) {
        return switch (level()) {
            case ALL -> true;
            case REGION -> d.region.id.equals(regionId);
            case MUNICIPALITY, SCHOOL -> d.region.id.equals(regionId) && (d.municipality == null || d.municipality.id.equals(municipalityId));
            case NONE -> false;
        };
    }

    // ------------------------------------------------------------------ what the caller may change

    /** Municipalities and bodies are reference data of a region: its analysts and the administrators keep them. */
    public boolean mayManageRegionData(Region region) {
        return hasRole(Role.ADMIN) || hasRole(Role.REGIONAL_ANALYST) && sees(region);
    }

    /** Schools are created and moved by the region's analysts and the municipality's coordinator. */
    public boolean mayManageSchoolsIn(Municipality m) {
        return hasRole(Role.ADMIN)
                || hasRole(Role.REGIONAL_ANALYST) && sees(m)
                || hasRole(Role.MUNICIPAL_COORDINATOR) && sees(m);
    }

    /** School staff keep their own school's profile; they cannot move it to another municipality. */
    public boolean mayEditProfileOf(School s) {
        return mayManageSchoolsIn(s.municipality) || hasRole(Role.SCHOOL_STAFF) && sees(s);
    }

    /** A region's indicator catalogue is kept by its analysts. */
    public boolean mayManageIndicatorsOf(Region region) {
        return hasRole(Role.ADMIN) || hasRole(Role.REGIONAL_ANALYST) && sees(region);
    }

    /** Analysts run the region's campaigns and its municipalities'; a coordinator runs the municipality's own. */
    public boolean mayManageCampaignOf(Region region, Municipality municipality) {
        return hasRole(Role.ADMIN)
                || hasRole(Role.REGIONAL_ANALYST) && sees(region)
                || hasRole(Role.MUNICIPAL_COORDINATOR) && municipality != null && sees(municipality);
    }

    /** Values are loaded in bulk (XLSX, CSV, JSON) by the region's analysts and integrators. */
    public boolean mayLoadValuesOf(Campaign c) {
        return hasRole(Role.ADMIN) || (hasRole(Role.REGIONAL_ANALYST) || hasRole(Role.INTEGRATOR)) && sees(c.region);
    }

    /** A school's own staff fill and hand in its data. */
    public boolean maySubmitFor(School s) {
        return hasRole(Role.ADMIN) || hasRole(Role.SCHOOL_STAFF) && sees(s);
    }

    /** The municipality's coordinator and the region's analysts accept or return what a school handed in. */
    public boolean mayReview(School s) {
        return hasRole(Role.ADMIN) || (hasRole(Role.MUNICIPAL_COORDINATOR) || hasRole(Role.REGIONAL_ANALYST)) && sees(s);
    }

    /** Only an analyst reopens data already accepted. */
    public boolean mayReopen(School s) {
        return hasRole(Role.ADMIN) || hasRole(Role.REGIONAL_ANALYST) && sees(s);
    }

    /** Plans are kept by their level's people: analysts for the region's, coordinators for the municipality's, staff for their school's. */
    public boolean mayManagePlanOf(Region region, Municipality municipality, School school) {
        return hasRole(Role.ADMIN)
                || hasRole(Role.REGIONAL_ANALYST) && sees(region)
                || hasRole(Role.MUNICIPAL_COORDINATOR) && municipality != null && sees(municipality)
                || hasRole(Role.SCHOOL_STAFF) && school != null && sees(school);
    }

    /** The body the caller works for: a coordinator's authority or centre of their municipality, or none. */
    public boolean worksFor(Body body) {
        if (body == null) {
            return false;
        }
        return switch (level()) {
            case ALL -> true;
            case REGION -> hasRole(Role.REGIONAL_ANALYST) && body.region.id.equals(regionId) && body.municipality == null;
            case MUNICIPALITY -> body.municipality != null && body.municipality.id.equals(municipalityId);
            default -> false;
        };
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
        return ofTheTerritory || hasRole(Role.ADMIN) || hasRole(Role.REGIONAL_ANALYST);
    }

    public void require(boolean allowed, String detail) {
        if (!allowed) {
            throw ApiException.forbidden(detail);
        }
    }

    // ------------------------------------------------------------------ query filters (JPQL)

    /** A JPQL condition and its parameters that keep a list inside the caller's scope. */
    public record Filter(String jpql, Map<String, Object> params) {
    }

    public Filter regions(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case NONE -> new Filter("1 = 0", Map.of());
            default -> new Filter(alias + ".id = :scopeRegion", Map.of("scopeRegion", regionId));
        };
    }

    public Filter municipalities(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case REGION -> new Filter(alias + ".region.id = :scopeRegion", Map.of("scopeRegion", regionId));
            case MUNICIPALITY, SCHOOL -> new Filter(alias + ".id = :scopeMunicipality", Map.of("scopeMunicipality", municipalityId));
            case NONE -> new Filter("1 = 0", Map.of());
        };
    }

    public Filter bodies(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case REGION -> new Filter(alias + ".region.id = :scopeRegion", Map.of("scopeRegion", regionId));
            case MUNICIPALITY, SCHOOL -> new Filter(alias + ".region.id = :scopeRegion and (" + alias
                    + ".municipality is null or " + alias + ".municipality.id = :scopeMunicipality)",
                    Map.of("scopeRegion", regionId, "scopeMunicipality", municipalityId));
            case NONE -> new Filter("1 = 0", Map.of());
        };
    }

    public Filter schools(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case REGION -> new Filter(alias + ".municipality.region.id = :scopeRegion", Map.of("scopeRegion", regionId));
            case MUNICIPALITY -> new Filter(alias + ".municipality.id = :scopeMunicipality", Map.of("scopeMunicipality", municipalityId));
            case SCHOOL -> new Filter(alias + ".id = :scopeSchool", Map.of("scopeSchool", schoolId));
            case NONE -> new Filter("1 = 0", Map.of());
        };
    }

    public Filter campaigns(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case REGION -> new Filter(alias + ".region.id = :scopeRegion", Map.of("scopeRegion", regionId));
            case MUNICIPALITY -> new Filter(alias + ".region.id = :scopeRegion and (" + alias + ".municipality is null or "
                    + alias + ".municipality.id = :scopeMunicipality)", Map.of("scopeRegion", regionId, "scopeMunicipality", municipalityId));
            case SCHOOL -> new Filter(alias + ".status <> ru.rostok.monitoring.CampaignStatus.DRAFT and exists (select 1 from CampaignSchool scs where scs.campaignId = "
                    + alias + ".id and scs.schoolId = :scopeSchool)", Map.of("scopeSchool", schoolId));
            case NONE -> new Filter("1 = 0", Map.of());
        };
    }

    public Filter indicators(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case NONE -> new Filter("1 = 0", Map.of());
            default -> new Filter(alias + ".region.id = :scopeRegion", Map.of("scopeRegion", regionId));
        };
    }

    /** The same as {@link #schools} in SQL, over a school table alias and its municipality's alias. */
    public Filter schoolsSql(String school, String municipality) {
        return switch (level()) {
            case ALL -> new Filter("true", Map.of());
            case REGION -> new Filter(municipality + ".region_id = :scopeRegion", Map.of("scopeRegion", regionId));
            case MUNICIPALITY -> new Filter(school + ".municipality_id = :scopeMunicipality", Map.of("scopeMunicipality", municipalityId));
            case SCHOOL -> new Filter(school + ".id = :scopeSchool", Map.of("scopeSchool", schoolId));
            case NONE -> new Filter("false", Map.of());
        };
    }

    /** Roadmaps and decisions share one territorial rule (region, municipality, school columns). */
    public Filter plans(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case REGION -> new Filter(alias + ".region.id = :scopeRegion", Map.of("scopeRegion", regionId));
            case MUNICIPALITY -> new Filter(alias + ".region.id = :scopeRegion and (" + alias + ".municipality is null or "
                    + alias + ".municipality.id = :scopeMunicipality)", Map.of("scopeRegion", regionId, "scopeMunicipality", municipalityId));
            case SCHOOL -> new Filter(alias + ".region.id = :scopeRegion and (" + alias + ".municipality is null or "
                    + alias + ".municipality.id = :scopeMunicipality)", Map.of("scopeRegion", regionId, "scopeMunicipality", municipalityId));
            case NONE -> new Filter("1 = 0", Map.of());
        };
    }

    public Filter roadmaps(String alias) {
        Filter plans = plans(alias);
        if (level() != Level.SCHOOL) {
            return plans;
        }
        Map<String, Object> params = new java.util.HashMap<>(plans.params());
        params.put("scopeSchool", schoolId);
        return new Filter(plans.jpql() + " and (" + alias + ".school is null or " + alias + ".school.id = :scopeSchool)", params);
    }

    /** Audit events are read by administrators (all) and analysts (their region). */
    public Filter auditEvents(String alias) {
        return switch (level()) {
            case ALL -> new Filter("1 = 1", Map.of());
            case REGION -> new Filter(alias + ".regionId = :scopeRegion", Map.of("scopeRegion", regionId));
            default -> new Filter("1 = 0", Map.of());
        };
    }
}
