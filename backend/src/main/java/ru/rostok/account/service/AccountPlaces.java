package ru.rostok.account.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.rostok.body.BodyKind;
import ru.rostok.body.service.BodyService;
import ru.rostok.body.service.BodyView;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;
import ru.rostok.security.Place;
import ru.rostok.security.PlaceDirectory;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;

/**
 * The records accounts act for, through the registry's services: the region, municipality or school a role needs, the
 * scope attributes it gives an account (public codes: region code, OKTMO, INN), and back from attributes to a place.
 */
@RequestScoped
public class AccountPlaces {
    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    SchoolService schools;

    @Inject
    BodyService bodies;

    @Inject
    PlaceDirectory directory;

    private final Map<String, Acting> seen = new HashMap<>();

    /** What a role's record gives an account: its scope attributes, where it stands and what it is called. */
    public record Target(AccountRole role, Map<String, String> attributes, Place place, String name) {
        public Long regionId() {
            return place == null ? null : place.regionId();
        }
    }

    /** An account's place as its attributes name it. */
    public record Acting(UserAccountView.ActingFor actingFor, Long regionId, Long municipalityId, Long schoolId) {
    }

    public Target administrator() {
        return new Target(AccountRole.ADMIN, Map.of(), null, "Все регионы");
    }

    public Target region(Region r) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(AccountPolicy.REGION, r.code);
        innOf(bodies.list(r.id, null, BodyKind.MINISTRY, PageQuery.all()).items()).ifPresent(inn -> attributes.put(AccountPolicy.ORGANIZATION, inn));
        return new Target(AccountRole.REGIONAL_ANALYST, attributes, r.place(), r.name);
    }

    public Target municipality(Municipality m) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(AccountPolicy.REGION, m.region.code);
        attributes.put(AccountPolicy.MUNICIPALITY, m.oktmo);
        innOf(bodies.list(null, m.id, BodyKind.EDUCATION_AUTHORITY, PageQuery.all()).items())
                .ifPresent(inn -> attributes.put(AccountPolicy.ORGANIZATION, inn));
        return new Target(AccountRole.MUNICIPAL_COORDINATOR, attributes, m.place(), m.name);
    }

    public Target school(School s) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(AccountPolicy.REGION, s.municipality.region.code);
        attributes.put(AccountPolicy.MUNICIPALITY, s.municipality.oktmo);
        attributes.put(AccountPolicy.ORGANIZATION, s.inn);
        return new Target(AccountRole.SCHOOL_STAFF, attributes, s.place(), s.shortName);
    }

    private static Optional<String> innOf(List<BodyView> found) {
        return found.stream().map(BodyView::inn).findFirst();
    }

    /** The record a new account of the role acts for, chosen by its id: exactly the id the role needs, else 400. */
    public Target byId(AccountRole role, Long regionId, Long municipalityId, Long schoolId) {
        String needed = switch (role) {
            case ADMIN -> null;
            case REGIONAL_ANALYST -> "regionId";
            case MUNICIPAL_COORDINATOR -> "municipalityId";
            case SCHOOL_STAFF -> "schoolId";
        };
        for (var given : Map.of("regionId", Optional.ofNullable(regionId), "municipalityId", Optional.ofNullable(municipalityId),
                "schoolId", Optional.ofNullable(schoolId)).entrySet()) {
            if (given.getValue().isPresent() != given.getKey().equals(needed)) {
                throw ApiException.invalid(given.getKey(), given.getValue().isPresent() ? "account.idNotForRole" : "account.idForRole");
            }
        }
        return switch (role) {
            case ADMIN -> administrator();
            case REGIONAL_ANALYST -> region(regions.require(regionId));
            case MUNICIPAL_COORDINATOR -> municipality(municipalities.require(municipalityId));
            case SCHOOL_STAFF -> school(schools.require(schoolId));
        };
    }

    /** The record a sheet's code names for the role (region code, OKTMO, INN), if the caller sees it. */
    public Optional<Target> byCode(AccountRole role, String code) {
        return switch (role) {
            case ADMIN -> code == null ? Optional.of(administrator()) : Optional.empty();
            case REGIONAL_ANALYST -> directory.region(code).flatMap(p -> regions.visible(p.regionId())).map(this::region);
            case MUNICIPAL_COORDINATOR -> directory.municipality(code).flatMap(p -> municipalities.visible(p.municipalityId())).map(this::municipality);
            case SCHOOL_STAFF -> directory.school(code).flatMap(p -> schools.visible(p.schoolId())).map(this::school);
        };
    }

    /**
     * The role an account's attributes suggest, as Rostok sets them: none → administrator, a region only → analyst, a
     * municipality and a school's INN → the school's staff, a municipality otherwise → coordinator. Keycloak does not let
     * user management alone read a role's members, so a list filters by this and confirms the role of the accounts shown.
     */
    public AccountRole likelyRole(Map<String, List<String>> attributes) {
        String region = AccountPolicy.first(attributes, AccountPolicy.REGION);
        String municipality = AccountPolicy.first(attributes, AccountPolicy.MUNICIPALITY);
        String org = AccountPolicy.first(attributes, AccountPolicy.ORGANIZATION);
        if (region == null) {
            return municipality == null && org == null ? AccountRole.ADMIN : null;
        }
        if (municipality == null) {
            return AccountRole.REGIONAL_ANALYST;
        }
        return org != null && schoolInns.computeIfAbsent(org, inn -> directory.school(inn).isPresent())
                ? AccountRole.SCHOOL_STAFF : AccountRole.MUNICIPAL_COORDINATOR;
    }

    private final Map<String, Boolean> schoolInns = new HashMap<>();

    /** Where an account of the role acts, from its attributes; a code the registry does not know is shown as it is. */
    public Acting acting(AccountRole role, Map<String, List<String>> attributes) {
        String code = switch (role) {
            case ADMIN -> null;
            case REGIONAL_ANALYST -> AccountPolicy.first(attributes, AccountPolicy.REGION);
            case MUNICIPAL_COORDINATOR -> AccountPolicy.first(attributes, AccountPolicy.MUNICIPALITY);
            case SCHOOL_STAFF -> AccountPolicy.first(attributes, AccountPolicy.ORGANIZATION);
        };
        return seen.computeIfAbsent(role.name() + ":" + code, k -> resolve(role, code));
    }

    private Acting resolve(AccountRole role, String code) {
        if (role == AccountRole.ADMIN) {
            return new Acting(new UserAccountView.ActingFor("ALL", null, null, "Все регионы"), null, null, null);
        }
        Optional<Acting> found = code == null ? Optional.empty() : switch (role) {
            case REGIONAL_ANALYST -> directory.region(code).flatMap(p -> regions.visible(p.regionId()))
                    .map(r -> new Acting(new UserAccountView.ActingFor("REGION", r.id, r.code, r.name), r.id, null, null));
            case MUNICIPAL_COORDINATOR -> directory.municipality(code).flatMap(p -> municipalities.visible(p.municipalityId()))
                    .map(m -> new Acting(new UserAccountView.ActingFor("MUNICIPALITY", m.id, m.oktmo, m.name), m.region.id, m.id, null));
            default -> directory.school(code).flatMap(p -> schools.visible(p.schoolId()))
                    .map(s -> new Acting(new UserAccountView.ActingFor("SCHOOL", s.id, s.inn, s.shortName),
                            s.municipality.region.id, s.municipality.id, s.id));
        };
        return found.orElseGet(() -> new Acting(new UserAccountView.ActingFor(role.actsFor, null, code, code == null ? "—" : code), null, null, null));
    }
}
