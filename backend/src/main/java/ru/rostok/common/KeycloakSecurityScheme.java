package ru.rostok.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Declares Keycloak as the OAuth 2 server of the API: people log in with the authorization code flow
 * (Swagger UI with PKCE), other systems use client credentials. The realm's address is runtime
 * configuration ({@code rostok.openapi.keycloak-url}, the address browsers reach), so this runs at runtime: when the
 * document is asked for, not at startup, where preparing the document took a sixth of the start (issue 16).
 * Quarkus lists an operation's {@code @RolesAllowed} roles in its security requirement, where OAuth 2 expects
 * scopes (Swagger UI would ask Keycloak for them): they move to the operation's {@code x-roles}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class KeycloakSecurityScheme implements OASFilter {
    public static final String NAME = "keycloak";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String realm = ConfigProvider.getConfig().getValue("rostok.openapi.keycloak-url", String.class).replaceAll("/+$", "");
        String endpoints = realm + "/protocol/openid-connect";
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().setSecuritySchemes(null);
        openAPI.getComponents().addSecurityScheme(NAME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Keycloak, realm rostok; access tokens carry the audience rostok-api. People log in with "
                        + "the authorization code flow and PKCE (Swagger UI: client rostok-swagger-ui), other systems use "
                        + "client credentials of their own client. The document served by a running backend names "
                        + "its Keycloak's address.")
                .flows(OASFactory.createOAuthFlows()
                        .authorizationCode(OASFactory.createOAuthFlow()
                                .authorizationUrl(endpoints + "/auth")
                                .tokenUrl(endpoints + "/token")
                                .refreshUrl(endpoints + "/token")
                                .scopes(new LinkedHashMap<>()))
                        .clientCredentials(OASFactory.createOAuthFlow()
                                .tokenUrl(endpoints + "/token")
                                .scopes(new LinkedHashMap<>()))));
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::rolesAreNotScopes));
        }
    }

    /** An operation that needs no token (a one-time link's page): marked with the extension {@code x-public}. */
    public static boolean isPublic(Operation operation) {
        return operation.getExtensions() != null && operation.getExtensions().containsKey(PUBLIC);
    }

    public static final String PUBLIC = "x-public";

    private void rolesAreNotScopes(Operation operation) {
        if (isPublic(operation)) {
            operation.setSecurity(List.of());
            // SmallRye copies a method's extensions onto the responses it declares; the mark belongs to the operation
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getExtensions() != null) {
                        r.removeExtension(PUBLIC);
                    }
                });
            }
            return;
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        operation.getSecurity().forEach(requirement -> requirement.getSchemes().values().forEach(roles::addAll));
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", List.copyOf(roles));
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(NAME)));
    }
}
