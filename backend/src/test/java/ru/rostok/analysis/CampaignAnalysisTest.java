package ru.rostok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.analysis.service.ValueMatrices;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

@QuarkusTest
class CampaignAnalysisTest {

    @Inject
    ValueMatrices matrices;

    @Inject
    AgroalDataSource db;

    static final Map<String, Object> BY_REGION = Map.of("comparison", "REGION");

    @Test
    void theLesosibirskMonitoringIsRankedWithPositionsTheirRulesClustersAndDistributions() {
        long campaign = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        var run = Api.as("analyst.krasnoyarsk").body(BY_REGION).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201)
                .body("schools", equalTo(12)).body("ranked", equalTo(12)).body("current", equalTo(true))
                .body("settings.comparison", equalTo("REGION")).body("settings.weakShare", equalTo(0.2f))
                .body("positions.STRONG", equalTo(2)).body("positions.WEAK", equalTo(2)).body("positions.MIDDLE", equalTo(8))
                .body("distributions.size()", equalTo(13))
                .extract().jsonPath();
        long id = run.getLong("id");
        assertThat(run.getList("clusters.description", String.class)).isNotEmpty().allSatisfy(d -> assertThat(d).isNotBlank());
        assertThat(run.getList("clusterFeatures", String.class)).contains("CTX_RURAL", "CTX_STUDENTS", "CTX_LOWINC");

        var table = Api.as("analyst.krasnoyarsk").get("/api/v1/analyses/" + id + "/schools").then().statusCode(200)
                .body("total", equalTo(12)).body("items[0].rank", equalTo(1)).body("items[0].position", equalTo("STRONG"))
                .body("items[11].position", equalTo("WEAK"))
                .extract().jsonPath();
        assertThat(table.getString("items[11].reason")).contains("в нижних 20 %").contains("слабая позиция");
        long weakest = table.getLong("items[11].schoolId");
        var school = Api.as("analyst.krasnoyarsk").get("/api/v1/analyses/" + id + "/schools/" + weakest).then().statusCode(200)
                .body("school.position", equalTo("WEAK")).body("indicators.size()", equalTo(13))
                .body("indicators.find { it.code == 'CTX_LOWINC' }.score", equalTo(null))
                .extract().jsonPath();
        assertThat(school.getList("indicators.findAll { it.score != null }.score", Float.class))
                .allSatisfy(z -> assertThat(z).isBetween(-3f, 3f));
        assertThat(school.getMap("campaignCategories")).containsKey("RESULTS");
        assertThat(school.getString("clusterDescription")).isNotBlank();

        Api.as("admin").queryParam("position", "WEAK").get("/api/v1/analyses/" + id + "/schools").then().body("total", equalTo(2));
        Api.as("admin").queryParam("sort", "size").get("/api/v1/analyses/" + id + "/schools").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        // the municipality's school sees itself only; another region sees nothing
        Api.as("school.lesosibirsk1").get("/api/v1/analyses/" + id + "/schools").then().statusCode(200).body("total", equalTo(1));
        Api.as("analyst.crimea").get("/api/v1/analyses/" + id).then().statusCode(404);
        Api.as("analyst.crimea").get("/api/v1/analyses/" + id + "/schools/" + weakest).then().statusCode(404);
        Api.as("analyst.krasnoyarsk").get("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(200)
                .body("id", hasItem((int) id));
    }

    @Test
    void aRunIsReproducible_andTellsWhenTheDataHasChangedSince() {
        long kerch = Api.municipalityId(Demo.KERCH);
        long crimea = Api.regionId(Demo.CRIMEA);
        List<Long> schools = Api.as("admin").queryParam("municipalityId", kerch).queryParam("size", 7)
                .get("/api/v1/schools").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        List<Long> indicators = List.of(Monitoring.indicatorId(crimea, "VPR_F2"), Monitoring.indicatorId(crimea, "QUAL_RATE"),
                Monitoring.indicatorId(crimea, "SUCC_RATE"));
        long campaign = Monitoring.openCampaign(Monitoring.campaignInput(crimea, kerch, Api.bodyId(Demo.KERCH_AUTHORITY_INN), schools,
                indicators, false));
        for (int s = 0; s < schools.size(); s++) {
            List<Map<String, Object>> values = new ArrayList<>();
            values.add(Monitoring.percent(indicators.get(0), 20 - 2 * s, 60));
            values.add(Monitoring.percent(indicators.get(1), 20 + 4 * s, 60));
            values.add(Monitoring.percent(indicators.get(2), 40 + 3 * s, 60));
            Monitoring.saveAsAdmin(campaign, schools.get(s), values);
            if (s < 6) {
                Monitoring.submitAsAdmin(campaign, schools.get(s));
            }
        }
        Map<String, Object> settings = Map.of("comparison", "REGION", "minIndicators", 2);
        var first = Api.as("coord.kerch").body(settings).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201)
                .body("schools", equalTo(7)).body("ranked", equalTo(6)).body("positions.INSUFFICIENT_DATA", equalTo(1))
                .extract().jsonPath();
        var second = Api.as("coord.kerch").body(settings).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201)
                .extract().jsonPath();
        assertThat(second.getString("dataVersion")).isEqualTo(first.getString("dataVersion"));
        assertThat(rows(second.getLong("id"))).isEqualTo(rows(first.getLong("id")));
        assertThat(rows(first.getLong("id")).get(0)).containsEntry("schoolId", schools.get(5).intValue()); // the best numbers

        // the seventh school hands in: the old runs stay as they were, and say they are no longer current
        Monitoring.submitAsAdmin(campaign, schools.get(6));
        Api.as("coord.kerch").get("/api/v1/analyses/" + first.getLong("id")).then().statusCode(200)
                .body("current", equalTo(false)).body("ranked", equalTo(6));
        var third = Api.as("coord.kerch").body(settings).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201)
                .body("ranked", equalTo(7)).body("dataVersion", not(equalTo(first.getString("dataVersion")))).extract().jsonPath();
        // that run re-read the one changed submission and kept the rest of the campaign's matrix: a cold read agrees
        matrices.clear();
        var cold = Api.as("coord.kerch").body(settings).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201)
                .extract().jsonPath();
        assertThat(cold.getString("dataVersion")).isEqualTo(third.getString("dataVersion"));
        assertThat(rows(cold.getLong("id"))).isEqualTo(rows(third.getLong("id")));
    }

    @Test
    void badSettingsAreRefusedWithTheFieldsAndNoRunIsWritten_aDraftHasNothingToAnalyse() {
        long campaign = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        int before = Api.as("admin").get("/api/v1/campaigns/" + campaign + "/analyses").then().extract().jsonPath().getList("").size();
        Api.as("analyst.krasnoyarsk").body(Map.of("clusters", 40, "weakShare", 0.9, "weights", Map.of("RESULTS", -1)))
                .post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(400)
                .body("errors.field", hasItem("clusters")).body("errors.field", hasItem("weakShare")).body("errors.field", hasItem("weights.RESULTS"));
        Api.as("analyst.krasnoyarsk").body(Map.of("comparison", "GALAXY")).post("/api/v1/campaigns/" + campaign + "/analyses")
                .then().statusCode(400);
        assertThat(Api.as("admin").get("/api/v1/campaigns/" + campaign + "/analyses").then().extract().jsonPath().getList("")).hasSize(before);
        // a coordinator does not analyse the region's... here the municipality's own campaign of another region
        Api.as("coord.kerch").body(BY_REGION).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(404);
        Api.as("school.lesosibirsk1").body(BY_REGION).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(403);

        long crimea = Api.regionId(Demo.CRIMEA);
        long draft = ((Number) Monitoring.createDraft(Monitoring.campaignInput(crimea, null, Api.bodyId(Demo.KERCH_AUTHORITY_INN), null,
                List.of(Monitoring.indicatorId(crimea, "VPR_F2")), false)).get("id")).longValue();
        Api.as("analyst.crimea").body(BY_REGION).post("/api/v1/campaigns/" + draft + "/analyses").then().statusCode(409);
    }

    /**
     * Four schools, one share: 90 % of 500 [87.1–92.3], 80 % of 500 [76.3–83.3], 60 % of 10 [31.3–83.2], 20 % of 500
     * [16.7–23.7]. By hand: the first is surely first (1–1); the second and the small third may swap (2–3 both); the last
     * is surely last (4–4). The small school's interval covers the median 70, so no difference is claimed; the first's
     * lies above it, the last's below.
     */
    @Test
    void theTableGivesEachRankItsRange_andTheSchoolItsIntervalAgainstTheMedian() {
        long kerch = Api.municipalityId(Demo.KERCH);
        long crimea = Api.regionId(Demo.CRIMEA);
        List<Long> schools = Api.as("admin").queryParam("municipalityId", kerch).queryParam("size", 4)
                .get("/api/v1/schools").then().statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        long q45 = Monitoring.indicatorId(crimea, "VPR_Q45");
        long campaign = Monitoring.openCampaign(Monitoring.campaignInput(crimea, kerch, Api.bodyId(Demo.KERCH_AUTHORITY_INN), schools,
                List.of(q45), false));
        int[][] shares = {{450, 500}, {400, 500}, {6, 10}, {100, 500}};
        for (int s = 0; s < 4; s++) {
            Monitoring.saveAsAdmin(campaign, schools.get(s), List.of(Monitoring.percent(q45, shares[s][0], shares[s][1])));
            Monitoring.submitAsAdmin(campaign, schools.get(s));
        }
        long run = Api.as("coord.kerch").body(Map.of("comparison", "REGION", "minIndicators", 1, "clusters", 1))
                .post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<Long, Map<String, Object>> byId = new java.util.HashMap<>();
        rows(run).forEach(r -> byId.put(((Number) r.get("schoolId")).longValue(), r));
        int[][] expected = {{1, 1, 1}, {2, 2, 3}, {3, 2, 3}, {4, 4, 4}};
        for (int s = 0; s < 4; s++) {
            assertThat(byId.get(schools.get(s))).containsEntry("rank", expected[s][0]).containsEntry("rankLow", expected[s][1])
                    .containsEntry("rankHigh", expected[s][2]);
        }
        var small = Api.as("coord.kerch").get("/api/v1/analyses/" + run + "/schools/" + schools.get(2)).then().statusCode(200).extract().jsonPath();
        assertThat(small.getFloat("indicators[0].interval.low")).isEqualTo(31.3f);
        assertThat(small.getFloat("indicators[0].interval.high")).isEqualTo(83.2f);
        assertThat(small.getFloat("indicators[0].regionMedian")).isEqualTo(70f);
        assertThat(small.getString("indicators[0].versusRegion")).isEqualTo("NOT_PROVEN");
        assertThat(small.getInt("school.rankLow")).isEqualTo(2);
        Api.as("coord.kerch").get("/api/v1/analyses/" + run + "/schools/" + schools.get(0)).then().statusCode(200)
                .body("indicators[0].versusRegion", equalTo("ABOVE"));
        Api.as("coord.kerch").get("/api/v1/analyses/" + run + "/schools/" + schools.get(3)).then().statusCode(200)
                .body("indicators[0].versusRegion", equalTo("BELOW"));
    }

    /** What a database administrator relies on when removing a run or a campaign by hand: a run's schools go with it. */
    @Test
    void aRunsSchoolsGoWithTheRun_evenWithoutAKeyCheckedPerRow() throws Exception {
        long campaign = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        long run = Api.as("analyst.krasnoyarsk").body(BY_REGION).post("/api/v1/campaigns/" + campaign + "/analyses").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                assertThat(count(st, "select count(*) from analysis_school where run_id = " + run)).isEqualTo(12);
                long others = count(st, "select count(*) from analysis_school where run_id <> " + run);
                assertThat(st.executeUpdate("delete from analysis_run where id = " + run)).isEqualTo(1);
                assertThat(count(st, "select count(*) from analysis_school where run_id = " + run)).isZero();
                assertThat(count(st, "select count(*) from analysis_school where run_id <> " + run)).isEqualTo(others);
                st.executeUpdate("delete from analysis_run where campaign_id = " + campaign);
                assertThat(count(st, "select count(*) from analysis_school a where not exists "
                        + "(select 1 from analysis_run r where r.id = a.run_id)")).isZero();
            } finally {
                c.rollback();
            }
        }
        Api.as("analyst.krasnoyarsk").get("/api/v1/analyses/" + run + "/schools").then().statusCode(200).body("total", equalTo(12));
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Map<String, Object>> rows(long runId) {
        return Api.as("admin").get("/api/v1/analyses/" + runId + "/schools").then().statusCode(200).extract().jsonPath().getList("items");
    }
}
