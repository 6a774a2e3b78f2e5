package ru.rostok.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

/**
 * Targets against actuals (a measure's, a decision point's, a recommendation's indicators judged against the latest
 * closed monitoring) and the links the documents make: a point controls a roadmap, a roadmap rests on a list order, a
 * list spans years, a campaign follows an approved list.
 */
@QuarkusTest
class TargetsAndLinksTest {

    static Map<String, Object> percentIndicator(long region, String direction) {
        Map<String, Object> input = Monitoring.newIndicator(region);
        input.put("direction", direction);
        return input;
    }

    static long created(Map<String, Object> indicator) {
        return Api.as("admin").body(indicator).post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static void handIn(long campaign, long school, List<Map<String, Object>> values) {
        Monitoring.saveAsAdmin(campaign, school, values);
        Monitoring.submitAsAdmin(campaign, school);
        Api.as("coord.slavsk").body(Map.of("action", "ACCEPT", "version", Monitoring.version(campaign, school)))
                .post(Monitoring.submissionPath(campaign, school) + "/review").then().statusCode(200);
    }

    static Map<String, Object> target(long indicator, Object value) {
        return Map.of("indicatorId", indicator, "targetValue", value);
    }

    static Map<String, Object> measure(String number, List<Map<String, Object>> indicators) {
        return Map.of("number", number, "text", "Мероприятие " + number, "deadlineText", "весь период", "indicators", indicators);
    }

    static Map<String, Object> schoolPlan(long region, long municipality, long school, long indicator) {
        Map<String, Object> plan = new HashMap<>(Map.of("title", "План школы", "level", "SCHOOL", "regionId", region, "municipalityId", municipality,
                "schoolId", school, "periodFrom", "2019-09-01", "periodTo", "2020-12-31"));
        plan.put("measures", List.of(measure("1", List.of(target(indicator, 50)))));
        return plan;
    }

    static Map<String, Object> check(JsonPath roadmap, String measure, long indicator) {
        return roadmap.getMap("measures.find { it.number == '" + measure + "' }.indicators.find { it.indicatorId == " + indicator + " }");
    }

    @Test
    void targetsAreJudgedAgainstTheLatestClosedMonitoring_byDirection_andAValueUnderTheMinimumSampleIsNoData() {
        long kaliningrad = Api.regionId(Demo.KALININGRAD);
        long slavsk = Api.municipalityId(Demo.SLAVSK);
        long authority = Api.bodyId(Demo.SLAVSK_AUTHORITY_INN);
        long higher = created(percentIndicator(kaliningrad, "HIGHER_BETTER"));
        long lower = created(percentIndicator(kaliningrad, "LOWER_BETTER"));
        long unmonitored = created(percentIndicator(kaliningrad, "HIGHER_BETTER"));
        List<Long> schools = Api.as("admin").queryParam("municipalityId", slavsk).queryParam("size", 500).get("/api/v1/schools").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        long a = schools.get(schools.size() - 1);
        long b = schools.get(schools.size() - 2);
        long c = schools.get(schools.size() - 3);
        long campaign = Monitoring.openCampaign(Monitoring.campaignInput(kaliningrad, slavsk, authority, List.of(a, b, c), List.of(higher, lower), false));
        // a: 80 % and 20 %; b: 60 % and 40 %; c: 60 % and 20 % of 5 pupils, under the minimum sample of 10
        handIn(campaign, a, List.of(Monitoring.percent(higher, 8, 10), Monitoring.percent(lower, 2, 10)));
        handIn(campaign, b, List.of(Monitoring.percent(higher, 6, 10), Monitoring.percent(lower, 4, 10)));
        handIn(campaign, c, List.of(Monitoring.percent(higher, 3, 5), Monitoring.percent(lower, 1, 5)));

        // a period before the demo plan's: other tests take the newest Slavsk plan for the demo's
        Map<String, Object> plan = Plans.municipalRoadmap(kaliningrad, slavsk, authority);
        plan.put("periodFrom", "2019-09-01");
        plan.put("periodTo", "2020-12-31");
        plan.put("measures", List.of(
                measure("1", List.of(target(higher, 65), target(lower, 35))),
                measure("2", List.of(target(higher, 75), target(lower, 25), target(unmonitored, 10))),
                measure("3", List.of())));
        long roadmap = Plans.createRoadmap(plan);
        // while the monitoring is open, its values are not an actual yet
        JsonPath open = Api.as("coord.slavsk").get("/api/v1/roadmaps/" + roadmap).then().statusCode(200).extract().jsonPath();
        assertThat(check(open, "1", higher)).containsEntry("status", "NO_DATA");

        Monitoring.move(campaign, "CLOSED");
        JsonPath view = Api.as("coord.slavsk").get("/api/v1/roadmaps/" + roadmap).then().statusCode(200).extract().jsonPath();
        // the municipality's median of the schools whose sample counts: (80 + 60) / 2 = 70 and (20 + 40) / 2 = 30
        assertThat(check(view, "1", higher)).containsEntry("status", "REACHED").containsEntry("schools", 2).containsEntry("campaignId", (int) campaign);
        assertThat(((Number) check(view, "1", higher).get("actual")).doubleValue()).isEqualTo(70.0);
        assertThat(check(view, "1", lower)).containsEntry("status", "REACHED");
        assertThat(((Number) check(view, "1", lower).get("actual")).doubleValue()).isEqualTo(30.0);
        assertThat(check(view, "2", higher)).containsEntry("status", "NOT_YET");
        assertThat(check(view, "2", lower)).as("lower is better: 30 is above the target of 25").containsEntry("status", "NOT_YET");
        assertThat(check(view, "2", unmonitored)).containsEntry("status", "NO_DATA");
        assertThat(view.getList("measures.find { it.number == '3' }.indicators")).as("«без показателя»").isEmpty();
        assertThat(view.getMap("targets")).containsEntry("reached", 2).containsEntry("notYet", 2).containsEntry("noData", 1)
                .containsEntry("measures", 3).containsEntry("measuresWithIndicator", 2);

        // a school's plan by the school's own value: c's 60 % rests on 5 pupils, under the minimum: no verdict
        JsonPath ofC = Api.as("admin").get("/api/v1/roadmaps/" + Plans.createRoadmap(schoolPlan(kaliningrad, slavsk, c, higher))).then()
                .extract().jsonPath();
        assertThat(check(ofC, "1", higher)).containsEntry("status", "NO_DATA");
        assertThat((String) check(ofC, "1", higher).get("note")).contains("выборка меньше минимальной");
        JsonPath ofA = Api.as("admin").get("/api/v1/roadmaps/" + Plans.createRoadmap(schoolPlan(kaliningrad, slavsk, a, higher))).then()
                .extract().jsonPath();
        assertThat(check(ofA, "1", higher)).containsEntry("status", "REACHED");
        assertThat(((Number) check(ofA, "1", higher).get("actual")).doubleValue()).isEqualTo(80.0);

        // a decision point of the municipality, by the same median; a point without an indicator has none
        Map<String, Object> decision = Plans.municipalDecision(kaliningrad, slavsk, authority);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = new java.util.ArrayList<>((List<Map<String, Object>>) decision.get("points"));
        Map<String, Object> first = new HashMap<>(points.get(0));
        first.put("indicators", List.of(target(lower, 25), target(higher, 65)));
        points.set(0, first);
        decision.put("points", points);
        JsonPath made = Api.as("coord.slavsk").body(decision).post("/api/v1/decisions").then().statusCode(201).extract().jsonPath();
        assertThat(made.getString("points.find { it.number == '1' }.indicators.find { it.indicatorId == " + higher + " }.status")).isEqualTo("REACHED");
        assertThat(made.getString("points.find { it.number == '1' }.indicators.find { it.indicatorId == " + lower + " }.status")).isEqualTo("NOT_YET");
        assertThat(made.getList("points.find { it.number == '2' }.indicators")).isEmpty();
        // a change that leaves the indicators out keeps them
        long id = made.getLong("id");
        Map<String, Object> kept = new HashMap<>(Plans.municipalDecision(kaliningrad, slavsk, authority));
        kept.put("number", made.getString("number"));
        kept.put("version", made.getLong("version"));
        kept.put("points", List.of(Map.of("id", made.getLong("points.find { it.number == '1' }.id"), "number", "1", "text", "Провести совещание")));
        Api.as("coord.slavsk").body(kept).put("/api/v1/decisions/" + id).then().statusCode(200)
                .body("points[0].indicators.size()", equalTo(2));

        // a recommendation to a school, by the school's value
        Map<String, Object> recommendation = new HashMap<>(Map.of("addresseeKind", "SCHOOL", "schoolId", a, "basisKind", "OTHER",
                "basis", "Выезд куратора", "text", "Провести педсовет", "deadline", "2027-01-15"));
        recommendation.put("indicators", List.of(target(higher, 85)));
        Api.as("analyst.kaliningrad").body(recommendation).post("/api/v1/recommendations").then().statusCode(201)
                .body("indicators[0].status", equalTo("NOT_YET")).body("indicators[0].schools", equalTo(1));
        recommendation.put("indicators", List.of(target(Monitoring.indicatorId(Api.regionId(Demo.CRIMEA), "VPR_F2"), 10)));
        Api.as("analyst.kaliningrad").body(recommendation).post("/api/v1/recommendations").then().statusCode(400)
                .body("errors.field", hasItem("indicators[0].indicatorId"));
    }

    static long decisionCount() {
        return Api.as("admin").queryParam("size", 1).get("/api/v1/decisions").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aPointControlsARoadmapOrAMeasure_theRoadmapShowsItsControllingPoints_andAForeignRoadmapIsRefused() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long kerch = Api.municipalityId(Demo.KERCH);
        long feodosia = Api.municipalityId(Demo.FEODOSIA);
        long kerchAuthority = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        long feodosiaAuthority = Api.as("admin").queryParam("municipalityId", feodosia).queryParam("kind", "EDUCATION_AUTHORITY")
                .get("/api/v1/bodies").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        long kerchPlan = Plans.createRoadmap(Plans.municipalRoadmap(crimea, kerch, kerchAuthority));
        long kerchMeasure = Plans.firstMeasure(kerchPlan);
        long feodosiaPlan = Plans.createRoadmap(Plans.municipalRoadmap(crimea, feodosia, feodosiaAuthority));

        Map<String, Object> decision = Plans.municipalDecision(crimea, kerch, kerchAuthority);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) decision.get("points");
        Map<String, Object> first = new HashMap<>(points.get(0));
        first.put("plans", List.of(Map.of("roadmapId", kerchPlan)));
        Map<String, Object> second = new HashMap<>(points.get(1));
        second.put("plans", List.of(Map.of("roadmapId", kerchPlan, "measureId", kerchMeasure)));
        decision.put("points", List.of(first, second));

        // a coordinator of another municipality's plan: refused, nothing written
        long before = decisionCount();
        Map<String, Object> foreign = new HashMap<>(decision);
        Map<String, Object> toFeodosia = new HashMap<>(first);
        toFeodosia.put("plans", List.of(Map.of("roadmapId", feodosiaPlan)));
        foreign.put("points", List.of(toFeodosia, second));
        Api.as("coord.kerch").body(foreign).post("/api/v1/decisions").then().statusCode(400)
                .body("errors.field", hasItem("points[0].plans[0].roadmapId"));
        Map<String, Object> measureOfAnother = new HashMap<>(first);
        measureOfAnother.put("plans", List.of(Map.of("roadmapId", kerchPlan, "measureId", Plans.firstMeasure(feodosiaPlan))));
        foreign.put("points", List.of(measureOfAnother, second));
        Api.as("coord.kerch").body(foreign).post("/api/v1/decisions").then().statusCode(400)
                .body("errors.field", hasItem("points[0].plans[0].measureId"));
        assertThat(decisionCount()).isEqualTo(before);

        JsonPath made = Api.as("coord.kerch").body(decision).post("/api/v1/decisions").then().statusCode(201).extract().jsonPath();
        assertThat(made.getLong("points.find { it.number == '1' }.plans[0].roadmapId")).isEqualTo(kerchPlan);
        assertThat(made.getString("points.find { it.number == '1' }.plans[0].measureId")).isNull();
        assertThat(made.getString("points.find { it.number == '2' }.plans[0].measureNumber")).isEqualTo("1");

        // the roadmap shows the points that control it, to whoever sees both
        for (String user : List.of("coord.kerch", "analyst.crimea")) {
            JsonPath controlling = Api.as(user).get("/api/v1/roadmaps/" + kerchPlan + "/controlling-points").then().statusCode(200).extract().jsonPath();
            assertThat(controlling.getList("pointNumber")).containsExactlyInAnyOrder("1", "2");
            assertThat(controlling.getList("decisionId", Long.class)).containsOnly(made.getLong("id"));
            assertThat(controlling.getString("find { it.pointNumber == '2' }.measureNumber")).isEqualTo("1");
            assertThat(controlling.getString("find { it.pointNumber == '1' }.status")).isEqualTo("ASSIGNED");
        }
        Api.as("coord.feodosia").get("/api/v1/roadmaps/" + kerchPlan + "/controlling-points").then().statusCode(404);
        Api.as("coord.feodosia").get("/api/v1/roadmaps/" + feodosiaPlan + "/controlling-points").then().statusCode(200).body("size()", equalTo(0));

        // a change naming the foreign plan is refused and the links stay as they were
        long id = made.getLong("id");
        Map<String, Object> change = new HashMap<>(decision);
        change.put("number", made.getString("number"));
        change.put("version", made.getLong("version"));
        Map<String, Object> kept = new HashMap<>(first);
        kept.put("id", made.getLong("points.find { it.number == '1' }.id"));
        kept.put("plans", List.of(Map.of("roadmapId", feodosiaPlan)));
        change.put("points", List.of(kept));
        Api.as("coord.kerch").body(change).put("/api/v1/decisions/" + id).then().statusCode(400);
        Api.as("coord.kerch").get("/api/v1/roadmaps/" + kerchPlan + "/controlling-points").then().statusCode(200).body("size()", equalTo(2));
        Api.as("coord.kerch").get("/api/v1/decisions/" + id).then().statusCode(200)
                .body("points.find { it.number == '1' }.plans[0].roadmapId", equalTo((int) kerchPlan));
    }

    static long krasnoyarsk() {
        return ((Number) Monitoring.campaign(Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING)).get("regionId")).longValue();
    }

    static long listCount() {
        return Api.as("admin").queryParam("size", 1).get("/api/v1/school-lists").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aListSpansYears_aRoadmapRestsOnIt_andACampaignOfAnApprovedListAsksExactlyItsSchools() {
        long region = krasnoyarsk();
        long lesosibirsk = Api.municipalityId(Demo.LESOSIBIRSK);
        long authority = Api.as("admin").queryParam("municipalityId", lesosibirsk).get("/api/v1/bodies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long rule = Api.as("analyst.krasnoyarsk").queryParam("kind", "UNFAVOURABLE_CONDITIONS").get("/api/v1/identification-rules").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long monitoring = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        Map<String, Object> input = new HashMap<>(Map.of("regionId", region, "year", 2045, "yearTo", 2044, "ruleId", rule,
                "campaignIds", List.of(monitoring)));
        long lists = listCount();
        Api.as("analyst.krasnoyarsk").body(input).post("/api/v1/school-lists").then().statusCode(400).body("errors[0].field", equalTo("yearTo"));
        assertThat(listCount()).isEqualTo(lists);

        input.put("yearTo", 2047);
        JsonPath list = Api.as("analyst.krasnoyarsk").body(input).post("/api/v1/school-lists").then().statusCode(201)
                .body("year", equalTo(2045)).body("yearTo", equalTo(2047)).extract().jsonPath();
        assertThat(list.getString("title")).endsWith("на 2045–2047 годы");
        long listId = list.getLong("id");
        String path = "/api/v1/school-lists/" + listId;
        long school = Api.as("admin").queryParam("municipalityId", lesosibirsk).queryParam("size", 1).get("/api/v1/schools").then()
                .extract().jsonPath().getLong("items[0].id");
        long version = Api.as("analyst.krasnoyarsk").body(Map.of("included", true, "reason", "Ходатайство управления", "version", list.getLong("version")))
                .put(path + "/entries/" + school).then().statusCode(200).extract().jsonPath().getLong("version");
        Set<Long> listed = new TreeSet<>(Api.as("admin").get(path).then().extract().jsonPath()
                .getList("entries.findAll { it.included && it.municipalityId == " + lesosibirsk + " }.schoolId", Long.class));

        // a campaign of a draft list is refused
        Map<String, Object> campaign = Monitoring.campaignInput(region, lesosibirsk, authority, null, List.of(Monitoring.indicatorId(region, "VPR_F2")), false);
        campaign.put("schoolScope", "SCHOOL_LIST");
        campaign.put("schoolListId", listId);
        Api.as("coord.lesosibirsk").body(campaign).post("/api/v1/campaigns").then().statusCode(400).body("errors[0].field", equalTo("schoolListId"));
        Api.as("analyst.krasnoyarsk").body(Map.of("orderNumber", "45", "orderDate", "2044-12-20", "orderBodyId", authority, "version", version))
                .post(path + "/approval").then().statusCode(200);
        JsonPath made = Api.as("coord.lesosibirsk").body(campaign).post("/api/v1/campaigns").then().statusCode(201)
                .body("schoolScope", equalTo("SCHOOL_LIST")).body("schoolList.id", equalTo((int) listId)).body("schoolList.yearTo", equalTo(2047))
                .extract().jsonPath();
        assertThat(new TreeSet<>(made.getList("schoolIds", Long.class))).isEqualTo(listed).contains(school);

        // the roadmap names the list order it rests on; a list of another region is not there to name
        Map<String, Object> plan = Plans.municipalRoadmap(region, lesosibirsk, authority);
        plan.put("schoolListId", listId);
        long roadmap = Plans.createRoadmap(plan);
        Api.as("coord.lesosibirsk").get("/api/v1/roadmaps/" + roadmap).then().statusCode(200).body("schoolList.id", equalTo((int) listId))
                .body("schoolList.year", equalTo(2045)).body("schoolList.yearTo", equalTo(2047)).body("schoolList.orderNumber", equalTo("45"));
        Map<String, Object> slavskPlan = Plans.municipalRoadmap(Api.regionId(Demo.KALININGRAD), Api.municipalityId(Demo.SLAVSK),
                Api.bodyId(Demo.SLAVSK_AUTHORITY_INN));
        slavskPlan.put("schoolListId", listId);
        slavskPlan.put("periodFrom", "2019-09-01");
        Api.as("admin").body(slavskPlan).post("/api/v1/roadmaps").then().statusCode(400).body("errors[0].field", equalTo("schoolListId"));
    }
}
