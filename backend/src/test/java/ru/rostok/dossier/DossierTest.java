package ru.rostok.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;
import ru.rostok.support.Tokens;

/**
 * The school's page of Kerch school №1 with an answer known in advance: a new indicator (minimum sample 10) asked in four
 * published campaigns of five schools (school №1 and three new ones of Kerch, one of Feodosia). School №1 has 40, 45, 50 of
 * 100 and then 4 of 8 (below the minimum); the others 55, 60, 70, 80 of 100 each time. So the campaigns' medians are 60,
 * 60, 60 and, with school №1's small sample left out, 65; the third campaign is analysed with one cluster, so its cluster
 * median is its median (60) and school №1, the lowest, is fifth of five and fourth of four in Kerch. A municipal roadmap
 * and a decision of Kerch with an item of every school, a recommendation and a partnership make the other blocks.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class DossierTest {
    static final int[] OWN_NUMERATORS = {40, 45, 50, 4};
    static final int[] OWN_DENOMINATORS = {100, 100, 100, 8};
    static final int[] OTHERS = {55, 60, 70, 80};
    static final String[] YEARS = {"2036/2037", "2037/2038", "2038/2039", "2039/2040"};

    static long school;
    static String code;
    static final List<Long> others = new ArrayList<>();
    static final List<String> otherNames = new ArrayList<>();
    static final List<Long> campaigns = new ArrayList<>();
    static long run, roadmap, decision, point, recommendation, partnership, empty;

    @BeforeEach
    void fourYearsOfOneSchool() {
        if (school != 0) {
            return;
        }
        long region = Api.regionId(Demo.CRIMEA);
        long kerch = Api.municipalityId(Demo.KERCH);
        long feodosia = Api.municipalityId(Demo.FEODOSIA);
        long authority = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        Map<String, Object> indicator = Monitoring.newIndicator(region);
        code = (String) indicator.get("code");
        long indicatorId = Api.as("admin").body(indicator).post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
        for (int i = 0; i < 4; i++) {
            Map<String, Object> created = Api.newSchool(i == 3 ? feodosia : kerch);
            long id = Api.as("admin").body(created).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
            others.add(id);
            otherNames.add((String) Api.school(id).get("shortName"));
        }
        List<Long> asked = new ArrayList<>(List.of(school));
        asked.addAll(others);
        for (int k = 0; k < 4; k++) {
            Map<String, Object> input = Monitoring.campaignInput(region, null, authority(region), asked, List.of(indicatorId), false);
            input.put("academicYear", YEARS[k]);
            input.put("orderDate", (2036 + k) + "-09-01");
            input.put("opensOn", (2036 + k) + "-09-01");
            input.put("closesOn", (2036 + k) + "-10-31");
            long id = Monitoring.openCampaign(input);
            campaigns.add(id);
            Monitoring.saveAsAdmin(id, school, List.of(Monitoring.percent(indicatorId, OWN_NUMERATORS[k], OWN_DENOMINATORS[k])));
            Monitoring.submitAsAdmin(id, school);
            for (int i = 0; i < 4; i++) {
                Monitoring.saveAsAdmin(id, others.get(i), List.of(Monitoring.percent(indicatorId, OTHERS[i], 100)));
                Monitoring.submitAsAdmin(id, others.get(i));
            }
            Monitoring.move(id, "CLOSED");
            Monitoring.move(id, "PUBLISHED");
        }
        run = Api.as("admin").body(Map.of("clusters", 1, "minIndicators", 1)).post("/api/v1/campaigns/" + campaigns.get(2) + "/analyses")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        roadmap = Plans.approvedRoadmap(Plans.municipalRoadmap(region, kerch, authority));
        Map<String, Object> d = Plans.createDecision(Plans.municipalDecision(region, kerch, authority));
        decision = ((Number) d.get("id")).longValue();
        point = Plans.pointId(d, "2");
        recommendation = Api.as("admin").body(Map.of("addresseeKind", "SCHOOL", "schoolId", school, "basisKind", "OTHER", "basis", "Выезд куратора",
                "text", "Разобрать итоги мониторинга на педсовете", "deadline", "2027-01-15")).post("/api/v1/recommendations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        partnership = Api.as("admin").body(Map.of("weakSchoolId", school, "partnerSchoolId", others.get(2), "reason", "Сильная школа кластера",
                "planDue", "2026-11-25")).post("/api/v1/partnerships").then().statusCode(201).extract().jsonPath().getLong("id");
        empty = Api.as("admin").body(Api.newSchool(kerch)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long authority(long region) {
        return Api.bodyId(Demo.KERCH_AUTHORITY_INN);
    }

    static Map<String, Object> dossier(String user, long id) {
        return Api.as(user).get("/api/v1/schools/" + id + "/dossier").then().statusCode(200).extract().jsonPath().getMap("");
    }

    static List<Map<String, Object>> list(Map<String, Object> dossier, String block) {
        return (List<Map<String, Object>>) dossier.get(block);
    }

    static Map<String, Object> byId(List<Map<String, Object>> items, String key, long id) {
        return items.stream().filter(i -> ((Number) i.get(key)).longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " " + id + " in " + items));
    }

    static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void fourCampaignsOfAnIndicator_withTheMediansBesideThem_andTheSmallSampleMarked() {
        Map<String, Object> d = dossier("analyst.crimea", school);
        assertThat(((List<Number>) d.get("historyCampaignIds")).stream().map(Number::longValue).toList()).containsAll(campaigns);
        Map<String, Object> row = list(d, "indicatorHistory").stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
        assertThat(row.get("minSample")).isEqualTo(10);
        List<Map<String, Object>> values = (List<Map<String, Object>>) row.get("values");
        assertThat(values).extracting(v -> ((Number) v.get("campaignId")).longValue()).containsExactlyElementsOf(campaigns);
        for (int k = 0; k < 4; k++) {
            Map<String, Object> v = values.get(k);
            assertThat(number(v.get("value"))).isEqualTo(100.0 * OWN_NUMERATORS[k] / OWN_DENOMINATORS[k]);
            assertThat(v.get("sample")).isEqualTo(OWN_DENOMINATORS[k]);
            assertThat(v.get("belowMinSample")).isEqualTo(k == 3);
            assertThat(number(v.get("regionMedian"))).isEqualTo(k == 3 ? 65.0 : 60.0);
            if (k == 2) {
                assertThat(number(v.get("clusterMedian"))).isEqualTo(60.0);
                assertThat(v.get("cluster")).isEqualTo(1);
            } else {
                assertThat(v.get("clusterMedian")).as("no analysis of campaign %d", k).isNull();
            }
        }
        // Wilson's 95 % interval of 40 of 100: 30.9…49.8
        Map<String, Object> interval = (Map<String, Object>) values.get(0).get("interval");
        assertThat(number(interval.get("estimate"))).isEqualTo(40.0);
        assertThat(number(interval.get("low"))).isCloseTo(30.9, within(0.001));
        assertThat(number(interval.get("high"))).isCloseTo(49.8, within(0.001));
    }

    @Test
    void theMediansFollowEveryValueHandedIn_evenAfterThePageWasSeen() {
        long region = Api.regionId(Demo.CRIMEA);
        Map<String, Object> indicator = Monitoring.newIndicator(region);
        long indicatorId = Api.as("admin").body(indicator).post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> input = Monitoring.campaignInput(region, null, authority(region), List.of(school, others.get(0), others.get(1)),
                List.of(indicatorId), false);
        input.put("academicYear", "2040/2041");
        long campaign = Monitoring.openCampaign(input);
        Monitoring.saveAsAdmin(campaign, school, List.of(Monitoring.percent(indicatorId, 50, 100)));
        Monitoring.submitAsAdmin(campaign, school);
        assertThat(number(openValue(indicator, campaign).get("regionMedian"))).isEqualTo(50.0);

        Monitoring.saveAsAdmin(campaign, others.get(0), List.of(Monitoring.percent(indicatorId, 70, 100)));
        assertThat(number(openValue(indicator, campaign).get("regionMedian"))).as("a draft is not handed in").isEqualTo(50.0);
        Monitoring.submitAsAdmin(campaign, others.get(0));
        assertThat(number(openValue(indicator, campaign).get("regionMedian"))).isEqualTo(60.0);

        Monitoring.saveAsAdmin(campaign, others.get(1), List.of(Monitoring.percent(indicatorId, 90, 100)));
        Monitoring.submitAsAdmin(campaign, others.get(1));
        assertThat(number(openValue(indicator, campaign).get("regionMedian"))).isEqualTo(70.0);
    }

    static Map<String, Object> openValue(Map<String, Object> indicator, long campaign) {
        Map<String, Object> row = list(dossier("coord.kerch", school), "indicatorHistory").stream()
                .filter(r -> indicator.get("code").equals(r.get("code"))).findFirst().orElseThrow();
        return ((List<Map<String, Object>>) row.get("values")).stream()
                .filter(v -> ((Number) v.get("campaignId")).longValue() == campaign).findFirst().orElseThrow();
    }

    @Test
    void thePositionInTheRunIsTheAnalysisOwn_withItsRuleAndRanks() {
        Map<String, Object> d = dossier("coord.kerch", school);
        Map<String, Object> p = byId(list(d, "positions"), "runId", run);
        Map<String, Object> inRun = Api.as("admin").get("/api/v1/analyses/" + run + "/schools/" + school).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(((Number) p.get("campaignId")).longValue()).isEqualTo(campaigns.get(2));
        assertThat(p.get("rankOverall")).isEqualTo(5);
        assertThat(p.get("ranked")).isEqualTo(5);
        assertThat(p.get("rankMunicipality")).isEqualTo(4);
        assertThat(p.get("rankedInMunicipality")).isEqualTo(4);
        assertThat(p.get("position")).isEqualTo(((Map<String, Object>) inRun.get("school")).get("position"));
        assertThat(p.get("reason")).isEqualTo(((Map<String, Object>) inRun.get("school")).get("reason"));
        assertThat((String) p.get("reason")).isNotBlank();
        // 50 of 100 against 55 of 100: the intervals overlap, so the last place could have been a better one, never a worse
        assertThat(p.get("rankHigh")).isEqualTo(5);
        assertThat((Integer) p.get("rankLow")).isBetween(1, 4);
        assertThat(p.get("rankLow")).isEqualTo(((Map<String, Object>) inRun.get("school")).get("rankLow"));
    }

    @Test
    void theWorkAboutTheSchool_roadmapPointRecommendationPartnershipSubmissions() {
        Map<String, Object> d = dossier("analyst.crimea", school);
        Map<String, Object> r = byId(list(d, "roadmaps"), "id", roadmap);
        Map<String, Object> plan = Plans.roadmap(roadmap);
        long overdue = ((List<Map<String, Object>>) plan.get("measures")).stream().filter(m -> Boolean.TRUE.equals(m.get("overdue"))).count();
        assertThat(r.get("own")).isEqualTo(false);
        assertThat(r.get("level")).isEqualTo("MUNICIPALITY");
        assertThat(r.get("total")).isEqualTo(2);
        assertThat(r.get("done")).isEqualTo(0);
        assertThat(((Number) r.get("overdue")).longValue()).isEqualTo(overdue);

        List<Map<String, Object>> points = list(d, "points");
        Map<String, Object> p = byId(points, "pointId", point);
        assertThat(p.get("number")).isEqualTo("2");
        assertThat(((Number) p.get("decisionId")).longValue()).isEqualTo(decision);
        assertThat(p.get("due")).isEqualTo("2027-03-01");
        assertThat(p.get("status")).isEqualTo("ASSIGNED");
        assertThat(p.get("schoolReport")).isNull();
        assertThat(points).as("point 1 is the authority's, not the school's")
                .noneMatch(x -> ((Number) x.get("decisionId")).longValue() == decision && "1".equals(x.get("number")));

        Map<String, Object> rec = byId(list(d, "recommendations"), "id", recommendation);
        assertThat(rec.get("status")).isEqualTo("ISSUED");
        assertThat(rec.get("deadline")).isEqualTo("2027-01-15");

        Map<String, Object> pair = byId(list(d, "partnerships"), "id", partnership);
        assertThat(pair.get("role")).isEqualTo("WEAK");
        assertThat(((Number) pair.get("otherSchoolId")).longValue()).isEqualTo(others.get(2));
        assertThat(pair.get("status")).isEqualTo("PROPOSED");
        Map<String, Object> asPartner = byId(list(dossier("analyst.crimea", others.get(2)), "partnerships"), "id", partnership);
        assertThat(asPartner.get("role")).isEqualTo("STRONG");

        for (long c : campaigns) {
            Map<String, Object> s = byId(list(d, "submissions"), "campaignId", c);
            assertThat(s.get("status")).isEqualTo("SUBMITTED");
            assertThat(s.get("submittedAt")).isNotNull();
        }
    }

    @Test
    void aSchoolSeesItselfAndNothingOfOtherSchools() {
        Map<String, Object> d = dossier("school.kerch1", school);
        assertThat(list(d, "indicatorHistory")).anyMatch(r -> code.equals(r.get("code")));
        assertThat(list(d, "positions")).anyMatch(p -> ((Number) p.get("runId")).longValue() == run);
        assertThat(list(d, "points")).anyMatch(p -> ((Number) p.get("pointId")).longValue() == point);
        assertThat(list(d, "recommendations")).anyMatch(p -> ((Number) p.get("id")).longValue() == recommendation);
        String body = Api.as("school.kerch1").get("/api/v1/schools/" + school + "/dossier").then().statusCode(200).extract().asString();
        // the cluster and the campaign are medians, never the names of the schools in them (the partner is the school's own partnership)
        for (int i : new int[] {0, 1, 3}) {
            assertThat(body).doesNotContain(otherNames.get(i));
            assertThat(body).doesNotContain("\"schoolId\":" + others.get(i) + ",");
        }
    }

    @Test
    void outsideTheCallersScope_theSchoolIsNotFound_andIntegratorsAreRefused() {
        Api.as("analyst.krasnoyarsk").get("/api/v1/schools/" + school + "/dossier").then().statusCode(404);
        Api.as("coord.feodosia").get("/api/v1/schools/" + school + "/dossier").then().statusCode(404);
        Api.as("coord.kerch").get("/api/v1/schools/" + others.get(3) + "/dossier").then().statusCode(404);
        Api.as("school.kerch2").get("/api/v1/schools/" + school + "/dossier").then().statusCode(404);
        Api.as("school.kerch1").get("/api/v1/schools/" + others.get(0) + "/dossier").then().statusCode(404);
        Api.asIntegrator().get("/api/v1/schools/" + school + "/dossier").then().statusCode(403);
        RestAssured.given().get("/api/v1/schools/" + school + "/dossier").then().statusCode(401);
        Api.as("coord.kerch").get("/api/v1/schools/999999999/dossier").then().statusCode(404);
        assertThat(Tokens.of("coord.kerch")).isNotBlank();
    }

    @Test
    void aSchoolWithNothingYetAnswersEveryBlockEmpty() {
        Map<String, Object> d = dossier("coord.kerch", empty);
        for (String block : List.of("indicatorHistory", "positions", "partnerships", "recommendations", "historyCampaignIds")) {
            assertThat(list(d, block)).as(block).isEmpty();
        }
        // a new school of Kerch is asked by no campaign yet; the roadmap and the decision of every Kerch school concern it too
        assertThat(list(d, "submissions")).isEmpty();
        assertThat(list(d, "roadmaps")).anyMatch(r -> ((Number) r.get("id")).longValue() == roadmap);
        assertThat(list(d, "points")).anyMatch(p -> ((Number) p.get("pointId")).longValue() == point);
    }
}
