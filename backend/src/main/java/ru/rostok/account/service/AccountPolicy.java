package ru.rostok.account.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.rostok.security.Place;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;

/**
 * Who may see, create and change which accounts. The administrator: every account, any role. A region's analyst: the
 * accounts of their region except administrators, and they give the roles of their region and below. A municipality's
 * coordinator: the school staff of their municipality's schools. Nobody changes their own account.
 *
 * <p>The same rule twice: {@link #sees} for one account, {@link #filter} for a list, as Keycloak's attribute query
 * ({@code q=region_id:91 municipality_id:35715000}) and the roles the list may hold.
 */
@RequestScoped
public class AccountPolicy {
    public static final String DISABLE = "disable";
    public static final String ENABLE = "enable";
    public static final String SEND_SETUP = "sendSetup";
    public static final String MOVE = "move";

    public static final String REGION = "region_id";
    public static final String MUNICIPALITY = "municipality_id";
    public static final String ORGANIZATION = "org_id";

    @Inject
    Scope scope;

    /** The accounts a caller's list may hold: those whose attributes match these, holding one of the roles. */
    public record Filter(Map<String, String> attributes, Set<AccountRole> roles) {
        public boolean matches(AccountRole role, Map<String, List<String>> attrs) {
            return role != null && roles.contains(role)
                    && attributes.entrySet().stream().allMatch(e -> e.getValue().equals(first(attrs, e.getKey())));
        }
    }

    public Filter filter() {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (scope.level() == Scope.Level.ALL) {
            return new Filter(attributes, EnumSet.allOf(AccountRole.class));
        }
        String region = scope.claim(REGION);
        if (scope.hasRole(Role.REGIONAL_ANALYST) && scope.level() == Scope.Level.REGION && region != null) {
            attributes.put(REGION, region);
            return new Filter(attributes, EnumSet.of(AccountRole.REGIONAL_ANALYST, AccountRole.MUNICIPAL_COORDINATOR, AccountRole.SCHOOL_STAFF));
        }
        String municipality = scope.claim(MUNICIPALITY);
        if (scope.hasRole(Role.MUNICIPAL_COORDINATOR) && scope.level() == Scope.Level.MUNICIPALITY && region != null && municipality != null) {
            attributes.put(REGION, region);
            attributes.put(MUNICIPALITY, municipality);
            return new Filter(attributes, EnumSet.of(AccountRole.SCHOOL_STAFF));
        }
        return new Filter(Map.of(REGION, "-"), EnumSet.noneOf(AccountRole.class));
    }

    /** The account is in the caller's sight; any other is answered as not found. */
    public boolean sees(AccountRole role, Map<String, List<String>> attributes) {
        return filter().matches(role, attributes);
    }

    /** The roles the caller may give: their own level and below (never an administrator, unless one). */
    public List<AccountRole> creatableRoles() {
        return new ArrayList<>(filter().roles());
    }

    public boolean mayGive(AccountRole role) {
        return filter().roles().contains(role);
    }

    /** The record a new or moved account will act for is within the caller's territory. */
    public boolean covers(Place place) {
        return place == null ? scope.level() == Scope.Level.ALL : scope.covers(place);
    }

    /** The caller's own account: nobody widens or changes their own. */
    public boolean isSelf(String id) {
        return Objects.equals(scope.claim("sub"), id);
    }

    public List<String> actions(String id, AccountRole role, boolean enabled) {
        if (isSelf(id)) {
            return List.of();
        }
        List<String> actions = new ArrayList<>();
        actions.add(enabled ? DISABLE : ENABLE);
        actions.add(SEND_SETUP);
        if (role == AccountRole.SCHOOL_STAFF) {
            actions.add(MOVE);
        }
        return actions;
    }

    static String first(Map<String, List<String>> attributes, String name) {
        if (attributes == null) {
            return null;
        }
        List<String> values = attributes.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
