package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

/**
 * Nobody widens their reach through what they send: an id inside a body is checked for the right to use it, not only
 * for being visible, and the fields a token is matched against are changed only by those above the record.
 */
@QuarkusTest
class EscalationTest {
    static final String MINISTRY_OF_CRIMEA_INN = "9134604040";

    static Map<String, Object> schoolPlan(long school) {
        Map<String, Object> plan = new HashMap<>(Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        plan.put("level", "SCHOOL");
        plan.put("schoolId", school);
        plan.remove("ownerBodyId");
        plan.put("measures", List.of(Map.of("number", "1", "text", "Педсовет по итогам ВПР", "deadlineText", "ноябрь 2026 г.",
                "responsible", List.of(Map.of("label", "Заместитель директора по УВР", "allSchools", false)))));
        return plan;
    }

    static long measureNumbered(long roadmap, String number) {
        return Api.as("admin").get("/api/v1/roadmaps/" + roadmap).then().statusCode(200).extract().jsonPath()
                .getLong("measures.find { it.number == '" + number + "' }.id");
    }

    @Test
    void schoolStaffKeepTheirProfileButCannotChangeTheINNTheirAccountsAreMatchedBy() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        Map<String, Object> input = Api.asInput(Api.school(school));
        input.put("inn", Api.newInn());
        Api.as("school.kerch1").body(input).put("/api/v1/schools/" + school).then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(Api.school(school).get("inn")).isEqualTo(Demo.KERCH_SCHOOL_1_INN);
        Api.as("school.kerch1").get("/api/v1/schools/" + school).then().statusCode(200);

        input = Api.asInput(Api.school(school));
        input.put("principal", "Новикова Анна Петровна");
        Api.as("school.kerch1").body(input).put("/api/v1/schools/" + school).then().statusCode(200)
                .body("principal", equalTo("Новикова Анна Петровна"));
    }

    @Test
    void aSchoolsPlanCannotPutWorkOnTheMinistry() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long ministry = Api.bodyId(MINISTRY_OF_CRIMEA_INN);
        Map<String, Object> owned = schoolPlan(school);
        owned.put("ownerBodyId", ministry);
        Api.as("school.kerch1").body(owned).post("/api/v1/roadmaps").then().statusCode(400)
                .body("errors.field", hasItem("ownerBodyId"));

        Map<String, Object> assigned = schoolPlan(school);
        assigned.put("measures", List.of(Map.of("number", "1", "text", "Провести аудит школы", "deadlineText", "ноябрь 2026 г.",
                "responsible", List.of(Map.of("label", "Министерство", "bodyId", ministry, "allSchools", false)))));
        Api.as("school.kerch1").body(assigned).post("/api/v1/roadmaps").then().statusCode(400)
                .body("errors.field", hasItem("measures[0].responsible[0].bodyId"));

        Api.as("school.kerch1").body(schoolPlan(school)).post("/api/v1/roadmaps").then().statusCode(201);
        // the region's analyst may name the ministry in a municipality's plan
        Map<String, Object> municipal = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH), ministry);
        Api.as("analyst.crimea").body(municipal).post("/api/v1/roadmaps").then().statusCode(201);
        Api.as("coord.kerch").body(municipal).post("/api/v1/roadmaps").then().statusCode(400).body("errors.field", hasItem("ownerBodyId"));
    }

    @Test
    void aMunicipalPlanIsNotTiedToASchool_andASchoolsPlanFollowsOnlyAMeasureAskedOfEverySchool() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        Map<String, Object> municipal = new HashMap<>(Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        municipal.put("schoolId", school);
        Api.as("coord.kerch").body(municipal).post("/api/v1/roadmaps").then().statusCode(400).body("errors.field", hasItem("schoolId"));

        long kerchPlan = Plans.approvedRoadmap(Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        Map<String, Object> followsTheAuthoritysSeminar = schoolPlan(school);
        followsTheAuthoritysSeminar.put("parentMeasureId", measureNumbered(kerchPlan, "2"));
        Api.as("school.kerch1").body(followsTheAuthoritysSeminar).post("/api/v1/roadmaps").then().statusCode(400)
                .body("errors.field", hasItem("parentMeasureId"));
        Map<String, Object> followsAMeasureOfEverySchool = schoolPlan(school);
        followsAMeasureOfEverySchool.put("parentMeasureId", measureNumbered(kerchPlan, "1"));
        Api.as("school.kerch1").body(followsAMeasureOfEverySchool).post("/api/v1/roadmaps").then().statusCode(201);
    }

    @Test
    void aRecommendationOrPartnershipRestsOnlyOnAnAnalysisOfItsOwnRegion() {
        long lesosibirskRun = Api.as("admin").body(Map.of("comparison", "REGION", "clusters", 1))
                .post("/api/v1/campaigns/" + Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING) + "/analyses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as("analyst.crimea").body(Map.of("addresseeKind", "SCHOOL", "schoolId", Api.schoolId(Demo.KERCH_SCHOOL_1_INN),
                        "basisKind", "ANALYSIS", "analysisRunId", lesosibirskRun, "text", "Провести педсовет по итогам ВПР", "deadline", "2027-01-15"))
                .post("/api/v1/recommendations").then().statusCode(400).body("errors.field", hasItem("analysisRunId"));
        Api.as("analyst.crimea").body(Map.of("weakSchoolId", Api.schoolId(Demo.KERCH_SCHOOL_1_INN),
                        "partnerSchoolId", Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN), "analysisRunId", lesosibirskRun))
                .post("/api/v1/partnerships").then().statusCode(400).body("errors.field", hasItem("analysisRunId"));
    }

    @Test
    void partnersAreSuggestedToThoseWhoChooseThem_andOnlyFromTheirScope() {
        long run = Api.as("analyst.krasnoyarsk").body(Map.of("comparison", "REGION", "clusters", 1))
                .post("/api/v1/campaigns/" + Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING) + "/analyses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long school = Api.as("school.lesosibirsk1").get("/api/v1/me").then().extract().jsonPath().getLong("schoolId");
        String path = "/api/v1/analyses/" + run + "/schools/" + school + "/partners";
        Api.as("school.lesosibirsk1").get(path).then().statusCode(403).contentType("application/problem+json");
        Api.as("coord.lesosibirsk").get(path).then().statusCode(200);
        Api.as("analyst.krasnoyarsk").get(path).then().statusCode(200);
    }

    @Test
    void thePartnerSchoolsExportOfTheCombinedPlanHoldsNoMeasureOfAPlanItCannotSee() throws Exception {
        long partner = Api.as("school.lesosibirsk1").get("/api/v1/me").then().extract().jsonPath().getLong("schoolId");
        long lesosibirsk = Api.municipalityId(Demo.LESOSIBIRSK);
        long weak = Api.as("admin").queryParam("municipalityId", lesosibirsk).queryParam("sort", "-shortName").get("/api/v1/schools").then()
                .extract().jsonPath().getList("items.id", Long.class).stream().filter(s -> s != partner).findFirst().orElseThrow();
        long id = Api.as("admin").body(Map.of("weakSchoolId", weak, "partnerSchoolId", partner)).post("/api/v1/partnerships").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Api.as("admin").body(Map.of("to", "AGREED", "version", 0, "agreementNumber", "5", "agreementDate", "2026-11-20"))
                .post("/api/v1/partnerships/" + id + "/transitions").then().statusCode(200);
        long authority = Api.as("admin").queryParam("municipalityId", lesosibirsk).get("/api/v1/bodies").then().extract().jsonPath()
                .getLong("items[0].id");
        Map<String, Object> planInput = new HashMap<>(Plans.municipalRoadmap(((Number) Monitoring.campaign(
                Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING)).get("regionId")).longValue(), lesosibirsk, authority));
        planInput.put("level", "PARTNERSHIP");
        planInput.put("schoolId", weak);
        planInput.put("measures", List.of(Map.of("number", "1", "text", "Взаимопосещение уроков математики " + id, "deadlineText", "весь период")));
        long plan = Plans.createRoadmap(planInput);
        Object version = Api.as("admin").get("/api/v1/partnerships/" + id).then().extract().path("version");
        Api.as("admin").body(Map.of("to", "PLAN_SUBMITTED", "version", version, "roadmapId", plan))
                .post("/api/v1/partnerships/" + id + "/transitions").then().statusCode(200);

        Api.as("school.lesosibirsk1").get("/api/v1/roadmaps/" + plan).then().statusCode(404);
        assertThat(combinedPlan("school.lesosibirsk1")).noneSatisfy(l -> assertThat(l).contains("Взаимопосещение уроков математики " + id));
        assertThat(combinedPlan("coord.lesosibirsk")).anySatisfy(l -> assertThat(l).contains("Взаимопосещение уроков математики " + id));
    }

    static List<String> combinedPlan(String user) throws Exception {
        byte[] xlsx = Api.as(user).get("/api/v1/partnerships/plan").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            return rows.map(r -> r.stream().map(c -> c == null || c.getRawValue() == null ? "" : c.getRawValue())
                    .collect(Collectors.joining("|"))).toList();
        }
    }
}
