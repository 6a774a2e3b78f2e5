package ru.rostok.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Roadmaps and decisions made by the administrator for tests, and reports sent as multipart forms. */
public final class Plans {
    private Plans() {
    }

    /** A municipal roadmap whose first measure is the education authority's and every school's. */
    public static Map<String, Object> municipalRoadmap(long regionId, long municipalityId, long authorityId) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Тестовая дорожная карта " + ThreadLocalRandom.current().nextInt(100_000));
        input.put("level", "MUNICIPALITY");
        input.put("regionId", regionId);
        input.put("municipalityId", municipalityId);
        input.put("ownerBodyId", authorityId);
        input.put("periodFrom", "2026-01-01");
        input.put("periodTo", "2027-12-31");
        input.put("approvalKind", "ORDER");
        input.put("approvalNumber", "77");
        input.put("approvalDate", "2026-01-15");
        input.put("measures", List.of(
                Map.of("number", "1", "text", "Собеседования с руководителями школ", "deadlineText", "Октябрь 2026 г. Октябрь 2027 г.",
                        "responsible", List.of(Map.of("label", "Управление образования", "bodyId", authorityId, "allSchools", false),
                                Map.of("label", "Общеобразовательные организации", "allSchools", true))),
                Map.of("number", "2", "text", "Семинар по обмену опытом", "deadlineText", "весь период",
                        "responsible", List.of(Map.of("label", "Управление образования", "bodyId", authorityId, "allSchools", false)))));
        return input;
    }

    public static Map<String, Object> roadmap(long id) {
        return Api.as("admin").get("/api/v1/roadmaps/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    public static long createRoadmap(Map<String, Object> input) {
        return Api.as("admin").body(input).post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long approvedRoadmap(Map<String, Object> input) {
        long id = createRoadmap(input);
        Api.as("admin").body(Map.of("to", "APPROVED", "version", roadmap(id).get("version"))).post("/api/v1/roadmaps/" + id + "/transitions")
                .then().statusCode(200);
        return id;
    }

    public static long firstMeasure(long roadmapId) {
        return Api.as("admin").get("/api/v1/roadmaps/" + roadmapId).then().extract().jsonPath().getLong("measures[0].id");
    }

    /** A municipal decision whose point 1 is the authority's and point 2 every school's. */
    public static Map<String, Object> municipalDecision(long regionId, Long municipalityId, long authorityId) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "COLLEGIUM_DECISION");
        input.put("number", ThreadLocalRandom.current().nextInt(1, 99) + "/1");
        input.put("date", "2026-10-01");
        input.put("title", "О работе со школами с низкими результатами");
        input.put("issuerLabel", "Коллегия управления образования");
        input.put("issuerBodyId", authorityId);
        input.put("regionId", regionId);
        input.put("municipalityId", municipalityId);
        input.put("points", List.of(
                Map.of("number", "1", "text", "Управлению образования (Иванова И.И.): провести совещание", "deadlineText", "ноябрь - декабрь",
                        "assignees", List.of(Map.of("label", "Управлению образования", "person", "Иванова И.И.", "bodyId", authorityId, "allSchools", false))),
                Map.of("number", "2", "text", "Руководителям общеобразовательных организаций: усилить контроль", "deadlineText", "до 1 марта 2027 года",
                        "assignees", List.of(Map.of("label", "Руководителям общеобразовательных организаций", "allSchools", true)))));
        return input;
    }

    public static Map<String, Object> createDecision(Map<String, Object> input) {
        return Api.as("admin").body(input).post("/api/v1/decisions").then().statusCode(201).extract().jsonPath().getMap("");
    }

    public static long pointId(Map<String, Object> decision, String number) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) decision.get("points");
        return ((Number) points.stream().filter(p -> p.get("number").equals(number)).findFirst().orElseThrow().get("id")).longValue();
    }

    /** A multipart report with one small PDF as evidence. */
    public static Response report(io.restassured.specification.RequestSpecification as, String path, String text, String status) {
        var r = as.contentType("multipart/form-data").multiPart("text", text, "text/plain; charset=UTF-8")
                .multiPart("files", "protocol.pdf", "%PDF-1.4 test protocol".getBytes(), "application/pdf");
        if (status != null) {
            r = r.multiPart("status", status, "text/plain; charset=UTF-8");
        }
        return r.post(path);
    }

    public static io.restassured.specification.RequestSpecification multipartAs(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
