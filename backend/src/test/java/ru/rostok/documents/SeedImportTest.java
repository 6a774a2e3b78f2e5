package ru.rostok.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.rostok.support.Api;
import ru.rostok.support.SeedFiles;

/**
 * The five seeds read by the importer as TXT, DOCX and XLSX: every point and measure, its number, text, deadline and
 * responsible as the demo data (demo/decisions.json, demo/roadmaps.json: the seeds typed in by hand) has them.
 */
@QuarkusTest
class SeedImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of("000", SeedFiles.KERCH_DECISION, "txt", "coord.kerch"),
                Arguments.of("000", SeedFiles.KERCH_DECISION, "docx", "coord.kerch"),
                Arguments.of("000", SeedFiles.KERCH_DECISION, "cp1251", "analyst.crimea"),
                Arguments.of("001", SeedFiles.CRIMEA_DECISION, "txt", "analyst.crimea"),
                Arguments.of("001", SeedFiles.CRIMEA_DECISION, "docx", "admin"));
    }

    static Stream<Arguments> roadmaps() {
        return Stream.of(
                Arguments.of("002", SeedFiles.SLAVSK_ROADMAP, "txt", "coord.slavsk"),
                Arguments.of("002", SeedFiles.SLAVSK_ROADMAP, "docx", "analyst.kaliningrad"),
                Arguments.of("002", SeedFiles.SLAVSK_ROADMAP, "xlsx", "admin"),
                Arguments.of("003", SeedFiles.OLENEGORSK_ROADMAP, "txt", "coord.olenegorsk"),
                Arguments.of("003", SeedFiles.OLENEGORSK_ROADMAP, "docx", "analyst.murmansk"),
                Arguments.of("003", SeedFiles.OLENEGORSK_ROADMAP, "xlsx", "admin"));
    }

    @ParameterizedTest(name = "{0} as {2} by {3}")
    @MethodSource("decisions")
    void everyPointOfADecisionComesOutAsWritten(String seed, String file, String format, String user) {
        JsonNode expected = expected("decisions.json", seed);
        JsonPath draft = draft(user, file, format);
        assertThat(draft.getString("type")).isEqualTo("DECISION");
        assertThat(draft.getString("decision.number")).isEqualTo(expected.get("number").asText());
        assertThat(draft.getString("decision.date")).isEqualTo(expected.get("date").asText());
        assertThat(draft.getString("decision.kind")).isEqualTo(expected.get("kind").asText());
        assertThat(draft.getString("decision.title")).isEqualTo(expected.get("title").asText());
        assertThat(draft.getString("decision.issuerLabel")).isEqualTo(expected.get("issuer").asText());
        assertThat(draft.getLong("decision.issuerBodyId")).isEqualTo(Api.bodyId(expected.get("issuerBodyInn").asText()));
        assertThat(draft.getString("decision.preamble")).isEqualTo(expected.get("preamble").asText());
        assertThat(draft.getLong("decision.regionId")).isEqualTo(Api.regionId(expected.get("regionCode").asText()));
        JsonNode controller = expected.get("controller");
        assertThat(draft.getString("decision.controllerLabel")).isEqualTo(text(controller, "label"));
        assertThat(draft.getString("decision.controllerPerson")).isEqualTo(text(controller, "person"));
        List<String> wrong = new ArrayList<>();
        comparePoints(expected.get("points"), draft.getList("decision.points"), wrong);
        assertThat(wrong).as("points that differ from the seed").isEmpty();
    }

    @ParameterizedTest(name = "{0} as {2} by {3}")
    @MethodSource("roadmaps")
    void everyMeasureOfARoadmapComesOutAsWritten(String seed, String file, String format, String user) {
        JsonNode expected = expected("roadmaps.json", seed);
        JsonPath draft = draft(user, file, format);
        assertThat(draft.getString("type")).isEqualTo("ROADMAP");
        assertThat(draft.getString("roadmap.title")).isEqualTo(expected.get("title").asText());
        assertThat(draft.getString("roadmap.level")).isEqualTo(expected.get("level").asText());
        assertThat(draft.getLong("roadmap.municipalityId")).isEqualTo(Api.municipalityId(expected.get("municipalityOktmo").asText()));
        assertThat(draft.getLong("roadmap.ownerBodyId")).isEqualTo(Api.bodyId(expected.get("ownerBodyInn").asText()));
        assertThat(draft.getString("roadmap.periodFrom")).isEqualTo(expected.get("periodFrom").asText());
        assertThat(draft.getString("roadmap.periodTo")).isEqualTo(expected.get("periodTo").asText());
        JsonNode approval = expected.get("approval");
        assertThat(draft.getString("roadmap.approvalKind")).isEqualTo(approval.get("kind").asText());
        assertThat(draft.getString("roadmap.approvalNumber")).isEqualTo(approval.get("number").asText());
        assertThat(draft.getString("roadmap.approvalDate")).isEqualTo(approval.get("date").asText());
        assertThat(draft.getString("roadmap.controller")).isEqualTo(expected.get("controller").asText());
        Map<String, String> abbreviations = draft.getMap("roadmap.abbreviations");
        expected.get("abbreviations").fields().forEachRemaining(e -> assertThat(abbreviations).containsEntry(e.getKey(), e.getValue().asText()));
        List<Map<String, Object>> measures = draft.getList("roadmap.measures");
        List<String> wrong = new ArrayList<>();
        JsonNode expectedMeasures = expected.get("measures");
        if (measures.size() != expectedMeasures.size()) {
            wrong.add(measures.size() + " measures instead of " + expectedMeasures.size());
        }
        for (int i = 0; i < Math.min(measures.size(), expectedMeasures.size()); i++) {
            JsonNode e = expectedMeasures.get(i);
            Map<String, Object> m = measures.get(i);
            String n = e.get("number").asText();
            same(wrong, n, "number", n, m.get("number"));
            same(wrong, n, "text", e.get("text").asText(), m.get("text"));
            same(wrong, n, "deadline", text(e, "deadline"), m.get("deadlineText"));
            List<String> responsible = new ArrayList<>();
            for (JsonNode r : e.get("responsible")) {
                responsible.add(r.get("label").asText() + "|" + (r.hasNonNull("bodyInn") ? Api.bodyId(r.get("bodyInn").asText()) : null)
                        + "|" + r.path("allSchools").asBoolean(false));
            }
            same(wrong, n, "responsible", responsible, ((List<Map<String, Object>>) m.get("responsible")).stream()
                    .map(r -> r.get("label") + "|" + number(r.get("bodyId")) + "|" + r.get("allSchools")).toList());
        }
        assertThat(wrong).as("measures that differ from the seed").isEmpty();
    }

    private static void comparePoints(JsonNode expected, List<Map<String, Object>> actual, List<String> wrong) {
        if (expected.size() != actual.size()) {
            wrong.add(actual.stream().map(p -> p.get("number")).toList() + " instead of " + expected.findValuesAsText("number"));
        }
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            JsonNode e = expected.get(i);
            Map<String, Object> p = actual.get(i);
            String n = e.get("number").asText();
            same(wrong, n, "number", n, p.get("number"));
            same(wrong, n, "text", e.get("text").asText(), p.get("text"));
            same(wrong, n, "deadline", text(e, "deadline"), p.get("deadlineText"));
            List<String> assignees = new ArrayList<>();
            for (JsonNode a : e.get("assignees")) {
                assignees.add(a.get("label").asText() + "|" + text(a, "person") + "|"
                        + (a.hasNonNull("bodyInn") ? Api.bodyId(a.get("bodyInn").asText()) : null) + "|" + a.path("allSchools").asBoolean(false));
            }
            same(wrong, n, "assignees", assignees, ((List<Map<String, Object>>) p.get("assignees")).stream()
                    .map(a -> a.get("label") + "|" + a.get("person") + "|" + number(a.get("bodyId")) + "|" + a.get("allSchools")).toList());
            comparePoints(e.path("points"), (List<Map<String, Object>>) p.get("points"), wrong);
        }
    }

    private static Object number(Object id) {
        return id == null ? null : ((Number) id).longValue();
    }

    private static void same(List<String> wrong, String number, String field, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            wrong.add("п. " + number + " " + field + ": «" + actual + "» instead of «" + expected + "»");
        }
    }

    static JsonPath draft(String user, String file, String format) {
        byte[] data = switch (format) {
            case "docx" -> SeedFiles.docx(file);
            case "xlsx" -> SeedFiles.xlsx(file);
            case "cp1251" -> SeedFiles.windows1251(file);
            default -> SeedFiles.txt(file);
        };
        String name = file.replace(".txt", "." + (format.equals("cp1251") ? "txt" : format));
        return ru.rostok.support.Plans.multipartAs(user).multiPart("file", name, data).post("/api/v1/documents/drafts")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    private static JsonNode expected(String file, String seed) {
        try (InputStream in = SeedImportTest.class.getResourceAsStream("/demo/" + file)) {
            for (JsonNode n : JSON.readTree(in)) {
                if (seed.equals(n.get("seed").asText())) {
                    return n;
                }
            }
            throw new IllegalStateException("No seed " + seed + " in " + file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
