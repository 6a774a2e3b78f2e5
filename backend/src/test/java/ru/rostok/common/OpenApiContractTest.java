package ru.rostok.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** What a client generated from the contract, or Swagger UI, learns about errors and logging in. */
@QuarkusTest
@SuppressWarnings("unchecked")
class OpenApiContractTest {
    private static final String PROBLEM = "#/components/schemas/Problem";

    private Map<String, Object> doc;

    @BeforeEach
    void readDocument() {
        doc = new Yaml().load(given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    static boolean isPublic(Map<String, Object> op) {
        return Boolean.TRUE.equals(op.get("x-public"));
    }

    @Test
    void everyErrorAnswerOfEveryOperationIsAProblem() {
        List<String> bare = new ArrayList<>();
        paths().forEach((path, item) -> item.forEach((method, op) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            for (String code : List.of("401", "403")) {
                if (!isPublic(op) && !responses.containsKey(code)) bare.add(method + " " + path + " " + code + ": missing");
            }
            responses.forEach((code, response) -> {
                if ((code.startsWith("4") || code.startsWith("5")) && !isProblem(response)) {
                    bare.add(method + " " + path + " " + code);
                }
            });
        }));
        assertThat(bare).isEmpty();
    }

    @Test
    void keycloakIsAnOAuthServerWithAuthorizationCodeForPeopleAndClientCredentialsForSystems() {
        Map<String, Map<String, Object>> schemes = (Map<String, Map<String, Object>>) components().get("securitySchemes");
        assertThat(schemes).containsOnlyKeys("keycloak");
        Map<String, Object> keycloak = schemes.get("keycloak");
        assertThat(keycloak).containsEntry("type", "oauth2");
        Map<String, Map<String, Object>> flows = (Map<String, Map<String, Object>>) keycloak.get("flows");
        assertThat(flows).containsOnlyKeys("authorizationCode", "clientCredentials");
        assertThat((String) flows.get("authorizationCode").get("authorizationUrl")).endsWith("/realms/rostok/protocol/openid-connect/auth");
        assertThat((String) flows.get("authorizationCode").get("tokenUrl")).endsWith("/realms/rostok/protocol/openid-connect/token");
        assertThat((String) flows.get("clientCredentials").get("tokenUrl")).endsWith("/realms/rostok/protocol/openid-connect/token");
        // every operation needs Keycloak's token but the public ones of a one-time link, which say they need none
        paths().forEach((path, item) -> item.forEach((method, op) ->
                assertThat(op.get("security")).as(method + " " + path).isEqualTo(isPublic(op) ? List.of() : List.of(Map.of("keycloak", List.of())))));
        assertThat(paths().get("/api/v1/account-setup/{token}").get("post").get("x-public")).isEqualTo(true);
        // roles are not OAuth scopes: they are listed beside the requirement
        assertThat(paths().get("/api/v1/audit").get("get").get("x-roles")).isEqualTo(List.of("admin", "regional-analyst"));
    }

    @Test
    void swaggerUiLogsInWithItsPublicClientAndPkce() {
        String index = given().get("/q/swagger-ui/index.html").then().statusCode(200).extract().asString();
        assertThat(index).contains("rostok-swagger-ui").contains("usePkceWithAuthorizationCodeGrant: true");
    }

    @Test
    void documentNamesItsServerLicenceAndEveryTag() {
        assertThat((List<Map<String, Object>>) doc.get("servers")).extracting(s -> s.get("url")).containsExactly("/");
        Map<String, Object> license = (Map<String, Object>) ((Map<String, Object>) doc.get("info")).get("license");
        assertThat(license).containsKeys("name", "identifier");
        List<Map<String, Object>> tags = (List<Map<String, Object>>) doc.get("tags");
        List<String> used = new ArrayList<>();
        paths().values().forEach(item -> item.values().forEach(op -> used.addAll((List<String>) op.get("tags"))));
        assertThat(tags).extracting(t -> t.get("name")).containsAll(used);
        assertThat(tags).allSatisfy(t -> assertThat(t.get("description")).as(t.get("name").toString()).isNotNull());
    }

    private static boolean isProblem(Map<String, Object> response) {
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.get("content");
        if (content == null || !content.containsKey(Problem.MEDIA_TYPE)) return false;
        Map<String, Object> schema = (Map<String, Object>) content.get(Problem.MEDIA_TYPE).get("schema");
        return schema != null && PROBLEM.equals(schema.get("$ref"));
    }

    private Map<String, Map<String, Map<String, Object>>> paths() {
        return (Map<String, Map<String, Map<String, Object>>>) doc.get("paths");
    }

    private Map<String, Object> components() {
        return (Map<String, Object>) doc.get("components");
    }
}
