package ru.rostok.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The Keycloak realms in the repository: what the demo offers, and what production must not. */
class RealmFilesTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void swaggerUiOfALocalBackendLogsInWithAPublicPkceClientWhoseTokensTheApiAccepts() throws IOException {
        JsonNode swagger = client(realm("keycloak/rostok-realm.json"), "rostok-swagger-ui");
        assertThat(swagger.path("publicClient").asBoolean()).isTrue();
        assertThat(swagger.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(swagger.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(swagger.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(swagger.path("redirectUris"))).contains("http://localhost:8080/q/swagger-ui/oauth2-redirect.html");
        assertThat(swagger.path("protocolMappers")).anySatisfy(mapper ->
                assertThat(mapper.path("config").path("included.client.audience").asText()).isEqualTo("rostok-api"));
    }

    @Test
    void productionRealmHasNoDemoUsersNoTestClientsAndNoKnownSecrets() throws IOException {
        JsonNode realm = realm(PRODUCTION);
        assertThat(realm.path("realm").asText()).isEqualTo("rostok");
        // only the service account of rostok-accounts, which holds its realm-management roles; no person, no password
        realm.path("users").forEach(user -> {
            assertThat(user.path("serviceAccountClientId").asText()).as(user.path("username").asText()).isEqualTo("rostok-accounts");
            assertThat(user.path("credentials")).isEmpty();
        });
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("passwordPolicy").asText()).isNotBlank();
        realm.path("clients").forEach(client -> {
            String id = client.path("clientId").asText();
            assertThat(id).doesNotStartWith("rostok-tests");
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(id + ": password grant").isFalse();
            assertThat(client.path("implicitFlowEnabled").asBoolean()).as(id + ": implicit flow").isFalse();
            assertThat(client.has("secret")).as(id + ": a secret known from the repository").isFalse();
            if (client.path("publicClient").asBoolean()) {
                assertThat(client.path("attributes").path("pkce.code.challenge.method").asText()).as(id + ": PKCE").isEqualTo("S256");
            }
        });
    }

    @Test
    void productionRealmKeepsWhatTheBackendNeeds() throws IOException {
        JsonNode production = realm(PRODUCTION);
        JsonNode demo = realm("keycloak/rostok-realm.json");
        assertThat(production.path("roles")).isEqualTo(demo.path("roles"));
        assertThat(production.path("components")).as("user profile with region_id, municipality_id, org_id")
                .isEqualTo(demo.path("components"));
        JsonNode spa = client(production, "rostok-spa");
        assertThat(spa.path("protocolMappers")).isEqualTo(client(demo, "rostok-spa").path("protocolMappers"));
        assertThat(client(production, "rostok-api").path("standardFlowEnabled").asBoolean()).isFalse();
    }

    @Test
    void rostokManagesAccountsAsAConfidentialClientHoldingOnlyUserManagementRoles() throws IOException {
        for (String file : List.of("keycloak/rostok-realm.json", PRODUCTION)) {
            JsonNode realm = realm(file);
            JsonNode accounts = client(realm, "rostok-accounts");
            assertThat(accounts.path("publicClient").asBoolean()).isFalse();
            assertThat(accounts.path("serviceAccountsEnabled").asBoolean()).isTrue();
            assertThat(accounts.path("standardFlowEnabled").asBoolean()).isFalse();
            assertThat(accounts.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            JsonNode user = StreamSupport.stream(realm.path("users").spliterator(), false)
                    .filter(u -> "rostok-accounts".equals(u.path("serviceAccountClientId").asText())).findFirst().orElseThrow();
            assertThat(texts(user.path("clientRoles").path("realm-management"))).as(file)
                    .containsExactlyInAnyOrder("manage-users", "view-users", "query-users");
            assertThat(user.path("clientRoles").size()).isEqualTo(1);
        }
    }

    static final String PRODUCTION = "keycloak/production/rostok-realm.json";

    static JsonNode realm(String file) throws IOException {
        return new ObjectMapper().readTree(ROOT.resolve(file).toFile());
    }

    static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(c -> clientId.equals(c.path("clientId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
