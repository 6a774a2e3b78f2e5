package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

/**
 * The scope matrix's foreign records are in another region; these are next door. Inside Crimea, Kerch's coordinator
 * reaches nothing of Feodosia, and the staff of Kerch's first school nothing of the gymnasium across the street: every
 * read and every write of such a record answers 404, as if it did not exist.
 */
@QuarkusTest
class SameRegionScopeTest {

    record Call(String who, String what, Supplier<Response> call) {
    }

    static List<String> notHidden(List<Call> calls) {
        List<String> wrong = new ArrayList<>();
        for (Call c : calls) {
            Response r = c.call().get();
            if (r.statusCode() != 404 || !r.contentType().startsWith("application/problem+json")) {
                wrong.add(c.who() + " " + c.what() + " → " + r.statusCode());
            }
        }
        return wrong;
    }

    @Test
    void aCoordinatorReachesNothingOfAnotherMunicipalityOfTheRegion() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long feodosia = Api.municipalityId(Demo.FEODOSIA);
        long authority = Api.as("admin").queryParam("municipalityId", feodosia).get("/api/v1/bodies").then().extract().jsonPath()
                .getLong("items[0].id");
        List<Long> schools = Api.as("admin").queryParam("municipalityId", feodosia).get("/api/v1/schools").then().extract().jsonPath()
                .getList("items.id", Long.class);
        long school = schools.get(0);
        long roadmap = Plans.approvedRoadmap(Plans.municipalRoadmap(crimea, feodosia, authority));
        long measure = Plans.firstMeasure(roadmap);
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(crimea, feodosia, authority));
        String point = "/api/v1/decisions/" + decision.get("id") + "/points/" + Plans.pointId(decision, "1");
        // a pair of its own: other tests pair Feodosia's first schools
        long partnership = Api.as("admin").body(Map.of("weakSchoolId", schools.get(schools.size() - 1), "partnerSchoolId",
                        schools.get(schools.size() - 2))).post("/api/v1/partnerships")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long recommendation = Api.as("admin").body(Map.of("addresseeKind", "SCHOOL", "schoolId", school, "basisKind", "OTHER",
                        "basis", "Выезд куратора", "text", "Провести педсовет", "deadline", "2027-01-15")).post("/api/v1/recommendations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long campaign = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        long run = Api.as("admin").body(Map.of()).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Map<String, Object> profile = Api.asInput(Api.school(school));

        String c = "coord.kerch";
        assertThat(notHidden(List.of(
                new Call(c, "municipality", () -> Api.as(c).get("/api/v1/municipalities/" + feodosia)),
                new Call(c, "body", () -> Api.as(c).get("/api/v1/bodies/" + authority)),
                new Call(c, "school", () -> Api.as(c).get("/api/v1/schools/" + school)),
                new Call(c, "school's profile changed", () -> Api.as(c).body(profile).put("/api/v1/schools/" + school)),
                new Call(c, "submission", () -> Api.as(c).get(Monitoring.submissionPath(campaign, school))),
                new Call(c, "submission returned", () -> Api.as(c).body(Map.of("action", "RETURN", "version", 0, "comment", "Исправьте"))
                        .post(Monitoring.submissionPath(campaign, school) + "/review")),
                new Call(c, "roadmap", () -> Api.as(c).get("/api/v1/roadmaps/" + roadmap)),
                new Call(c, "measure's reports", () -> Api.as(c).get("/api/v1/roadmaps/" + roadmap + "/measures/" + measure + "/reports")),
                new Call(c, "decision", () -> Api.as(c).get("/api/v1/decisions/" + decision.get("id"))),
                new Call(c, "report on a point", () -> Plans.report(Plans.multipartAs(c), point + "/reports", "Сделано", null)),
                new Call(c, "partnership", () -> Api.as(c).get("/api/v1/partnerships/" + partnership)),
                new Call(c, "partnership moved", () -> Api.as(c).body(Map.of("to", "CLOSED", "version", 0, "comment", "Закрыть"))
                        .post("/api/v1/partnerships/" + partnership + "/transitions")),
                new Call(c, "recommendation", () -> Api.as(c).get("/api/v1/recommendations/" + recommendation)),
                new Call(c, "school's lists", () -> Api.as(c).get("/api/v1/schools/" + school + "/lists")),
                new Call(c, "school's risk profile", () -> Api.as(c).get("/api/v1/schools/" + school + "/risk-profile")),
                new Call(c, "school in an analysis", () -> Api.as(c).get("/api/v1/analyses/" + run + "/schools/" + school)),
                new Call(c, "partners for the school", () -> Api.as(c).get("/api/v1/analyses/" + run + "/schools/" + school + "/partners")))))
                .isEmpty();
    }

    @Test
    void schoolStaffReachNothingOfAnotherSchoolOfTheirMunicipality() {
        long gymnasium = Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN);
        long campaign = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        Map<String, Object> plan = new HashMap<>(Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        plan.put("level", "SCHOOL");
        plan.put("schoolId", gymnasium);
        long roadmap = Plans.createRoadmap(plan);
        long recommendation = Api.as("admin").body(Map.of("addresseeKind", "SCHOOL", "schoolId", gymnasium, "basisKind", "OTHER",
                        "basis", "Выезд куратора", "text", "Провести педсовет", "deadline", "2027-01-15")).post("/api/v1/recommendations")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> profile = Api.asInput(Api.school(gymnasium));

        String s = "school.kerch1";
        assertThat(notHidden(List.of(
                new Call(s, "school", () -> Api.as(s).get("/api/v1/schools/" + gymnasium)),
                new Call(s, "school's profile changed", () -> Api.as(s).body(profile).put("/api/v1/schools/" + gymnasium)),
                new Call(s, "submission", () -> Api.as(s).get(Monitoring.submissionPath(campaign, gymnasium))),
                new Call(s, "submission saved", () -> Api.as(s).body(Map.of("version", 0, "values", List.of()))
                        .put(Monitoring.submissionPath(campaign, gymnasium))),
                new Call(s, "submission handed in", () -> Api.as(s).body(Map.of("version", 0))
                        .post(Monitoring.submissionPath(campaign, gymnasium) + "/submit")),
                new Call(s, "school's plan", () -> Api.as(s).get("/api/v1/roadmaps/" + roadmap)),
                new Call(s, "recommendation", () -> Api.as(s).get("/api/v1/recommendations/" + recommendation)),
                new Call(s, "recommendation accepted", () -> Api.as(s).body(Map.of("to", "ACCEPTED", "version", 0))
                        .post("/api/v1/recommendations/" + recommendation + "/transitions")),
                new Call(s, "school's lists", () -> Api.as(s).get("/api/v1/schools/" + gymnasium + "/lists")),
                new Call(s, "school's risk profile", () -> Api.as(s).get("/api/v1/schools/" + gymnasium + "/risk-profile")))))
                .isEmpty();
    }
}
