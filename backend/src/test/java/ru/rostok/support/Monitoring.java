package ru.rostok.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Campaigns, drafts and hand-ins made by the administrator, for tests that need them in a given state. */
public final class Monitoring {
    private Monitoring() {
    }

    public static long indicatorId(long regionId, String code) {
        return Api.as("admin").queryParam("regionId", regionId).queryParam("q", code).queryParam("size", 500)
                .get("/api/v1/indicators").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }

    public static Map<String, Object> indicator(long id) {
        return Api.as("admin").get("/api/v1/indicators/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    /** The indicator's current fields as an input body. */
    public static Map<String, Object> asInput(Map<String, Object> view) {
        Map<String, Object> input = new HashMap<>();
        for (String f : List.of("regionId", "code", "name", "description", "category", "unit", "valueType", "direction",
                "minValue", "maxValue", "minSample", "version")) {
            input.put(f, view.get(f));
        }
        return input;
    }

    public static Map<String, Object> newIndicator(long regionId) {
        Map<String, Object> input = new HashMap<>();
        input.put("regionId", regionId);
        input.put("code", "T_" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
        input.put("name", "Доля обучающихся, охваченных тестовым показателем");
        input.put("category", "RESULTS");
        input.put("unit", "%");
        input.put("valueType", "PERCENT");
        input.put("direction", "HIGHER_BETTER");
        input.put("minValue", 0);
        input.put("maxValue", 100);
        input.put("minSample", 10);
        return input;
    }

    public static long campaignId(String name) {
        return Api.as("admin").queryParam("q", name).get("/api/v1/campaigns").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
    }

    /** A municipal campaign input: every school of the municipality, or the given ones. */
    public static Map<String, Object> campaignInput(long regionId, Long municipalityId, long bodyId, List<Long> schoolIds,
                                                    List<Long> indicatorIds, boolean required) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "Тестовый мониторинг " + ThreadLocalRandom.current().nextInt(100_000));
        input.put("academicYear", "2026/2027");
        input.put("orderNumber", "T-" + ThreadLocalRandom.current().nextInt(1000));
        input.put("orderDate", "2026-09-01");
        input.put("orderBodyId", bodyId);
        input.put("regionId", regionId);
        input.put("municipalityId", municipalityId);
        input.put("schoolScope", schoolIds == null ? "TERRITORY" : "LIST");
        input.put("schoolIds", schoolIds);
        List<Map<String, Object>> items = new ArrayList<>();
        indicatorIds.forEach(id -> items.add(Map.of("indicatorId", id, "required", required)));
        input.put("indicators", items);
        input.put("opensOn", "2026-09-01");
        input.put("closesOn", "2027-06-30");
        return input;
    }

    public static Map<String, Object> createDraft(Map<String, Object> input) {
        return Api.as("admin").body(input).post("/api/v1/campaigns").then().statusCode(201).extract().jsonPath().getMap("");
    }

    public static Map<String, Object> campaign(long id) {
        return Api.as("admin").get("/api/v1/campaigns/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    public static void move(long campaignId, String to) {
        Object version = campaign(campaignId).get("version");
        Api.as("admin").body(Map.of("to", to, "version", version)).post("/api/v1/campaigns/" + campaignId + "/transitions")
                .then().statusCode(200);
    }

    public static long openCampaign(Map<String, Object> input) {
        long id = ((Number) createDraft(input).get("id")).longValue();
        move(id, "OPEN");
        return id;
    }

    public static String submissionPath(long campaignId, long schoolId) {
        return "/api/v1/campaigns/" + campaignId + "/schools/" + schoolId + "/submission";
    }

    public static Map<String, Object> submission(long campaignId, long schoolId) {
        return Api.as("admin").get(submissionPath(campaignId, schoolId)).then().statusCode(200).extract().jsonPath().getMap("");
    }

    public static long version(long campaignId, long schoolId) {
        return ((Number) submission(campaignId, schoolId).get("version")).longValue();
    }

    public static Map<String, Object> percent(long indicatorId, int numerator, int denominator) {
        return Map.of("indicatorId", indicatorId, "numerator", numerator, "denominator", denominator);
    }

    public static void saveAsAdmin(long campaignId, long schoolId, List<Map<String, Object>> values) {
        Api.as("admin").body(Map.of("version", version(campaignId, schoolId), "values", values))
                .put(submissionPath(campaignId, schoolId)).then().statusCode(200);
    }

    public static void submitAsAdmin(long campaignId, long schoolId) {
        Api.as("admin").body(Map.of("version", version(campaignId, schoolId)))
                .post(submissionPath(campaignId, schoolId) + "/submit").then().statusCode(200);
    }

    /** A campaign of the region's municipalities input, asking the given municipal indicators (not required). */
    public static Map<String, Object> municipalCampaignInput(long regionId, long bodyId, List<Long> indicatorIds) {
        Map<String, Object> input = campaignInput(regionId, null, bodyId, null, indicatorIds, false);
        input.put("name", "Тестовый мониторинг муниципалитетов " + ThreadLocalRandom.current().nextInt(100_000));
        input.put("respondent", "MUNICIPALITY");
        return input;
    }

    public static String municipalPath(long campaignId, long municipalityId) {
        return "/api/v1/campaigns/" + campaignId + "/municipalities/" + municipalityId + "/submission";
    }

    public static long municipalVersion(long campaignId, long municipalityId) {
        return Api.as("admin").get(municipalPath(campaignId, municipalityId)).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    public static void saveMunicipalAsAdmin(long campaignId, long municipalityId, List<Map<String, Object>> values) {
        Api.as("admin").body(Map.of("version", municipalVersion(campaignId, municipalityId), "values", values))
                .put(municipalPath(campaignId, municipalityId)).then().statusCode(200);
    }

    public static void submitMunicipalAsAdmin(long campaignId, long municipalityId) {
        Api.as("admin").body(Map.of("version", municipalVersion(campaignId, municipalityId)))
                .post(municipalPath(campaignId, municipalityId) + "/submit").then().statusCode(200);
    }
}
