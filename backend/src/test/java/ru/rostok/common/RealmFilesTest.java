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
