package ru.rostok.account.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import ru.rostok.common.ApiException;

/**
 * Every call Rostok makes to Keycloak's admin API, through the service account of the client {@code rostok-accounts}
 * (realm-management manage-users, view-users, query-users only). The one place where Keycloak being unreachable
 * becomes a 503: nothing else in Rostok talks to it.
 */
@ApplicationScoped
public class KeycloakAccounts {
    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class);
    static final int BATCH = 500;
    /** An answer to a list is assembled from at most this many accounts. */
    static final int MAX_SCAN = 20_000;

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm", defaultValue = "rostok")
    String realm;

    private final Map<String, RoleRepresentation> roles = new ConcurrentHashMap<>();

    KeycloakAccounts() {
    }

    /** Over a client of one's own (a test points one at a closed port). */
    public KeycloakAccounts(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    /** Accounts whose attributes match all of these (Keycloak's {@code q=name:value …}), service accounts left out. */
    public List<UserRepresentation> search(Map<String, String> attributes) {
        String q = attributes.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
        List<UserRepresentation> found = new ArrayList<>();
        for (int first = 0; first < MAX_SCAN; first += BATCH) {
            int from = first;
            List<UserRepresentation> batch = call(() -> q.isEmpty()
                    ? realm().users().search(null, from, BATCH, false)
                    : realm().users().searchByAttributes(from, BATCH, null, false, q));
            batch.stream().filter(u -> !u.getUsername().startsWith("service-account-")).forEach(found::add);
            if (batch.size() < BATCH) {
                break;
            }
        }
        return found;
    }

    public Optional<UserRepresentation> find(String id) {
        try {
            return Optional.of(call(() -> user(id).toRepresentation()));
        } catch (NotThere e) {
            return Optional.empty();
        }
    }

    public Optional<UserRepresentation> findByEmail(String email) {
        return call(() -> realm().users().searchByEmail(email, true)).stream().findFirst();
    }

    /**
     * A check whether an address has an account, usable from other threads of this request (the admin client is a
     * request-scoped bean: the realm is taken here, on the request's thread).
     */
    public java.util.function.Predicate<String> emailTaken() {
        RealmResource bound = realm();
        return email -> call(() -> !bound.users().searchByEmail(email, true).isEmpty());
    }

    /** The account's Rostok role (its realm roles' first known one), or none — also for an account deleted meanwhile. */
    public Optional<AccountRole> role(String id) {
        List<RoleRepresentation> mapped;
        try {
            mapped = call(() -> user(id).roles().realmLevel().listAll());
        } catch (NotThere gone) {
            return Optional.empty();
        }
        Set<String> names = mapped.stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
        for (AccountRole r : AccountRole.values()) {
            if (names.contains(r.key)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Creates the account with its role; answers its id. */
    public String create(UserRepresentation user, AccountRole role) {
        String id = call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    throw ApiException.conflict("account.emailTaken", user.getEmail());
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        try {
            // the realm's roles are not readable with user management alone: the ones a user may be given are
            RoleRepresentation r = roles.computeIfAbsent(role.key, k -> call(() -> user(id).roles().realmLevel().listAvailable()).stream()
                    .filter(available -> available.getName().equals(k)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the realm has no role " + k)));
            call(() -> {
                user(id).roles().realmLevel().add(List.of(r));
                return null;
            });
        } catch (RuntimeException e) {
            delete(id);
            throw e;
        }
        return id;
    }

    public void update(String id, UserRepresentation user) {
        call(() -> {
            user(id).update(user);
            return null;
        });
    }

    public void setPassword(String id, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        call(() -> {
            user(id).resetPassword(credential);
            return null;
        });
    }

    public void sendActionsEmail(String id, List<String> actions) {
        call(() -> {
            user(id).executeActionsEmail(actions);
            return null;
        });
    }

    /** Deletes the account; one already gone is fine. */
    public void delete(String id) {
        try {
            call(() -> {
                try (Response ignored = realm().users().delete(id)) {
                    return null;
                }
            });
        } catch (NotThere gone) {
            // already gone
        } catch (RuntimeException e) {
            LOG.warnf("Account %s could not be deleted: %s", id, e.getMessage());
        }
    }

    private UserResource user(String id) {
        return realm().users().get(id);
    }

    /** Keycloak answered that the account does not exist. */
    static final class NotThere extends RuntimeException {
        NotThere() {
            super(null, null, false, false);
        }
    }

    /** Runs a call, turning Keycloak out of reach (no connection, a 5xx, its client refused) into a 503. */
    <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException | NotThere e) {
            throw e;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404) {
                throw new NotThere();
            }
            if (status == 409) {
                throw ApiException.conflict("account.conflict");
            }
            if (status == 400) {
                LOG.warnf("Keycloak refused an account change: %s", e.getMessage());
                throw ApiException.badRequest("account.keycloakRefused");
            }
            throw unavailable(e);
        } catch (ProcessingException e) {
            throw unavailable(e);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException || t instanceof ProcessingException) {
                    throw unavailable(e);
                }
            }
            throw e;
        }
    }

    static ApiException unavailable(Exception e) {
        LOG.warnf("Keycloak's admin API failed (out of reach, or the client rostok-accounts refused): %s", e.getMessage());
        return new ApiException(503, "/problems/accounts-unavailable", "problem.accountsUnavailable", null,
                "problem.accountsUnavailable.detail");
    }
}
