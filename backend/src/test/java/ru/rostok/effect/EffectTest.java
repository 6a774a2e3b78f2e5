package ru.rostok.effect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/**
 * The effect of a list whose right answer is known: four schools of Славский округ (one of them in Черняховский)
 * put on a list improve their success rate by 8 points more than four comparable schools, and lower their share of «2»
 * by 8 points more (lower is better there).
 */
@QuarkusTest
class EffectTest {
    static final int[] SUPPORTED_SUCC_BEFORE = {40, 42, 44, 46};
    static final int[] SUPPORTED_SUCC_CHANGE = {10, 12, 11, 13};
    static final int[] COMPARISON_SUCC_BEFORE = {60, 62, 64, 66};
    static final int[] COMPARISON_SUCC_CHANGE = {3, 4, 2, 5};
    static final int[] SUPPORTED_F2_CHANGE = {-10, -11, -9, -10};
    static final int[] COMPARISON_F2_CHANGE = {-2, -3, -1, -2};

    static long region;
    static long succ;
    static long f2;
    static final List<Long> supported = new ArrayList<>();
    static final List<Long> comparison = new ArrayList<>();
    static long listId;
    static long otherMunicipalitySchool;

    @BeforeEach
    void aListAndTwoCampaignsAroundIt() {
        if (listId != 0) {
            return;
        }
        region = Api.regionId(Demo.KALININGRAD);
        long slavsk = Api.municipalityId(Demo.SLAVSK);
        long chernyakhovsk = Api.municipalityId("27739000");
        succ = Monitoring.indicatorId(region, "SUCC_RATE");
        f2 = Monitoring.indicatorId(region, "VPR_F2");
        for (int i = 0; i < 4; i++) {
            supported.add(newSchool(i == 3 ? chernyakhovsk : slavsk));
            comparison.add(newSchool(slavsk));
        }
        otherMunicipalitySchool = supported.get(3);
        List<Long> all = new ArrayList<>(supported);
        all.addAll(comparison);
        long body = Api.as("admin").queryParam("regionId", region).queryParam("size", 1).get("/api/v1/bodies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");

        long before = campaign(body, all, "2024/2025", "2024-09-01", "2024-10-31", (school, i) -> List.of(
                Monitoring.percent(succ, i < 4 ? SUPPORTED_SUCC_BEFORE[i] : COMPARISON_SUCC_BEFORE[i - 4], 100),
                Monitoring.percent(f2, i < 4 ? 30 : 20, 100)));
        long rule = Api.as("analyst.kaliningrad").body(Map.of("regionId", region, "kind", "LOW_RESULTS", "name", "Успеваемость ниже 50 %",
                "conditions", List.of(Map.of("indicatorCode", "SUCC_RATE", "operator", "LT", "threshold", 50)), "minMatches", 1,
                "consecutiveYears", 1)).post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> list = Api.as("analyst.kaliningrad").body(Map.of("regionId", region, "year", 2025, "ruleId", rule,
                "campaignIds", List.of(before), "exitYears", 1)).post("/api/v1/school-lists").then().statusCode(201).extract().jsonPath().getMap("");
        listId = ((Number) list.get("id")).longValue();
        Api.as("analyst.kaliningrad").body(Map.of("orderNumber", "77-эф", "orderDate", "2024-12-01", "orderBodyId", body,
                "version", list.get("version"))).post("/api/v1/school-lists/" + listId + "/approval").then().statusCode(200);

        campaign(body, all, "2025/2026", "2025-09-01", "2025-10-31", (school, i) -> List.of(
                Monitoring.percent(succ, i < 4 ? SUPPORTED_SUCC_BEFORE[i] + SUPPORTED_SUCC_CHANGE[i]
                        : COMPARISON_SUCC_BEFORE[i - 4] + COMPARISON_SUCC_CHANGE[i - 4], 100),
                Monitoring.percent(f2, i < 4 ? 30 + SUPPORTED_F2_CHANGE[i] : 20 + COMPARISON_F2_CHANGE[i - 4], 100)));
    }

    interface Values {
        List<Map<String, Object>> of(long school, int index);
    }

    static long campaign(long body, List<Long> schools, String year, String opens, String closes, Values values) {
        Map<String, Object> input = Monitoring.campaignInput(region, null, body, schools, List.of(succ, f2), false);
        input.put("academicYear", year);
        input.put("orderDate", opens);
        input.put("opensOn", opens);
        input.put("closesOn", closes);
        long id = Monitoring.openCampaign(input);
        for (int i = 0; i < schools.size(); i++) {
            Monitoring.saveAsAdmin(id, schools.get(i), values.of(schools.get(i), i));
            Monitoring.submitAsAdmin(id, schools.get(i));
        }
        Monitoring.move(id, "CLOSED");
        Monitoring.move(id, "PUBLISHED");
        return id;
    }

    static long newSchool(long municipality) {
        return Api.as("admin").body(Api.newSchool(municipality)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> row(Map<String, Object> effect, String code) {
        return ((List<Map<String, Object>>) effect.get("rows")).stream().filter(r -> code.equals(r.get("code"))).findFirst().orElseThrow();
    }

    static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }

    @Test
    void supportedSchoolsImprovingEightPointsMoreGiveEightBack_withAnIntervalAroundIt_inBothDirections() {
        Map<String, Object> effect = Api.as("analyst.kaliningrad").get("/api/v1/school-lists/" + listId + "/effect").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(effect.get("reason")).isNull();
        assertThat(effect.get("supportStart")).isEqualTo("2024-12-01");
        assertThat(((Map<?, ?>) effect.get("before")).get("academicYear")).isEqualTo("2024/2025");
        assertThat(((Map<?, ?>) effect.get("after")).get("academicYear")).isEqualTo("2025/2026");
        assertThat(effect.get("supportedSchools")).isEqualTo(4);
        assertThat(effect.get("comparisonSchools")).isEqualTo(4);
        assertThat((String) effect.get("comparisonText")).contains("Анализ кампании").contains("не проводился");
        assertThat((String) effect.get("methodText")).contains("95").contains("Уэлч");

        Map<String, Object> success = row(effect, "SUCC_RATE");
        Map<String, Object> s = (Map<String, Object>) success.get("supported");
        Map<String, Object> c = (Map<String, Object>) success.get("comparison");
        assertThat(s.get("n")).isEqualTo(4);
        assertThat(c.get("n")).isEqualTo(4);
        assertThat(number(s, "before")).isEqualTo(43.0);
        assertThat(number(s, "change")).isEqualTo(11.5);
        assertThat(number(c, "change")).isEqualTo(3.5);
        assertThat(number(success, "did")).isEqualTo(8.0);
        // Welch: both spreads 5/3, df = 6, t = 2.447, half-width 2.447 × √(5/12 + 5/12) = 2.23
        assertThat(number(success, "low")).isCloseTo(5.77, within(0.01));
        assertThat(number(success, "high")).isCloseTo(10.23, within(0.01));
        assertThat(success.get("verdict")).isEqualTo("BETTER");
        assertThat(success.get("verdictText")).isEqualTo("лучше сравнения");

        Map<String, Object> twos = row(effect, "VPR_F2");
        assertThat(twos.get("direction")).isEqualTo("LOWER_BETTER");
        assertThat(number(twos, "did")).isEqualTo(-8.0);
        assertThat(number(twos, "high")).isLessThan(0);
        assertThat(twos.get("verdict")).as("a fall of the share of «2» is the better side").isEqualTo("BETTER");

        Map<String, Object> path = (Map<String, Object>) effect.get("path");
        assertThat(path.get("code")).isEqualTo("SUCC_RATE");
        assertThat((List<?>) path.get("schools")).hasSize(4);
        assertThat((List<?>) path.get("comparisonMedian")).hasSameSizeAs((List<?>) path.get("campaigns"));
        assertThat(((Map<?, ?>) effect.get("exits")).get("listed")).isEqualTo(4);
        assertThat(((Map<?, ?>) effect.get("exits")).get("left")).isEqualTo(0);
    }

    @Test
    void thePathOverTimeFollowsTheChosenIndicator_andAnIndicatorNeitherCampaignAskedIsRefused() {
        Api.as("analyst.kaliningrad").queryParam("indicatorId", f2).get("/api/v1/school-lists/" + listId + "/effect").then().statusCode(200)
                .body("path.code", org.hamcrest.Matchers.equalTo("VPR_F2"))
                .body("path.comparisonMedian[-1]", org.hamcrest.Matchers.equalTo(18.0f));
        long other = Monitoring.indicatorId(region, "QUAL_RATE");
        Api.as("analyst.kaliningrad").queryParam("indicatorId", other).get("/api/v1/school-lists/" + listId + "/effect").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("indicatorId"));
    }

    @Test
    void oneSchoolGivesNumbersButNoVerdict_andSaysWhy() {
        Map<String, Object> effect = Api.as("analyst.kaliningrad").get("/api/v1/schools/" + supported.get(0) + "/effect").then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat((String) effect.get("supportStartText")).contains("перечень");
        Map<String, Object> success = row(effect, "SUCC_RATE");
        assertThat(success.get("verdict")).isEqualTo("NONE");
        assertThat(success.get("verdictText")).isNull();
        assertThat((String) success.get("reason")).contains("поддержанных — 1").contains("не меньше 3");
        // a school never supported has no start, and says so
        Api.as("analyst.kaliningrad").get("/api/v1/schools/" + comparison.get(0) + "/effect").then().statusCode(200)
                .body("supportStart", org.hamcrest.Matchers.nullValue())
                .body("reason", org.hamcrest.Matchers.containsString("не получала поддержки"))
                .body("rows", org.hamcrest.Matchers.empty());
    }

    @Test
    void scope_otherRegionsAndSchoolsSeeNothing_aCoordinatorSeesOnlyTheirSchoolsByName_integratorsAreRefused() {
        String path = "/api/v1/school-lists/" + listId + "/effect";
        Api.as("analyst.crimea").get(path).then().statusCode(404);
        Api.as("coord.lesosibirsk").get(path).then().statusCode(404);
        Api.as("school.kerch1").get("/api/v1/schools/" + supported.get(0) + "/effect").then().statusCode(404);
        Api.as("coord.kerch").get("/api/v1/municipalities/" + Api.municipalityId(Demo.SLAVSK) + "/effect").then().statusCode(404);
        Api.asIntegrator().get(path).then().statusCode(403);
        Api.asIntegrator().get("/api/v1/schools/" + supported.get(0) + "/effect").then().statusCode(403);

        Map<String, Object> effect = Api.as("coord.slavsk").get(path).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> p = (Map<String, Object>) effect.get("path");
        List<Map<String, Object>> named = (List<Map<String, Object>>) p.get("schools");
        assertThat(named).hasSize(3).noneMatch(x -> ((Number) x.get("schoolId")).longValue() == otherMunicipalitySchool);
        assertThat(p.get("hiddenSchools")).isEqualTo(1);
        assertThat(number(row(effect, "SUCC_RATE"), "did")).as("aggregates still count every school").isEqualTo(8.0);

        Api.as("coord.slavsk").get("/api/v1/municipalities/" + Api.municipalityId(Demo.SLAVSK) + "/effect").then().statusCode(200)
                .body("supportedSchools", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void theTableDownloadsAsXlsxWithARowPerIndicator() throws Exception {
        byte[] file = Api.as("analyst.kaliningrad").get("/api/v1/school-lists/" + listId + "/effect.xlsx").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.containsString("spreadsheetml")).extract().asByteArray();
        Map<String, List<String>> rows = new HashMap<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Row r : book.getFirstSheet().read()) {
                List<String> cells = new ArrayList<>();
                r.forEach(cell -> cells.add(cell == null ? "" : cell.getText()));
                if (cells.size() > 1) {
                    rows.put(cells.get(1), cells);
                }
            }
        }
        assertThat(rows.get("Код").get(11)).isEqualTo("Разница в разницах");
        assertThat(Double.parseDouble(rows.get("SUCC_RATE").get(11))).isEqualTo(8.0);
        assertThat(rows.get("SUCC_RATE").get(14)).isEqualTo("лучше сравнения");
        assertThat(rows.get("VPR_F2")).isNotNull();
    }
}
