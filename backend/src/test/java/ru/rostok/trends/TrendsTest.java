package ru.rostok.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/** Trends over the campaigns of {@link TrendsFixture}, whose quartiles, means and intervals are worked out by hand. */
@QuarkusTest
class TrendsTest {
    @BeforeEach
    void campaigns() {
        TrendsFixture.build();
    }

    static Map<String, Object> trend(String user, String group, long id) {
        return Api.as(user).queryParam("indicatorId", TrendsFixture.indicator).queryParam(group, id).get("/api/v1/trends").then()
                .statusCode(200).extract().jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> points(Map<String, Object> trend) {
        return ((List<Map<String, Object>>) trend.get("points")).stream()
                .filter(p -> TrendsFixture.campaigns.contains(((Number) p.get("campaignId")).longValue())).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void aMunicipalitysSpreadMeanAndPooledShare_withTheSmallSampleLeftOut_andTheChangeCalledOnlyWhenIntervalsSaySo() {
        Map<String, Object> trend = trend("analyst.murmansk", "municipalityId", TrendsFixture.olenegorsk);
        assertThat(trend.get("subjectKind")).isEqualTo("MUNICIPALITY");
        assertThat(map(trend, "measure").get("percent")).isEqualTo(true);
        assertThat((String) trend.get("methodText")).contains("квартиль").contains("Уилсон").contains("Стьюдент");
        List<Map<String, Object>> points = points(trend);
        assertThat(points).extracting(p -> p.get("academicYear")).containsExactly((Object[]) TrendsFixture.YEARS);

        Map<String, Object> first = points.get(0);
        assertThat(first.get("schools")).isEqualTo(4);
        assertThat(first.get("belowMinSample")).isEqualTo(1);
        Map<String, Object> spread = map(first, "spread");
        // 20, 30, 40, 50: quartiles as Excel's QUARTILE.INC
        assertThat(number(spread, "min")).isEqualTo(20.0);
        assertThat(number(spread, "q1")).isEqualTo(27.5);
        assertThat(number(spread, "median")).isEqualTo(35.0);
        assertThat(number(spread, "q3")).isEqualTo(42.5);
        assertThat(number(spread, "max")).isEqualTo(50.0);
        // mean 35, s = √(500/3) = 12.91, t(3) = 3.182: 35 ± 20.54
        Map<String, Object> mean = map(first, "mean");
        assertThat(number(mean, "estimate")).isEqualTo(35.0);
        assertThat(number(mean, "low")).isCloseTo(14.46, within(0.01));
        assertThat(number(mean, "high")).isCloseTo(55.54, within(0.01));
        // pooled: 140 of 400
        Map<String, Object> share = map(first, "share");
        double[] w = TrendsFixture.wilson(140, 400);
        assertThat(number(share, "estimate")).isEqualTo(35.0);
        assertThat(number(share, "low")).isCloseTo(w[0], within(0.05));
        assertThat(number(share, "high")).isCloseTo(w[1], within(0.05));
        assertThat(share.get("n")).isEqualTo(400);
        assertThat(first.get("change")).isNull();
        // the region beside: 20, 30, 40, 50, 70, 80, 90
        assertThat(number(map(first, "region"), "median")).isEqualTo(50.0);
        assertThat(number(map(first, "region"), "q1")).isEqualTo(35.0);
        assertThat(number(map(first, "region"), "q3")).isEqualTo(75.0);

        // 60, 70, 80, 85, 90: mean 77, s = √145, t(4) = 2.776: 62.05…91.95, clear of 14.46…55.54
        Map<String, Object> second = points.get(1);
        assertThat(number(map(second, "spread"), "median")).isEqualTo(80.0);
        assertThat(number(map(second, "spread"), "q1")).isEqualTo(70.0);
        assertThat(number(map(second, "spread"), "q3")).isEqualTo(85.0);
        assertThat(number(map(second, "mean"), "low")).isCloseTo(62.05, within(0.01));
        assertThat(map(second, "change").get("verdict")).isEqualTo("BETTER");
        assertThat(map(second, "change").get("text")).isEqualTo("лучше");
        // 62, 72, 78, 84, 88: a mean of 76.8 inside the last interval
        assertThat(map(points.get(2), "change").get("verdict")).isEqualTo("NOT_PROVEN");
        assertThat(map(points.get(2), "change").get("text")).isEqualTo("разница не доказана");
    }

    @Test
    void aSchoolsValueWithItsWilsonInterval_besideTheRegionsQuartiles() {
        long school = TrendsFixture.olenegorskSchools.get(0);
        Map<String, Object> trend = trend("school.olenegorsk1", "schoolId", school);
        assertThat(trend.get("subjectKind")).isEqualTo("SCHOOL");
        List<Map<String, Object>> points = points(trend);
        assertThat(points).hasSize(3);
        Map<String, Object> first = points.get(0);
        assertThat(number(first, "value")).isEqualTo(20.0);
        assertThat(first.get("spread")).isNull();
        double[] w = TrendsFixture.wilson(20, 100);
        assertThat(number(map(first, "valueInterval"), "low")).isCloseTo(w[0], within(0.05));
        assertThat(number(map(first, "valueInterval"), "high")).isCloseTo(w[1], within(0.05));
        assertThat(number(map(first, "region"), "median")).isEqualTo(50.0);
        assertThat(map(points.get(1), "change").get("verdict")).as("20 of 100 against 60 of 100").isEqualTo("BETTER");
        assertThat(map(points.get(2), "change").get("verdict")).as("60 of 100 against 62 of 100").isEqualTo("NOT_PROVEN");
        // with nothing named, a school's staff follow their own school
        Api.as("school.olenegorsk1").queryParam("indicatorId", TrendsFixture.indicator).get("/api/v1/trends").then().statusCode(200)
                .body("subjectKind", org.hamcrest.Matchers.equalTo("SCHOOL"))
                .body("subjectId", org.hamcrest.Matchers.equalTo((int) school));
    }

    @Test
    void theRegionCountsEverySchool_andAClusterOnlyItsOwn() {
        Map<String, Object> region = trend("analyst.murmansk", "regionId", TrendsFixture.region);
        assertThat(region.get("subjectKind")).isEqualTo("REGION");
        Map<String, Object> first = points(region).get(0);
        assertThat(first.get("schools")).isEqualTo(7);
        assertThat(first.get("belowMinSample")).isEqualTo(1);
        assertThat(first.get("region")).isNull();
        assertThat(number(map(first, "spread"), "median")).isEqualTo(50.0);

        Map<String, Object> cluster = Api.as("analyst.murmansk").queryParam("indicatorId", TrendsFixture.indicator)
                .queryParam("regionId", TrendsFixture.region).queryParam("cluster", 1).get("/api/v1/trends").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(cluster.get("subjectKind")).isEqualTo("CLUSTER");
        for (Map<String, Object> p : points(cluster)) {
            assertThat((Integer) p.get("schools")).isLessThanOrEqualTo(8);
            assertThat(p.get("runId")).isNotNull();
        }
    }

    @Test
    void theCompositeIsTheLatestAnalysisOfEachCampaign() {
        Map<String, Object> trend = Api.as("analyst.murmansk").queryParam("indicator", "composite")
                .queryParam("municipalityId", TrendsFixture.olenegorsk).get("/api/v1/trends").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(map(trend, "measure").get("code")).isEqualTo("composite");
        List<Map<String, Object>> points = points(trend);
        assertThat(points).hasSize(3);
        for (int y = 0; y < 3; y++) {
            long run = TrendsFixture.runs.get(y);
            assertThat(((Number) points.get(y).get("runId")).longValue()).isEqualTo(run);
            List<Float> composites = Api.as("analyst.murmansk").queryParam("municipalityId", TrendsFixture.olenegorsk).queryParam("size", 100)
                    .get("/api/v1/analyses/" + run + "/schools").then().statusCode(200).extract().jsonPath().getList("items.composite", Float.class)
                    .stream().filter(java.util.Objects::nonNull).sorted().toList();
            assertThat(points.get(y).get("schools")).isEqualTo(composites.size());
            double median = composites.size() % 2 == 1 ? composites.get(composites.size() / 2)
                    : (composites.get(composites.size() / 2 - 1) + composites.get(composites.size() / 2)) / 2.0;
            assertThat(number(map(points.get(y), "spread"), "median")).isCloseTo(median, within(0.02));
        }
    }

    @Test
    void scope_eachRoleSeesItsOwnGroupOnly_andTheIntegratorNothing() {
        long school = TrendsFixture.olenegorskSchools.get(0);
        long otherSchool = TrendsFixture.olenegorskSchools.get(1);
        String path = "/api/v1/trends";
        // another region's analyst, another municipality's coordinator, another school's staff: not found
        Api.as("analyst.crimea").queryParam("indicatorId", TrendsFixture.indicator).queryParam("municipalityId", TrendsFixture.olenegorsk)
                .get(path).then().statusCode(404);
        Api.as("analyst.crimea").queryParam("indicatorId", TrendsFixture.indicator).queryParam("regionId", TrendsFixture.region)
                .get(path).then().statusCode(404);
        Api.as("coord.kerch").queryParam("indicatorId", TrendsFixture.indicator).queryParam("schoolId", school).get(path).then().statusCode(404);
        Api.as("coord.olenegorsk").queryParam("indicatorId", TrendsFixture.indicator).queryParam("municipalityId", TrendsFixture.other)
                .get(path).then().statusCode(404);
        Api.as("coord.olenegorsk").queryParam("indicatorId", TrendsFixture.indicator).queryParam("regionId", TrendsFixture.region)
                .get(path).then().statusCode(404);
        Api.as("school.olenegorsk1").queryParam("indicatorId", TrendsFixture.indicator).queryParam("schoolId", otherSchool)
                .get(path).then().statusCode(404);
        Api.as("school.olenegorsk1").queryParam("indicatorId", TrendsFixture.indicator).queryParam("municipalityId", TrendsFixture.olenegorsk)
                .get(path).then().statusCode(404);
        Api.asIntegrator().queryParam("indicatorId", TrendsFixture.indicator).queryParam("schoolId", school).get(path).then().statusCode(403);
        // in scope: the coordinator their municipality and its schools
        Map<String, Object> own = trend("coord.olenegorsk", "municipalityId", TrendsFixture.olenegorsk);
        assertThat(points(own)).hasSize(3);
        trend("coord.olenegorsk", "schoolId", otherSchool);
        // an indicator of another region, or none at all: bad input
        Api.as("analyst.murmansk").queryParam("indicatorId", Monitoring.indicatorId(Api.regionId(Demo.CRIMEA), "VPR_F2"))
                .queryParam("regionId", TrendsFixture.region).get(path).then().statusCode(anyOf(400, 404));
        Api.as("analyst.murmansk").queryParam("regionId", TrendsFixture.region).get(path).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("indicatorId"));
    }

    static org.hamcrest.Matcher<Integer> anyOf(int a, int b) {
        return org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo(a), org.hamcrest.Matchers.equalTo(b));
    }
}
