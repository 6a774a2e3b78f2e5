package ru.rostok.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

@QuarkusTest
class IndicatorCatalogueTest {

    @Test
    void anAnalystSeesTheRegionsCatalogueOfTheDemoIndicatorsAndNoOtherRegions() {
        long crimea = Api.regionId(Demo.CRIMEA);
        var page = Api.as("analyst.crimea").queryParam("size", 500).queryParam("sort", "code")
                .get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.regionId", Long.class)).containsOnly(crimea);
        assertThat(page.getList("items.code", String.class)).contains("VPR_F2", "OBJ_GAP2", "CTX_LOWINC", "M_VISITS");
        assertThat(page.getLong("total")).isGreaterThanOrEqualTo(Demo.CATALOGUE_SIZE);
        Api.as("analyst.crimea").queryParam("category", "OBJECTIVITY").get("/api/v1/indicators").then().statusCode(200)
                .body("items.category", org.hamcrest.Matchers.everyItem(equalTo("OBJECTIVITY")))
                .body("items.code", hasItem("OBJ_GAP2"));
    }

    @Test
    void anIndicatorUsedByAnOpenCampaignKeepsItsMeaningAndChangesOnlyByANewRevision() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long vpr = Monitoring.indicatorId(crimea, "VPR_F2");
        Map<String, Object> used = Monitoring.indicator(vpr);
        assertThat(used.get("locked")).isEqualTo(true);

        Map<String, Object> input = Monitoring.asInput(used);
        input.put("maxValue", 50);
        Api.as("analyst.crimea").body(input).put("/api/v1/indicators/" + vpr).then().statusCode(409)
                .body("type", equalTo("/problems/indicator-in-use"))
                .body("detail", containsString(Demo.CRIMEA_MONITORING));
        assertThat(((Number) Monitoring.indicator(vpr).get("maxValue")).doubleValue()).isEqualTo(100.0);

        // a fresh indicator is revised; the campaign that used the old revision keeps it
        Map<String, Object> fresh = Api.as("analyst.crimea").body(Monitoring.newIndicator(crimea)).post("/api/v1/indicators")
                .then().statusCode(201).extract().jsonPath().getMap("");
        long freshId = ((Number) fresh.get("id")).longValue();
        long municipality = Api.municipalityId(Demo.KERCH);
        long body = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        long campaign = Monitoring.openCampaign(Monitoring.campaignInput(crimea, municipality, body, null, List.of(freshId), true));
        Map<String, Object> changed = Monitoring.asInput(fresh);
        changed.put("name", "Доля обучающихся по новой методике");
        Map<String, Object> revision = Api.as("analyst.crimea").body(changed).post("/api/v1/indicators/" + freshId + "/revisions")
                .then().statusCode(201).extract().jsonPath().getMap("");
        assertThat(revision.get("revision")).isEqualTo(2);
        assertThat(revision.get("code")).isEqualTo(fresh.get("code"));
        assertThat(Monitoring.indicator(freshId).get("retired")).isEqualTo(true);
        Api.as("analyst.crimea").get("/api/v1/campaigns/" + campaign).then().statusCode(200)
                .body("indicators[0].indicatorId", equalTo((int) freshId))
                .body("indicators[0].name", equalTo(fresh.get("name")));
        // the current catalogue lists the new revision only
        Api.as("analyst.crimea").queryParam("q", (String) fresh.get("code")).get("/api/v1/indicators").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].revision", equalTo(2));
    }

    @Test
    void aWrongIndicatorIsRefusedFieldByFieldAndNothingIsAdded() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Map<String, Object> input = Monitoring.newIndicator(crimea);
        input.put("minValue", 80);
        input.put("maxValue", 20);
        input.put("code", "1 плохой код");
        input.put("unit", "");
        Api.as("analyst.crimea").body(input).post("/api/v1/indicators").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("code", "unit"));
        input.put("code", "VPR_F2");
        input.put("unit", "%");
        Api.as("analyst.crimea").body(input).post("/api/v1/indicators").then().statusCode(400)
                .body("errors[0].field", equalTo("maxValue"));
        input.put("maxValue", 100);
        Api.as("analyst.crimea").body(input).post("/api/v1/indicators").then().statusCode(409)
                .body("detail", containsString("VPR_F2"));
    }

    @Test
    void aCoordinatorReadsTheCatalogueButCannotChangeIt() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Api.as("coord.kerch").get("/api/v1/indicators").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(Demo.CATALOGUE_SIZE));
        Api.as("coord.kerch").body(Monitoring.newIndicator(crimea)).post("/api/v1/indicators").then().statusCode(403);
    }
}
