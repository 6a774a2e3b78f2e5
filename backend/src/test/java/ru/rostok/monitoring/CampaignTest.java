package ru.rostok.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

@QuarkusTest
class CampaignTest {

    Map<String, Object> kerchCampaign(List<Long> schools) {
        long crimea = Api.regionId(Demo.CRIMEA);
        return Monitoring.campaignInput(crimea, Api.municipalityId(Demo.KERCH), Api.bodyId(Demo.KERCH_AUTHORITY_INN), schools,
                List.of(Monitoring.indicatorId(crimea, "VPR_F2"), Monitoring.indicatorId(crimea, "CTX_STUDENTS")), true);
    }

    @Test
    void aCoordinatorRunsTheMunicipalitysOwnCampaignFromDraftToPublishedAndEveryStepIsRecorded() {
        Map<String, Object> draft = Api.as("coord.kerch").body(kerchCampaign(null)).post("/api/v1/campaigns")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("schoolIds.size()", equalTo(Api.schoolCount(Api.municipalityId(Demo.KERCH))))
                .extract().jsonPath().getMap("");
        long id = ((Number) draft.get("id")).longValue();
        // school staff do not see drafts
        Api.as("school.kerch1").get("/api/v1/campaigns/" + id).then().statusCode(404);
        // no skipping steps
        Api.as("coord.kerch").body(Map.of("to", "CLOSED", "version", draft.get("version")))
                .post("/api/v1/campaigns/" + id + "/transitions").then().statusCode(409).body("detail", containsString("черновик"));
        for (String to : List.of("OPEN", "CLOSED", "PUBLISHED")) {
            Object version = Monitoring.campaign(id).get("version");
            Api.as("coord.kerch").body(Map.of("to", to, "version", version)).post("/api/v1/campaigns/" + id + "/transitions")
                    .then().statusCode(200).body("status", equalTo(to));
        }
        Map<String, Object> done = Monitoring.campaign(id);
        assertThat((List<?>) done.get("transitions")).hasSize(4);
        Api.as("admin").get("/api/v1/campaigns/" + id).then()
                .body("transitions.toStatus", equalTo(List.of("DRAFT", "OPEN", "CLOSED", "PUBLISHED")))
                .body("transitions[1].actor", equalTo("coord.kerch"));
        Api.as("school.kerch1").get("/api/v1/campaigns/" + id).then().statusCode(200);
    }

    @Test
    void anOpenCampaignCannotBeRewrittenAndAStaleVersionIsRefused() {
        Map<String, Object> draft = Monitoring.createDraft(kerchCampaign(null));
        long id = ((Number) draft.get("id")).longValue();
        Map<String, Object> input = kerchCampaign(null);
        input.put("version", ((Number) draft.get("version")).longValue() + 5);
        Api.as("analyst.crimea").body(input).put("/api/v1/campaigns/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        Monitoring.move(id, "OPEN");
        input.put("version", Monitoring.campaign(id).get("version"));
        Api.as("analyst.crimea").body(input).put("/api/v1/campaigns/" + id).then().statusCode(409)
                .body("detail", containsString("черновике"));
    }

    @Test
    void aCoordinatorCannotStartARegionalCampaignNorOneOfAnotherMunicipality() {
        Map<String, Object> regional = kerchCampaign(null);
        regional.put("municipalityId", null);
        Api.as("coord.kerch").body(regional).post("/api/v1/campaigns").then().statusCode(403);
        Map<String, Object> feodosia = kerchCampaign(null);
        feodosia.put("municipalityId", Api.municipalityId(Demo.FEODOSIA));
        Api.as("coord.kerch").body(feodosia).post("/api/v1/campaigns").then().statusCode(404);
    }

    @Test
    void aBadCampaignIsExplainedFieldByField() {
        Map<String, Object> input = kerchCampaign(List.of(Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN)));
        input.put("academicYear", "2026/2028");
        input.put("closesOn", "2026-01-01");
        Api.as("analyst.crimea").body(input).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("academicYear", "closesOn"));
        Map<String, Object> foreignSchool = kerchCampaign(List.of(Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN)));
        Api.as("analyst.crimea").body(foreignSchool).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("schoolIds"));
        Map<String, Object> noIndicators = kerchCampaign(null);
        noIndicators.put("indicators", List.of());
        Api.as("analyst.crimea").body(noIndicators).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("indicators"));
    }

    @Test
    void schoolStaffSeeTheirOpenCampaignsOnlyAndTheirTasksInThem() {
        long kerch1 = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        Api.as("school.kerch1").get("/api/v1/campaigns").then().statusCode(200)
                .body("items.name", hasItem(Demo.CRIMEA_MONITORING))
                .body("items.name", not(hasItem(Demo.LESOSIBIRSK_MONITORING)))
                .body("items.status", not(hasItem("DRAFT")));
        Api.as("school.kerch1").get("/api/v1/submissions").then().statusCode(200)
                .body("items.schoolId", org.hamcrest.Matchers.everyItem(equalTo((int) kerch1)))
                .body("items.campaignName", hasItem(Demo.CRIMEA_MONITORING));
    }

    @Test
    void progressCountsSchoolsByStatusPerMunicipalityWithinTheCallersScope() {
        long id = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        var analyst = Api.as("analyst.crimea").get("/api/v1/campaigns/" + id + "/progress").then().statusCode(200).extract().jsonPath();
        assertThat(analyst.getList("municipalities.municipalityName", String.class))
                .contains("Городской округ Керчь", "Городской округ Феодосия");
        long schools = analyst.getLong("total.schools");
        long sum = analyst.getLong("total.notStarted") + analyst.getLong("total.draft") + analyst.getLong("total.submitted")
                + analyst.getLong("total.returned") + analyst.getLong("total.accepted");
        assertThat(sum).isEqualTo(schools);
        assertThat(analyst.getLong("total.accepted")).isPositive();
        var coordinator = Api.as("coord.kerch").get("/api/v1/campaigns/" + id + "/progress").then().statusCode(200).extract().jsonPath();
        assertThat(coordinator.getList("municipalities.municipalityName", String.class)).containsExactly("Городской округ Керчь");
        // the demo campaign asked the demo's schools of Kerch; schools added by tests since are not in it
        assertThat(coordinator.getLong("total.schools")).isEqualTo(Demo.KERCH_SCHOOLS);
    }
}
