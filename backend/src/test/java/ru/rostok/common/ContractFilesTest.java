package ru.rostok.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The committed contract and deployment files match what the code and the repository hold. */
@QuarkusTest
class ContractFilesTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void committedOpenApiIsTheGeneratedDocument() throws IOException {
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path committed = ROOT.resolve("openapi.yaml");
        if (Boolean.getBoolean("rostok.openapi.update")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("openapi.yaml differs from the backend's document; run ./rostok openapi and commit it")
                .isEqualTo(generated);
    }

    @Test
    void openApiDocumentsSecurityErrorsAndSummariesForEveryOperation() {
        String yaml = given().accept("application/yaml").get("/q/openapi").then().extract().asString();
        assertThat(yaml).doesNotContain("localhost");
        Map<String, Object> doc = new Yaml().load(yaml);
        List<String> missing = new ArrayList<>();
        ((Map<String, Map<String, Map<String, Object>>>) (Map) doc.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            if (op.get("summary") == null) missing.add(method + " " + path + ": summary");
            if (op.get("tags") == null) missing.add(method + " " + path + ": tags");
            if (op.get("security") == null) missing.add(method + " " + path + ": security");
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            // a public operation (a one-time link's page) says it needs no token, and has no 401 to answer
            boolean open = Boolean.TRUE.equals(op.get("x-public"));
            if (open && !List.of().equals(op.get("security"))) missing.add(method + " " + path + ": security []");
            if (!open && (responses == null || !responses.containsKey("401"))) missing.add(method + " " + path + ": 401");
        }));
        assertThat(missing).isEmpty();
    }

    /**
     * The SPA's tests render pages as each role; the operations each role may call come from {@code GET /me}, and the
     * SPA's fixture of them is generated here, so that it cannot drift from the resources' {@code @RolesAllowed}.
     */
    @Test
    void committedOperationsByRoleAreWhatMeAnswers() throws IOException {
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("admin", ru.rostok.support.Tokens.of("admin"));
        tokens.put("regional-analyst", ru.rostok.support.Tokens.of("analyst.crimea"));
        tokens.put("municipal-coordinator", ru.rostok.support.Tokens.of("coord.kerch"));
        tokens.put("school-staff", ru.rostok.support.Tokens.of("school.kerch1"));
        tokens.put("integrator", ru.rostok.support.Tokens.integrator());
        StringBuilder json = new StringBuilder("{\n");
        tokens.forEach((role, token) -> {
            List<String> actions = given().auth().oauth2(token).get("/api/v1/me").then().statusCode(200).extract().jsonPath().getList("actions");
            assertThat(actions).as(role).isNotEmpty();
            json.append(json.length() > 2 ? ",\n" : "").append("  \"").append(role).append("\": [")
                    .append(String.join(", ", actions.stream().map(a -> "\"" + a + "\"").toList())).append("]");
        });
        json.append("\n}\n");
        Path committed = ROOT.resolve("frontend/src/test/operationsByRole.json");
        if (Boolean.getBoolean("rostok.openapi.update")) {
            Files.writeString(committed, json.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "")
                .as("frontend/src/test/operationsByRole.json differs from what /me answers; run ./rostok openapi and commit it")
                .isEqualTo(json.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void dockerComposeParsesAndEveryFileItMountsExists() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(services).containsKeys("postgres", "keycloak", "backend", "frontend");
        List<String> missing = new ArrayList<>();
        services.forEach((name, service) -> {
            Object build = service.get("build");
            if (build instanceof Map<?, ?> b) {
                Path context = ROOT.resolve((String) b.get("context"));
                if (!Files.isDirectory(context)) missing.add(name + ": build context " + context);
                Object dockerfile = b.get("dockerfile");
                Path df = context.resolve(dockerfile == null ? "Dockerfile" : (String) dockerfile);
                if (!Files.exists(df)) missing.add(name + ": " + df);
            }
            for (Object volume : (List<Object>) service.getOrDefault("volumes", List.of())) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".") && !Files.exists(ROOT.resolve(source))) {
                    missing.add(name + ": volume " + source);
                }
            }
        });
        assertThat(missing).isEmpty();
    }
}
