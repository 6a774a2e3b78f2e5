package ru.rostok.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

@QuarkusTest
class RiskProfileTest {
    static final String STAFF = "Дефицит педагогических кадров";
    static final String OVZ = "Высокая доля обучающихся с ОВЗ";

    static long lesosibirskSchool() {
        return Api.as("school.lesosibirsk1").get("/api/v1/me").then().statusCode(200).extract().jsonPath().getLong("schoolId");
    }

    static double value(long campaign, long school, String code) {
        return Api.as("admin").queryParam("q", Api.school(school).get("inn")).get("/api/v1/campaigns/" + campaign + "/values").then()
                .statusCode(200).extract().jsonPath().getDouble("items[0].values.find { it.code == '" + code + "' }.value");
    }

    @Test
    void theSchoolSeesItsProfileFromItsLatestMonitoring_eachLevelWithTheValuesBehindIt() {
        long school = lesosibirskSchool();
        long latest = Monitoring.campaignId(Demo.LESOSIBIRSK_LATEST);
        // 2019/2020 and 2020/2021 (ListsDemo, MonitoringDemo), 2021/2022 and 2022/2023 (EffectDemo)
        var profile = Api.as("school.lesosibirsk1").get("/api/v1/schools/" + school + "/risk-profile").then().statusCode(200)
                .body("campaign.id", equalTo((int) latest)).body("campaigns.size()", equalTo(4)).body("factors.size()", equalTo(10))
                .extract().jsonPath();
        // «Дефицит кадров» here rests on ST_VAC alone (weight 2 of 4): the other two indicators were not collected
        String expected = value(latest, school, "ST_VAC") >= 2 ? "MEDIUM" : "NONE";
        assertThat(profile.getString("factors.find { it.name == '" + STAFF + "' }.computedLevel")).isEqualTo(expected);
        assertThat(profile.getList("factors.find { it.name == '" + STAFF + "' }.checks.judged", Boolean.class)).containsExactly(true, false, false);
        assertThat(profile.getString("factors.find { it.name == '" + OVZ + "' }.computedLevel")).isEqualTo("NO_DATA");
        assertThat(profile.getString("factors.find { it.name == '" + OVZ + "' }.schoolLevel")).isNull();
        // the monitoring of the year before, on request
        Api.as("school.lesosibirsk1").queryParam("campaignId", Monitoring.campaignId(Demo.LESOSIBIRSK_PREVIOUS))
                .get("/api/v1/schools/" + school + "/risk-profile").then().statusCode(200).body("campaign.academicYear", equalTo("2019/2020"));
        Api.as("analyst.crimea").get("/api/v1/schools/" + school + "/risk-profile").then().statusCode(404);
    }

    @Test
    void theSchoolConfirmsOrCorrectsWithAComment_andBothLevelsAreKept() {
        long school = lesosibirskSchool();
        long campaign = Monitoring.campaignId(Demo.LESOSIBIRSK_LATEST);
        String path = "/api/v1/schools/" + school + "/risk-profile";
        var profile = Api.as("school.lesosibirsk1").get(path).then().extract().jsonPath();
        long ovz = profile.getLong("factors.find { it.name == '" + OVZ + "' }.factorId");
        long staff = profile.getLong("factors.find { it.name == '" + STAFF + "' }.factorId");
        String computed = profile.getString("factors.find { it.name == '" + STAFF + "' }.computedLevel");

        Api.as("school.lesosibirsk1").body(Map.of("campaignId", campaign, "level", "HIGH")).put(path + "/" + ovz).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        var corrected = Api.as("school.lesosibirsk1").body(Map.of("campaignId", campaign, "level", "HIGH",
                        "comment", "В школе 14 % обучающихся с ОВЗ: показатель не собирался")).put(path + "/" + ovz).then().statusCode(200)
                .body("factors.find { it.factorId == " + ovz + " }.computedLevel", equalTo("NO_DATA"))
                .body("factors.find { it.factorId == " + ovz + " }.schoolLevel", equalTo("HIGH"))
                .body("factors.find { it.factorId == " + ovz + " }.assessedBy", equalTo("school.lesosibirsk1"))
                .body("factors.find { it.factorId == " + ovz + " }.assessedOnCurrent", equalTo(true))
                .extract().jsonPath();
        long version = corrected.getLong("factors.find { it.factorId == " + ovz + " }.assessmentVersion");
        // a second change must name the version it changes
        Api.as("coord.lesosibirsk").body(Map.of("campaignId", campaign, "level", "MEDIUM", "comment", "Уточнено координатором"))
                .put(path + "/" + ovz).then().statusCode(409);
        Api.as("coord.lesosibirsk").body(Map.of("campaignId", campaign, "level", "MEDIUM", "comment", "Уточнено координатором", "version", version))
                .put(path + "/" + ovz).then().statusCode(200).body("factors.find { it.factorId == " + ovz + " }.schoolLevel", equalTo("MEDIUM"));
        // confirming the computed level needs no comment
        Api.as("school.lesosibirsk1").body(Map.of("campaignId", campaign, "level", computed)).put(path + "/" + staff).then().statusCode(200)
                .body("factors.find { it.factorId == " + staff + " }.schoolLevel", equalTo(computed));
        // another school and another region cannot
        long other = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK)).get("/api/v1/schools").then()
                .extract().jsonPath().getList("items.id", Long.class).stream().filter(id -> id != school).findFirst().orElseThrow();
        Api.as("school.lesosibirsk1").body(Map.of("campaignId", campaign, "level", "LOW", "comment", "Чужая школа"))
                .put("/api/v1/schools/" + other + "/risk-profile/" + staff).then().statusCode(404);
        Api.as("analyst.crimea").body(Map.of("campaignId", campaign, "level", "LOW", "comment", "Чужой регион"))
                .put(path + "/" + staff).then().statusCode(404);
        Api.as("admin").queryParam("entityType", "School").queryParam("entityId", school).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("UPDATE"));
    }

    @Test
    void factorsAreConfiguredByTheRegionsAnalystsOnTheirOwnIndicators() {
        long region = ((Number) Monitoring.campaign(Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING)).get("regionId")).longValue();
        Map<String, Object> input = Map.of("regionId", region, "name", "Низкая доля отметок «4» и «5»", "lowAt", 1, "mediumAt", 1, "highAt", 2,
                "conditions", List.of(Map.of("indicatorCode", "VPR_Q45", "operator", "LT", "threshold", 50, "weight", 1),
                        Map.of("indicatorCode", "QUAL_RATE", "operator", "LT", "threshold", 50, "weight", 1)));
        Api.as("coord.lesosibirsk").body(input).post("/api/v1/risk-factors").then().statusCode(403);
        Api.as("analyst.krasnoyarsk").body(Map.of("regionId", region, "name", "Плохой", "lowAt", 2, "mediumAt", 1, "highAt", 1,
                        "conditions", List.of(Map.of("indicatorCode", "NOPE", "operator", "LT", "threshold", 50, "weight", 1))))
                .post("/api/v1/risk-factors").then().statusCode(400)
                .body("errors.field", hasItem("conditions[0].indicatorCode")).body("errors.field", hasItem("mediumAt"));
        Api.as("analyst.krasnoyarsk").body(Map.of("regionId", region, "name", "Слишком точный", "lowAt", 1.234, "mediumAt", 2, "highAt", 10_000_000,
                        "conditions", List.of(Map.of("indicatorCode", "QUAL_RATE", "operator", "LT", "threshold", 50, "weight", 1))))
                .post("/api/v1/risk-factors").then().statusCode(400)
                .body("errors.field", hasItem("lowAt")).body("errors.field", hasItem("highAt"));
        long id = Api.as("analyst.krasnoyarsk").body(input).post("/api/v1/risk-factors").then().statusCode(201)
                .body("position", equalTo(11)).extract().jsonPath().getLong("id");
        long school = lesosibirskSchool();
        long campaign = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        int below = (value(campaign, school, "VPR_Q45") < 50 ? 1 : 0) + (value(campaign, school, "QUAL_RATE") < 50 ? 1 : 0);
        Api.as("school.lesosibirsk1").get("/api/v1/schools/" + school + "/risk-profile").then().statusCode(200)
                .body("factors.find { it.factorId == " + id + " }.computedLevel", equalTo(below == 0 ? "NONE" : below == 1 ? "MEDIUM" : "HIGH"));
        Api.as("analyst.crimea").queryParam("size", 500).get("/api/v1/risk-factors").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));
    }
}
