package ru.rostok.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.representations.idm.UserRepresentation;
import ru.rostok.account.Account;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;

/**
 * Accounts in Keycloak as the caller may see and keep them: a list and one account, creation with the role and scope
 * attributes taken from the record chosen, disabling, a new setup link, a move to another school. Every change is in
 * Rostok's audit under the account's number there.
 */
@ApplicationScoped
public class AccountService {
    static final String ENTITY = "UserAccount";

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    AccountPolicy policy;

    @Inject
    AccountPlaces places;

    @Inject
    AccountSetups setups;

    @Inject
    AuditLog audit;

    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    SchoolService schools;

    /** An account with its Rostok role, as read from Keycloak. */
    record Found(UserRepresentation user, AccountRole role) {
    }

    // ------------------------------------------------------------------ reading

    public UserOptions options() {
        return new UserOptions(policy.creatableRoles().stream().map(r -> r.key).toList());
    }

    public PageResponse<UserAccountView> list(UserFilter filter, PageQuery query) {
        query.toPage();
        AccountPolicy.Filter scope = policy.filter();
        Map<String, String> attributes = new LinkedHashMap<>(scope.attributes());
        boolean possible = narrow(attributes, filter);
        Set<AccountRole> roles = scope.roles();
        if (filter.role != null) {
            AccountRole wanted = AccountRole.of(filter.role).orElseThrow(() -> ApiException.invalid("role", "account.roleUnknown"));
            roles = roles.contains(wanted) ? Set.of(wanted) : Set.of();
        }
        if (!possible || roles.isEmpty()) {
            return new PageResponse<>(List.of(), query.page, query.size, 0);
        }
        List<UserRepresentation> candidates = keycloak.search(attributes);
        String text = Text.trimToNull(filter.q) == null ? null : Text.fold(filter.q.strip());
        Set<AccountRole> shown = roles;
        List<Found> found = candidates.stream()
                .filter(u -> filter.enabled == null || filter.enabled.equals(u.isEnabled()))
                .filter(u -> text == null || Text.fold(String.join(" ", fullName(u), nz(u.getEmail()), u.getUsername())).contains(text))
                .map(u -> new Found(u, places.likelyRole(u.getAttributes())))
                .filter(f -> f.role() != null && shown.contains(f.role()))
                .sorted(Comparator.comparing((Found f) -> Text.fold(fullName(f.user()))).thenComparing(f -> f.user().getUsername()))
                .toList();
        // the role the attributes suggest, confirmed by the account's role mapping for the accounts shown
        List<Found> page = found.stream().skip((long) query.page * query.size).limit(query.size)
                .map(f -> new Found(f.user(), keycloak.role(f.user().getId()).orElse(null)))
                .filter(f -> f.role() != null && shown.contains(f.role()))
                .toList();
        Map<String, Account> notes = notes(page.stream().map(f -> f.user().getId()).toList());
        return new PageResponse<>(page.stream().map(f -> view(f, notes.get(f.user().getId()))).toList(), query.page, query.size, found.size());
    }

    /** Adds the list's filters to the attribute query; false when they cannot match anything the caller sees. */
    private boolean narrow(Map<String, String> attributes, UserFilter filter) {
        Map<String, String> wanted = new HashMap<>();
        if (filter.regionId != null) {
            Optional<String> code = regions.visible(filter.regionId).map(r -> r.code);
            if (code.isEmpty()) {
                return false;
            }
            wanted.put(AccountPolicy.REGION, code.get());
        }
        if (filter.municipalityId != null) {
            Optional<String> code = municipalities.visible(filter.municipalityId).map(m -> m.oktmo);
            if (code.isEmpty()) {
                return false;
            }
            wanted.put(AccountPolicy.MUNICIPALITY, code.get());
        }
        if (filter.schoolId != null) {
            Optional<String> code = schools.visible(filter.schoolId).map(s -> s.inn);
            if (code.isEmpty()) {
                return false;
            }
            wanted.put(AccountPolicy.ORGANIZATION, code.get());
        }
        for (var e : wanted.entrySet()) {
            String before = attributes.putIfAbsent(e.getKey(), e.getValue());
            if (before != null && !before.equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    public UserAccountView get(String id) {
        Found f = require(id);
        return view(f, notes(List.of(id)).get(id));
    }

    /** An account in the caller's sight; 404 for any other. */
    Found require(String id) {
        Optional<UserRepresentation> user = id == null || id.length() > 64 ? Optional.empty() : keycloak.find(id);
        if (user.isEmpty() || user.get().getUsername().startsWith("service-account-")) {
            throw notFound(id);
        }
        AccountRole role = keycloak.role(id).orElse(null);
        if (!policy.sees(role, user.get().getAttributes())) {
            throw notFound(id);
        }
        return new Found(user.get(), role);
    }

    /** An account the caller may change: in sight and not their own. */
    private Found requireChangeable(String id) {
        Found f = require(id);
        if (policy.isSelf(id)) {
            throw ApiException.forbidden("account.self");
        }
        return f;
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("account.notFound", id);
    }

    // ------------------------------------------------------------------ writing

    @Transactional
    public UserCreated create(UserInput input) {
        AccountRole role = AccountRole.of(input.role()).orElseThrow(() -> ApiException.invalid("role", "account.roleUnknown"));
        if (!policy.mayGive(role)) {
            throw ApiException.forbidden("account.roleForbidden", role.russian);
        }
        AccountPlaces.Target target = places.byId(role, input.regionId(), input.municipalityId(), input.schoolId());
        if (!policy.covers(target.place())) {
            throw ApiException.notFound("account.placeOutsideScope");
        }
        String email = input.email().strip().toLowerCase(Locale.ROOT);
        if (keycloak.findByEmail(email).isPresent()) {
            throw ApiException.conflict("account.emailTaken", email);
        }
        String id = keycloak.create(representation(input.lastName(), input.firstName(), input.middleName(), email, target), role);
        try {
            Account account = note(id);
            UserAccountView view = get(id);
            audit.created(ENTITY, account.id, view.username(), target.regionId(), view);
            return new UserCreated(view, setups.issue(account));
        } catch (RuntimeException e) {
            keycloak.delete(id);
            throw e;
        }
    }

    /** The Keycloak account for a new person: username = e-mail; the password is set by the person. */
    static UserRepresentation representation(String lastName, String firstName, String middleName, String email, AccountPlaces.Target target) {
        UserRepresentation u = new UserRepresentation();
        u.setUsername(email);
        u.setEmail(email);
        u.setLastName(lastName.strip());
        u.setFirstName(firstName.strip());
        u.setEnabled(true);
        u.setEmailVerified(false);
        u.setRequiredActions(List.of(AccountSetups.UPDATE_PASSWORD));
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        target.attributes().forEach((k, v) -> attributes.put(k, List.of(v)));
        String middle = Text.trimToNull(middleName);
        if (middle != null) {
            attributes.put("middle_name", List.of(middle));
        }
        u.setAttributes(attributes);
        return u;
    }

    @Transactional
    public UserAccountView setEnabled(String id, boolean enabled) {
        Found f = requireChangeable(id);
        Account account = note(id);
        UserAccountView before = view(f, account);
        f.user().setEnabled(enabled);
        keycloak.update(id, f.user());
        UserAccountView after = view(f, account);
        audit.updated(ENTITY, account.id, after.username(), after.regionId(), before, after);
        return after;
    }

    @Transactional
    public AccountSetup sendSetup(String id) {
        Found f = requireChangeable(id);
        Account account = note(id);
        AccountSetup setup = setups.issue(account);
        UserAccountView view = view(f, account);
        audit.updated(ENTITY, account.id, view.username(), view.regionId(), Map.of("setupSent", false), Map.of("setupSent", true));
        return setup;
    }

    @Transactional
    public UserAccountView move(String id, long schoolId) {
        Found f = requireChangeable(id);
        if (f.role() != AccountRole.SCHOOL_STAFF) {
            throw ApiException.badRequest("account.moveOnlyStaff");
        }
        School school = schools.require(schoolId);
        AccountPlaces.Target target = places.school(school);
        if (!policy.covers(target.place())) {
            throw ApiException.notFound("school.notFound", schoolId);
        }
        Account account = note(id);
        UserAccountView before = view(f, account);
        Map<String, List<String>> attributes = new LinkedHashMap<>(f.user().getAttributes() == null ? Map.of() : f.user().getAttributes());
        target.attributes().forEach((k, v) -> attributes.put(k, List.of(v)));
        f.user().setAttributes(attributes);
        keycloak.update(id, f.user());
        UserAccountView after = view(f, account);
        audit.updated(ENTITY, account.id, after.username(), after.regionId(), before, after);
        return after;
    }

    /** Disables every enabled staff account of a school that closes; answers how many. */
    @Transactional
    public DisabledAccounts disableSchool(long schoolId) {
        School school = schools.require(schoolId);
        AccountPlaces.Target target = places.school(school);
        if (!policy.covers(target.place()) || !policy.mayGive(AccountRole.SCHOOL_STAFF)) {
            throw ApiException.forbidden("account.schoolForbidden");
        }
        Map<String, String> attributes = new LinkedHashMap<>(policy.filter().attributes());
        attributes.put(AccountPolicy.ORGANIZATION, school.inn);
        int disabled = 0;
        for (UserRepresentation u : keycloak.search(attributes)) {
            if (!u.isEnabled() || policy.isSelf(u.getId()) || keycloak.role(u.getId()).orElse(null) != AccountRole.SCHOOL_STAFF) {
                continue;
            }
            Found f = new Found(u, AccountRole.SCHOOL_STAFF);
            Account account = note(u.getId());
            UserAccountView before = view(f, account);
            u.setEnabled(false);
            keycloak.update(u.getId(), u);
            UserAccountView after = view(f, account);
            audit.updated(ENTITY, account.id, after.username(), after.regionId(), before, after);
            disabled++;
        }
        return new DisabledAccounts(disabled);
    }

    /** The caller opened Rostok: the account's last login is now. */
    @Transactional
    public void recordLogin(String subject) {
        if (subject == null || subject.isBlank() || subject.length() > 36) {
            return;
        }
        Account.getEntityManager().createNativeQuery("""
                insert into account (keycloak_id, last_login_at) values (?1, now())
                on conflict (keycloak_id) do update set last_login_at = excluded.last_login_at""")
                .setParameter(1, subject).executeUpdate();
    }

    // ------------------------------------------------------------------ views

    /** Rostok's note of the account, made on first need. */
    @Transactional(Transactional.TxType.MANDATORY)
    Account note(String keycloakId) {
        return Account.findByKeycloakId(keycloakId).orElseGet(() -> {
            Account a = new Account();
            a.keycloakId = keycloakId;
            a.persist();
            a.flush();
            return a;
        });
    }

    private static Map<String, Account> notes(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Account.<Account>list("keycloakId in ?1", ids).stream().collect(Collectors.toMap(a -> a.keycloakId, a -> a));
    }

    UserAccountView view(Found f, Account note) {
        UserRepresentation u = f.user();
        AccountPlaces.Acting acting = places.acting(f.role(), u.getAttributes());
        boolean passwordSet = u.getRequiredActions() == null || !u.getRequiredActions().contains(AccountSetups.UPDATE_PASSWORD);
        return new UserAccountView(u.getId(), u.getUsername(), nz(u.getLastName()), nz(u.getFirstName()), middleName(u), fullName(u),
                nz(u.getEmail()), f.role().key, acting.actingFor(), acting.regionId(), acting.municipalityId(), acting.schoolId(),
                Boolean.TRUE.equals(u.isEnabled()), Boolean.TRUE.equals(u.isEmailVerified()), passwordSet,
                u.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(u.getCreatedTimestamp()),
                note == null || note.lastLoginAt == null ? null : note.lastLoginAt.toInstant(),
                policy.actions(u.getId(), f.role(), Boolean.TRUE.equals(u.isEnabled())));
    }

    static String middleName(UserRepresentation u) {
        return AccountPolicy.first(u.getAttributes(), "middle_name");
    }

    static String fullName(UserRepresentation u) {
        String name = Stream.of(u.getLastName(), u.getFirstName(), middleName(u)).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? u.getUsername() : name;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now();
    }
}
