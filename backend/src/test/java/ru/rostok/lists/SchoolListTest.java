package ru.rostok.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

@QuarkusTest
class SchoolListTest {
    static final String PREVIOUS_MONITORING = "Мониторинг качества образования в школах Лесосибирска за 2019/2020 учебный год";

    static long rule(String kind) {
        return Api.as("analyst.krasnoyarsk").queryParam("kind", kind).get("/api/v1/identification-rules").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    static long krasnoyarsk() {
        return ((Number) Monitoring.campaign(Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING)).get("regionId")).longValue();
    }

    static Map<String, Object> draft(long ruleId, int year, List<Long> campaigns, int exitYears) {
        return Api.as("analyst.krasnoyarsk").body(Map.of("regionId", krasnoyarsk(), "year", year, "ruleId", ruleId, "campaignIds", campaigns,
                "exitYears", exitYears)).post("/api/v1/school-lists").then().statusCode(201).extract().jsonPath().getMap("");
    }

    /** The schools whose handed-in values meet at least two of the demo rule's three thresholds in the campaign. */
    static Set<Long> meetingTheDemoRule(long campaign) {
        List<Map<String, Object>> rows = Api.as("admin").queryParam("size", 500).get("/api/v1/campaigns/" + campaign + "/values").then()
                .statusCode(200).extract().jsonPath().getList("items");
        Set<Long> schools = new HashSet<>();
        for (Map<String, Object> row : rows) {
            Map<String, Double> v = new HashMap<>();
            for (Object cell : (List<?>) row.get("values")) {
                Map<?, ?> c = (Map<?, ?>) cell;
                if (c.get("value") != null) {
                    v.put((String) c.get("code"), ((Number) c.get("value")).doubleValue());
                }
            }
            int met = (v.getOrDefault("VPR_F2", -1.0) >= 15 ? 1 : 0) + (v.getOrDefault("OGE_F2_RU", -1.0) >= 15 ? 1 : 0)
                    + (v.containsKey("SUCC_RATE") && v.get("SUCC_RATE") < 60 ? 1 : 0);
            if (met >= 2) {
                schools.add(((Number) row.get("schoolId")).longValue());
            }
        }
        return schools;
    }

    @Test
    void theDemoRuleProposesExactlyTheSchoolsWhereItHeldTwoYearsInARow_eachWithTheValuesOfBothYears() {
        long current = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        long previous = Monitoring.campaignId(PREVIOUS_MONITORING);
        Set<Long> expected = meetingTheDemoRule(current);
        expected.retainAll(meetingTheDemoRule(previous));
        assertThat(expected).as("the demo data has schools with low results two years in a row").isNotEmpty();
        Map<String, Object> list = draft(rule("LOW_RESULTS"), 2021, List.of(current, previous), 1);
        assertThat(list.get("status")).isEqualTo("DRAFT");
        assertThat(list.get("title")).isEqualTo("Перечень ШНОР на 2021 год");
        assertThat((String) list.get("ruleText")).isEqualTo("2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60; 2 года подряд");
        List<Map<String, Object>> entries = (List<Map<String, Object>>) list.get("entries");
        assertThat(entries.stream().map(e -> ((Number) e.get("schoolId")).longValue())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("source")).isEqualTo("RULE");
            assertThat((String) e.get("reason")).startsWith("Правило выполняется 2 года подряд: ");
            assertThat((List<?>) e.get("evidence")).hasSize(2).allSatisfy(x -> assertThat(((Map<?, ?>) x).get("holds")).isEqualTo(true));
        });
    }

    @Test
    void candidatesAreEditedWithReasons_theListIsApprovedByAnOrder_andTheSchoolCardKeepsItsHistory() {
        long current = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        Map<String, Object> list = draft(rule("UNFAVOURABLE_CONDITIONS"), 2022, List.of(current), 1);
        long id = ((Number) list.get("id")).longValue();
        List<Map<String, Object>> entries = (List<Map<String, Object>>) list.get("entries");
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat((String) e.get("reason")).startsWith("Правило выполняется: CTX_LOWINC = "));
        long dropped = ((Number) entries.get(0).get("schoolId")).longValue();
        List<Long> all = Monitoring.campaign(current).get("schoolIds") instanceof List<?> ids
                ? ids.stream().map(x -> ((Number) x).longValue()).toList() : List.of();
        long added = all.stream().filter(s -> entries.stream().noneMatch(e -> ((Number) e.get("schoolId")).longValue() == s)).findFirst().orElseThrow();
        long version = ((Number) list.get("version")).longValue();
        String path = "/api/v1/school-lists/" + id;

        Api.as("analyst.krasnoyarsk").body(Map.of("included", false, "reason", " ", "version", version)).put(path + "/entries/" + dropped)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        version = Api.as("analyst.krasnoyarsk").body(Map.of("included", false, "reason", "Доля уточнена по данным соцзащиты", "version", version))
                .put(path + "/entries/" + dropped).then().statusCode(200)
                .body("entries.find { it.schoolId == " + dropped + " }.included", equalTo(false))
                .body("entries.find { it.schoolId == " + dropped + " }.source", equalTo("RULE"))
                .body("entries.find { it.schoolId == " + dropped + " }.decidedBy", equalTo("analyst.krasnoyarsk"))
                .extract().jsonPath().getLong("version");
        Api.as("analyst.krasnoyarsk").body(Map.of("included", true, "reason", "Ходатайство управления образования", "version", version - 1))
                .put(path + "/entries/" + added).then().statusCode(409);
        version = Api.as("analyst.krasnoyarsk").body(Map.of("included", true, "reason", "Ходатайство управления образования", "version", version))
                .put(path + "/entries/" + added).then().statusCode(200)
                .body("entries.find { it.schoolId == " + added + " }.source", equalTo("MANUAL"))
                .extract().jsonPath().getLong("version");
        // the school sees nothing of a draft
        Api.as("school.lesosibirsk1").get(path).then().statusCode(404);

        long authority = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK)).get("/api/v1/bodies").then()
                .extract().jsonPath().getLong("items[0].id");
        Api.as("analyst.krasnoyarsk").body(Map.of("orderNumber", "", "orderDate", "2021-12-20", "version", version)).post(path + "/approval")
                .then().statusCode(400).body("errors.field", hasItem("orderNumber")).body("errors.field", hasItem("orderBodyId"));
        Api.as("coord.lesosibirsk").body(Map.of("orderNumber", "412", "orderDate", "2021-12-20", "orderBodyId", authority, "version", version))
                .post(path + "/approval").then().statusCode(403);
        Api.as("analyst.krasnoyarsk").body(Map.of("orderNumber", "412", "orderDate", "2021-12-20", "orderBodyId", authority, "version", version))
                .post(path + "/approval").then().statusCode(200).body("status", equalTo("APPROVED")).body("orderNumber", equalTo("412"));
        long approvedVersion = Api.as("admin").get(path).then().extract().jsonPath().getLong("version");
        Api.as("analyst.krasnoyarsk").body(Map.of("included", false, "reason", "Поздно", "version", approvedVersion))
                .put(path + "/entries/" + added).then().statusCode(409).body("detail", containsString("412"));
        // a second list of the same kind for the same year cannot be approved too
        Map<String, Object> second = draft(rule("UNFAVOURABLE_CONDITIONS"), 2022, List.of(current), 1);
        Api.as("analyst.krasnoyarsk").body(Map.of("orderNumber", "413", "orderDate", "2021-12-21", "orderBodyId", authority,
                "version", second.get("version"))).post("/api/v1/school-lists/" + second.get("id") + "/approval").then().statusCode(409);

        Api.as("coord.lesosibirsk").get("/api/v1/schools/" + added + "/lists").then().statusCode(200)
                .body("find { it.listId == " + id + " }.included", equalTo(true))
                .body("find { it.listId == " + id + " }.source", equalTo("MANUAL"))
                .body("find { it.listId == " + id + " }.orderNumber", equalTo("412"))
                .body("find { it.listId == " + id + " }.reason", equalTo("Ходатайство управления образования"));
        Api.as("analyst.crimea").get("/api/v1/schools/" + added + "/lists").then().statusCode(404);
        Api.as("analyst.crimea").get(path).then().statusCode(404);
    }

    @Test
    void aSchoolOnLastYearsListLeavesOnlyWhenTheRuleHasNotHeldForTheYearsTheAnalystSet() {
        long current = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        long previous = Monitoring.campaignId(PREVIOUS_MONITORING);
        long region = krasnoyarsk();
        long always = Api.as("analyst.krasnoyarsk").body(Map.of("regionId", region, "kind", "LOW_RESULTS", "name", "Все школы",
                "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 0)), "minMatches", 1))
                .post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        long never = Api.as("analyst.krasnoyarsk").body(Map.of("regionId", region, "kind", "LOW_RESULTS", "name", "Ни одной школы",
                "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GT", "threshold", 100)), "minMatches", 1))
                .post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> last = draft(always, 2040, List.of(previous), 1);
        int listed = ((List<?>) last.get("entries")).size();
        assertThat(listed).isEqualTo(12);
        long authority = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK)).get("/api/v1/bodies").then()
                .extract().jsonPath().getLong("items[0].id");
        Api.as("analyst.krasnoyarsk").body(Map.of("orderNumber", "1", "orderDate", "2039-12-20", "orderBodyId", authority, "version", last.get("version")))
                .post("/api/v1/school-lists/" + last.get("id") + "/approval").then().statusCode(200);

        // the rule has stopped holding for one year; two are needed to leave
        Map<String, Object> stay = draft(never, 2041, List.of(current), 2);
        assertThat(stay.get("previousListId")).isEqualTo(last.get("id"));
        assertThat((List<Map<String, Object>>) stay.get("entries")).hasSize(12).allSatisfy(e -> {
            assertThat(e.get("source")).isEqualTo("CARRIED");
            assertThat(e.get("included")).isEqualTo(true);
            assertThat((String) e.get("reason")).isEqualTo("В перечне на 2040 год; правило не выполняется 1 год подряд, для выхода нужно 2");
        });
        // two years without it: they leave
        Map<String, Object> leave = draft(never, 2041, List.of(current, previous), 2);
        assertThat((List<Map<String, Object>>) leave.get("entries")).hasSize(12).allSatisfy(e -> {
            assertThat(e.get("included")).isEqualTo(false);
            assertThat((String) e.get("reason")).isEqualTo("Выходит из перечня: правило не выполняется 2 года подряд");
        });
        assertThat(leave.get("included")).isEqualTo(0);
    }

    @Test
    void aRuleOnIndicatorsTheRegionDoesNotHaveOrAConditionsRuleOnResultsIsRefused() {
        long region = krasnoyarsk();
        Api.as("analyst.krasnoyarsk").body(Map.of("regionId", region, "kind", "UNFAVOURABLE_CONDITIONS", "name", "ШНСУ по результатам",
                        "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 10),
                                Map.of("indicatorCode", "NO_SUCH", "operator", "GE", "threshold", 10)), "minMatches", 3))
                .post("/api/v1/identification-rules").then().statusCode(400)
                .body("errors.field", hasItem("conditions[0].indicatorCode")).body("errors.field", hasItem("conditions[1].indicatorCode"))
                .body("errors.field", hasItem("minMatches"));
        Api.as("coord.lesosibirsk").body(Map.of("regionId", region, "kind", "LOW_RESULTS", "name", "Моё правило",
                "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 10)), "minMatches", 1))
                .post("/api/v1/identification-rules").then().statusCode(403);
        // a rule of two years on one monitoring cannot be checked
        Api.as("analyst.krasnoyarsk").body(Map.of("regionId", region, "year", 2050, "ruleId", rule("LOW_RESULTS"),
                "campaignIds", List.of(Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING)))).post("/api/v1/school-lists").then().statusCode(400)
                .body("errors[0].field", equalTo("campaignIds"));
    }
}
