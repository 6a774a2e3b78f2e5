package ru.rostok.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;

/**
 * The municipalities of {@link TrendsFixture}'s latest campaign side by side: the shares of positions and medians are
 * those of the analysis' own school table, the list is one approved for 2026 with Оленегорск's school №1 on it, and the
 * overdue items are the control dashboard's.
 */
@QuarkusTest
class MunicipalityComparisonTest {
    static long listId;

    @BeforeEach
    void campaignsAndAList() {
        TrendsFixture.build();
        if (listId != 0) {
            return;
        }
        String code = (String) Api.as("admin").get("/api/v1/indicators/" + TrendsFixture.indicator).then().extract().jsonPath().getMap("").get("code");
        long rule = Api.as("analyst.murmansk").body(Map.of("regionId", TrendsFixture.region, "kind", "LOW_RESULTS", "name", "Ниже 65 %",
                "conditions", List.of(Map.of("indicatorCode", code, "operator", "LT", "threshold", 65)), "minMatches", 1,
                "consecutiveYears", 1)).post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> list = Api.as("analyst.murmansk").body(Map.of("regionId", TrendsFixture.region, "year", 2026, "ruleId", rule,
                "campaignIds", List.of(latest()), "exitYears", 1)).post("/api/v1/school-lists").then().statusCode(201).extract().jsonPath().getMap("");
        listId = ((Number) list.get("id")).longValue();
        Api.as("analyst.murmansk").body(Map.of("orderNumber", "12-ср", "orderDate", "2025-12-20", "orderBodyId", TrendsFixture.body,
                "version", list.get("version"))).post("/api/v1/school-lists/" + listId + "/approval").then().statusCode(200);
    }

    static long latest() {
        return TrendsFixture.campaigns.get(2);
    }

    static String path() {
        return "/api/v1/campaigns/" + latest() + "/municipality-comparison";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> row(Map<String, Object> comparison, long municipality) {
        return ((List<Map<String, Object>>) comparison.get("rows")).stream()
                .filter(r -> r.get("municipalityId") != null && ((Number) r.get("municipalityId")).longValue() == municipality).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void eachMunicipalitysPositionsMediansListAndOverdueItems_asTheAnalysisAndControlSayThem() {
        Map<String, Object> comparison = Api.as("analyst.murmansk").get(path()).then().statusCode(200).extract().jsonPath().getMap("");
        long run = TrendsFixture.runs.get(2);
        assertThat(((Number) comparison.get("runId")).longValue()).isEqualTo(run);
        assertThat(comparison.get("listYear")).isEqualTo(2026);
        assertThat(comparison.get("hiddenMunicipalities")).isEqualTo(0);
        assertThat((String) comparison.get("methodText")).contains("Уилсон");
        for (long municipality : List.of(TrendsFixture.olenegorsk, TrendsFixture.other)) {
            List<Map<String, Object>> schools = Api.as("analyst.murmansk").queryParam("municipalityId", municipality).queryParam("size", 100)
                    .get("/api/v1/analyses/" + run + "/schools").then().statusCode(200).extract().jsonPath().getList("items");
            Map<String, Object> row = row(comparison, municipality);
            assertThat(row.get("schools")).isEqualTo(schools.size());
            int weak = (int) schools.stream().filter(s -> "WEAK".equals(s.get("position"))).count();
            int positioned = (int) schools.stream().filter(s -> !"INSUFFICIENT_DATA".equals(s.get("position"))).count();
            assertThat(row.get("weakCount")).isEqualTo(weak);
            assertThat(row.get("positioned")).isEqualTo(positioned);
            if (positioned > 0) {
                double[] w = TrendsFixture.wilson(weak, positioned);
                assertThat(number(map(row, "weak"), "estimate")).isCloseTo(100.0 * weak / positioned, within(0.05));
                assertThat(number(map(row, "weak"), "low")).isCloseTo(Math.max(0, weak == 0 ? 0 : w[0]), within(0.05));
                assertThat(number(map(row, "weak"), "high")).isCloseTo(Math.min(100, weak == positioned ? 100 : w[1]), within(0.05));
            }
            List<Double> composites = schools.stream().map(s -> (Number) s.get("composite")).filter(java.util.Objects::nonNull)
                    .map(Number::doubleValue).sorted().toList();
            double median = composites.size() % 2 == 1 ? composites.get(composites.size() / 2)
                    : (composites.get(composites.size() / 2 - 1) + composites.get(composites.size() / 2)) / 2;
            assertThat(number(map(row, "composite"), "median")).isCloseTo(median, within(0.02));
        }
        assertThat(row(comparison, TrendsFixture.olenegorsk).get("listed")).as("school №1 at 62 % is under 65 %").isEqualTo(1);
        assertThat(row(comparison, TrendsFixture.other).get("listed")).isEqualTo(0);
        assertThat(map(comparison, "region").get("schools")).isEqualTo(8);
        assertThat(map(comparison, "region").get("listed")).isEqualTo(1);

        Map<String, Object> dashboard = Api.as("analyst.murmansk").get("/api/v1/control/dashboard").then().statusCode(200).extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        long overdue = ((List<Map<String, Object>>) dashboard.get("byTerritory")).stream()
                .filter(r -> r.get("municipalityId") != null && ((Number) r.get("municipalityId")).longValue() == TrendsFixture.olenegorsk)
                .mapToLong(r -> ((Number) map(r, "counts").get("overdue")).longValue()).sum();
        assertThat(((Number) row(comparison, TrendsFixture.olenegorsk).get("overdue")).longValue()).isEqualTo(overdue);
        assertThat(((Number) map(comparison, "region").get("overdue")).longValue()).isEqualTo(((Number) map(dashboard, "total").get("overdue")).longValue());
    }

    @Test
    void sortedByAWhitelistedField_andAnUnknownOneRefused() {
        List<Object> bySchools = Api.as("analyst.murmansk").queryParam("sort", "-schools").get(path()).then().statusCode(200)
                .extract().jsonPath().getList("rows.municipalityId");
        assertThat(((Number) bySchools.get(0)).longValue()).as("five schools before three").isEqualTo(TrendsFixture.olenegorsk);
        List<Object> ascending = Api.as("analyst.murmansk").queryParam("sort", "schools").get(path()).then().statusCode(200)
                .extract().jsonPath().getList("rows.municipalityId");
        assertThat(((Number) ascending.get(0)).longValue()).isEqualTo(TrendsFixture.other);
        Api.as("analyst.murmansk").queryParam("sort", "results").get(path()).then().statusCode(200);
        Api.as("analyst.murmansk").queryParam("sort", "pupils").get(path()).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("sort"));
    }

    @Test
    void aCoordinatorSeesTheirOwnRowAndTheRegionsTotals_othersNothing() {
        Map<String, Object> comparison = Api.as("coord.olenegorsk").get(path()).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat((List<?>) comparison.get("rows")).hasSize(1);
        assertThat(row(comparison, TrendsFixture.olenegorsk).get("schools")).isEqualTo(5);
        assertThat(comparison.get("hiddenMunicipalities")).isEqualTo(1);
        assertThat(map(comparison, "region").get("schools")).isEqualTo(8);
        Api.as("analyst.crimea").get(path()).then().statusCode(404);
        Api.as("coord.kerch").get(path()).then().statusCode(404);
        Api.as("school.olenegorsk1").get(path()).then().statusCode(403);
        Api.asIntegrator().get(path()).then().statusCode(403);
        Api.as("coord.olenegorsk").get(path() + ".xlsx").then().statusCode(200);
    }

    @Test
    void aCampaignNeverAnalysedSaysSo() {
        Map<String, Object> input = ru.rostok.support.Monitoring.campaignInput(TrendsFixture.region, null, TrendsFixture.body,
                List.of(TrendsFixture.otherSchools.get(0)), List.of(TrendsFixture.indicator), false);
        long id = ru.rostok.support.Monitoring.openCampaign(input);
        Api.as("analyst.murmansk").get("/api/v1/campaigns/" + id + "/municipality-comparison").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("ещё не проводился"));
    }

    @Test
    void theXlsxHasTheRowsAsThePageShowsThem() throws Exception {
        byte[] file = Api.as("analyst.murmansk").queryParam("sort", "-schools").get(path() + ".xlsx").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").extract().asByteArray();
        Map<String, Object> comparison = Api.as("analyst.murmansk").get(path()).then().statusCode(200).extract().jsonPath().getMap("");
        Map<String, Object> olenegorsk = row(comparison, TrendsFixture.olenegorsk);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all.get(0).getCellText(0)).isEqualTo("Муниципальное образование");
            assertThat(all.get(0).getCellText(2)).isEqualTo("Слабые");
            assertThat(all.get(1).getCellText(0)).isEqualTo(olenegorsk.get("name"));
            assertThat(all.get(1).getCellText(1)).isEqualTo("5");
            Map<String, Object> weak = map(olenegorsk, "weak");
            assertThat(all.get(1).getCellText(2)).isEqualTo(Math.round(number(weak, "estimate")) + " % (" + Math.round(number(weak, "low"))
                    + "–" + Math.round(number(weak, "high")) + "), " + olenegorsk.get("weakCount") + " шк.");
            assertThat(all.get(3).getCellText(0)).startsWith("Всего по субъекту");
            assertThat(all.get(3).getCellText(1)).isEqualTo("8");
        }
    }
}
