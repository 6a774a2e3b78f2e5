package ru.rostok.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once per token rather than once per request: a client sends the same access token with
 * every request until it expires, and quarkus-oidc's check of it (JSON parsing, the RSA signature) was a third of the
 * CPU of a list request. quarkus-oidc caches only introspection and UserInfo results, not verified JWTs, so this
 * provider stands before its {@link OidcIdentityProvider}: a token not yet seen, or changed in any byte, is checked
 * by it in full (and a bad one rejected as before); a good one is remembered until its own exp.
 */
@ApplicationScoped
public class VerifiedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** Attributes quarkus-oidc puts on an identity that belong to one request, never carried to another. */
    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());

    private final OidcIdentityProvider oidc;
    private final VerifiedTokens verified;

    @Inject
    public VerifiedTokenIdentityProvider(OidcIdentityProvider oidc,
            @ConfigProperty(name = "rostok.security.verified-tokens", defaultValue = "5000") int maxEntries) {
        this.oidc = oidc;
        this.verified = new VerifiedTokens(maxEntries, Clock.systemUTC());
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return oidc.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential credential) || credential.isOpaque()
                || credential.getClass() != AccessTokenCredential.class) {
            return oidc.authenticate(request, context);
        }
        String token = credential.getToken();
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return verified.find(token)
                .map(identity -> Uni.createFrom().item(forRequest(identity, routing)))
                .orElseGet(() -> oidc.authenticate(request, context).invoke(identity -> remember(token, identity)));
    }

    boolean remembers(String token) {
        return verified.find(token).isPresent();
    }

    private void remember(String token, SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            verified.put(token, withoutRequest(identity).build(), jwt.getExpirationTime());
        }
    }

    private static QuarkusSecurityIdentity.Builder withoutRequest(SecurityIdentity identity) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials())
                .addPermissions(identity.getPermissions());
        identity.getAttributes().forEach((name, value) -> {
            if (!PER_REQUEST.contains(name)) {
                builder.addAttribute(name, value);
            }
        });
        return builder;
    }

    private static SecurityIdentity forRequest(SecurityIdentity cached, RoutingContext routing) {
        QuarkusSecurityIdentity.Builder builder = withoutRequest(cached);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
            Object blocking = routing.get(AuthenticationRequestContext.class.getName());
            if (blocking != null) {
                builder.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
            }
        }
        return builder.build();
    }
}
