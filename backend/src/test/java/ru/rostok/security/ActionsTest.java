package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

/**
 * What a response says the caller may do is what the API then lets them do: the SPA shows its buttons from these
 * {@code actions} and keeps no rules of its own. Each record is read as every role; where an action is offered the
 * write succeeds, where it is not the write is refused.
 */
@QuarkusTest
class ActionsTest {
    static final List<String> PEOPLE = List.of("admin", "analyst.crimea", "coord.kerch", "coord.feodosia", "school.kerch1", "school.kerch2");

    static RequestSpecification as(String who) {
        return who.equals("integrator") ? Api.asIntegrator() : Api.as(who);
    }

    static List<String> actions(String who, String path) {
        return as(who).get(path).then().statusCode(200).extract().jsonPath().getList("actions", String.class);
    }

    @Test
    void theOperationsOfMeAreThoseTheRolesAdmit() {
        assertThat(actions("school.kerch1", "/api/v1/me")).contains("saveSubmission", "createRoadmap", "myWork")
                .doesNotContain("createSchool", "importSchools", "listAuditEvents", "reviewSubmission", "listRiskFactors");
        assertThat(actions("coord.kerch", "/api/v1/me")).contains("createSchool", "reviewSubmission", "createCampaign", "listRiskFactors")
                .doesNotContain("importSchools", "listAuditEvents", "createIndicator", "saveSubmission");
        assertThat(actions("analyst.crimea", "/api/v1/me")).contains("importSchools", "listAuditEvents", "createIndicator", "createSchoolList");
        assertThat(actions("integrator", "/api/v1/me")).contains("loadCampaignValues", "listSchools")
                .doesNotContain("createRoadmap", "listDecisions", "listPartnerships", "myWork");
    }

    @Test
    void aSchoolIsEditedByItsStaffAndThoseAbove_andMovedOnlyByThoseAbove() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        String path = "/api/v1/schools/" + school;
        assertThat(actions("school.kerch1", path)).containsExactly("edit");
        assertThat(actions("coord.kerch", path)).containsExactlyInAnyOrder("edit", "move");
        assertThat(actions("analyst.crimea", path)).containsExactlyInAnyOrder("edit", "move");
        assertThat(actions("integrator", path)).isEmpty();
        for (String who : List.of("school.kerch1", "coord.kerch", "integrator")) {
            Map<String, Object> input = Api.asInput(Api.school(school));
            int status = as(who).body(input).put(path).then().extract().statusCode();
            assertThat(status).as(who).isEqualTo(actions(who, path).contains("edit") ? 200 : 403);
        }
        Map<String, Object> moved = Api.asInput(Api.school(school));
        moved.put("municipalityId", Api.municipalityId(Demo.FEODOSIA));
        Api.as("school.kerch1").body(moved).put(path).then().statusCode(403);
    }

    @Test
    void aRegionalCampaignIsRunByTheRegionsAnalysts_andLoadedByThemAndIntegrators() {
        String path = "/api/v1/campaigns/" + Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        assertThat(actions("analyst.crimea", path)).containsExactlyInAnyOrder("edit", "loadValues");
        assertThat(actions("integrator", path)).containsExactly("loadValues");
        assertThat(actions("coord.kerch", path)).isEmpty();
        assertThat(actions("admin", path)).containsExactlyInAnyOrder("edit", "loadValues");
    }

    @Test
    void aMunicipalPlanIsKeptByItsCoordinator_andEachSchoolReportsOnAMeasureOfEverySchool() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long kerch = Api.municipalityId(Demo.KERCH);
        long roadmap = Plans.approvedRoadmap(Plans.municipalRoadmap(crimea, kerch, Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        String path = "/api/v1/roadmaps/" + roadmap;
        assertThat(actions("coord.kerch", path)).containsExactly("edit");
        assertThat(actions("analyst.crimea", path)).containsExactly("edit");
        assertThat(actions("school.kerch1", path)).isEmpty();
        var asStaff = Api.as("school.kerch1").get(path).then().extract().jsonPath();
        // measure 1 is every school's and the authority's; measure 2 the authority's alone
        assertThat(asStaff.getList("measures[0].actions", String.class)).containsExactlyInAnyOrder("report", "planForSchool");
        assertThat(asStaff.getList("measures[1].actions", String.class)).isEmpty();
        var asCoordinator = Api.as("coord.kerch").get(path).then().extract().jsonPath();
        assertThat(asCoordinator.getList("measures[1].actions", String.class)).containsExactly("report");
        assertThat(Api.as("coord.feodosia").get(path).then().extract().statusCode()).isEqualTo(404);
        long second = asStaff.getLong("measures[1].id");
        Plans.report(Plans.multipartAs("school.kerch1"), path + "/measures/" + second + "/reports", "Провели", "IN_PROGRESS")
                .then().statusCode(403);
        long first = asStaff.getLong("measures[0].id");
        Plans.report(Plans.multipartAs("school.kerch1"), path + "/measures/" + first + "/reports", "Провели", "IN_PROGRESS")
                .then().statusCode(201);
    }

    @Test
    void aMunicipalDecisionIsControlledByItsCoordinator_andAPointOfEverySchoolIsReportedByEachSchool() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long kerch = Api.municipalityId(Demo.KERCH);
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(crimea, kerch, Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        String path = "/api/v1/decisions/" + decision.get("id");
        assertThat(actions("coord.kerch", path)).containsExactlyInAnyOrder("edit", "control");
        assertThat(actions("school.kerch1", path)).isEmpty();
        var asStaff = Api.as("school.kerch1").get(path).then().extract().jsonPath();
        assertThat(asStaff.getList("points.find { it.number == '2' }.actions", String.class)).containsExactly("report");
        assertThat(asStaff.getList("points.find { it.number == '1' }.actions", String.class)).isEmpty();
        var asCoordinator = Api.as("coord.kerch").get(path).then().extract().jsonPath();
        assertThat(asCoordinator.getList("points.find { it.number == '1' }.actions", String.class)).containsExactly("report");
        long pointOne = Plans.pointId(decision, "1");
        Plans.report(Plans.multipartAs("school.kerch1"), path + "/points/" + pointOne + "/reports", "Провели", null).then().statusCode(403);
    }

    @Test
    void aPartnershipOffersEachPartyTheMovesItMayMake() {
        long weak = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        List<Long> feodosia = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.FEODOSIA)).queryParam("size", 500)
                .get("/api/v1/schools").then().extract().jsonPath().getList("items.id", Long.class);
        long partner = feodosia.get(feodosia.size() - 2);
        // a partner in another municipality: the region's analyst pairs them; the weak school's coordinator leads it
        long id = Api.as("analyst.crimea").body(Map.of("weakSchoolId", weak, "partnerSchoolId", partner)).post("/api/v1/partnerships").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/v1/partnerships/" + id;
        try {
            assertThat(actions("coord.kerch", path)).containsExactlyInAnyOrder("AGREED", "CLOSED");
            assertThat(actions("school.kerch1", path)).containsExactly("AGREED");
            assertThat(actions("coord.feodosia", path)).isEmpty();
            Api.as("coord.feodosia").body(Map.of("to", "CLOSED", "version", 0, "comment", "нет")).post(path + "/transitions")
                    .then().statusCode(403);
        } finally {
            long version = Api.as("admin").get(path).then().extract().jsonPath().getLong("version");
            Api.as("coord.kerch").body(Map.of("to", "CLOSED", "version", version, "comment", "Проверено")).post(path + "/transitions")
                    .then().statusCode(200);
        }
        assertThat(actions("coord.kerch", path)).isEmpty();
    }

    @Test
    void aRecommendationIsAnsweredByItsAddresseeOnly() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long id = Api.as("coord.kerch").body(Map.of("addresseeKind", "SCHOOL", "schoolId", school, "basisKind", "OTHER",
                        "basis", "Выезд куратора", "text", "Провести педсовет", "deadline", "2027-02-01"))
                .post("/api/v1/recommendations").then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/v1/recommendations/" + id;
        assertThat(actions("school.kerch1", path)).containsExactly("ACCEPTED");
        assertThat(actions("coord.kerch", path)).isEmpty();
        Api.as("coord.kerch").body(Map.of("to", "ACCEPTED", "version", 0)).post(path + "/transitions").then().statusCode(403);
        Api.as("school.kerch1").body(Map.of("to", "ACCEPTED", "version", 0)).post(path + "/transitions").then().statusCode(200);
        assertThat(actions("school.kerch1", path)).containsExactlyInAnyOrder("DONE", "NOT_DONE");
    }

    @Test
    void aSchoolsRiskProfileIsAssessedByTheSchoolAndThoseAboveIt() {
        String path = "/api/v1/schools/" + Api.schoolId(Demo.KERCH_SCHOOL_1_INN) + "/risk-profile";
        for (String who : PEOPLE) {
            int seen = as(who).get(path).then().extract().statusCode();
            if (seen == 200) {
                assertThat(actions(who, path)).as(who).isEqualTo(who.equals("school.kerch2") ? List.of() : List.of("assess"));
            } else {
                assertThat(who).isIn("coord.feodosia", "school.kerch2");
            }
        }
    }
}
