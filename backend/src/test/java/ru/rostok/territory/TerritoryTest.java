package ru.rostok.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static ru.rostok.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;

@QuarkusTest
class TerritoryTest {

    @Test
    void regionsCarryTheirCountsAndEachUserSeesOnlyTheirOwn() {
        as("admin").get("/api/v1/regions?sort=code").then().statusCode(200)
                .body("items.find { it.code == '91' }.name", is("Республика Крым"))
                .body("items.find { it.code == '91' }.municipalityCount", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        as("coord.slavsk").get("/api/v1/regions").then().statusCode(200)
                .body("total", is(1)).body("items[0].name", is("Калининградская область"));
    }

    @Test
    void coordinatorSeesRegionalBodiesAndTheirMunicipalitysButNotTheNeighbours() {
        List<String> names = as("coord.kerch").get("/api/v1/bodies?size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.shortName");
        assertThat(names).contains("Минобразования Крыма", "УО г. Керчи", "МБУ ДПО «ИМЦ» г. Керчи")
                .doesNotContain("УО г. Феодосии", "Отдел образования Славского ГО");
    }

    @Test
    void analystAddsAMunicipalityOnceAndTheOktmoMustBeValidAndFree() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Map<String, Object> input = Map.of("regionId", crimea, "oktmo", "35647000", "name", "Ленинский муниципальный район",
                "kind", "MUNICIPAL_DISTRICT");
        as("analyst.crimea").body(input).post("/api/v1/municipalities").then().statusCode(201)
                .body("regionName", is("Республика Крым")).body("schoolCount", is(0));
        as("analyst.crimea").body(input).post("/api/v1/municipalities").then().statusCode(409)
                .contentType("application/problem+json");
        as("analyst.crimea").body(Map.of("regionId", crimea, "oktmo", "12-34", "name", "", "kind", "MUNICIPAL_DISTRICT"))
                .post("/api/v1/municipalities").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("oktmo", "name"));
        as("analyst.crimea").queryParam("q", "ленинский").get("/api/v1/municipalities").then().body("total", is(1));
    }

    @Test
    void aBodyOfAMunicipalityMustBelongToTheSameRegion() {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("inn", Api.newInn(), "kind", "EDUCATION_AUTHORITY",
                "shortName", "УО", "fullName", "Управление образования", "regionId", Api.regionId(Demo.KALININGRAD),
                "municipalityId", Api.municipalityId(Demo.KERCH)));
        as("admin").body(input).post("/api/v1/bodies").then().statusCode(400).body("errors[0].field", is("municipalityId"));
        input.put("inn", "9135216250");
        input.put("regionId", Api.regionId(Demo.CRIMEA));
        as("admin").body(input).post("/api/v1/bodies").then().statusCode(400).body("errors[0].field", is("inn"));
    }
}
