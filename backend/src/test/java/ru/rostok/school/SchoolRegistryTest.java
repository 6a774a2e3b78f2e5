package ru.rostok.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static ru.rostok.support.Api.as;
import static ru.rostok.support.Api.asInput;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;

@QuarkusTest
class SchoolRegistryTest {

    @Test
    void coordinatorSeesOnlyTheSchoolsOfTheirMunicipality() {
        long kerch = Api.municipalityId(Demo.KERCH);
        as("coord.kerch").get("/api/v1/schools?size=500").then().statusCode(200)
                .body("items.municipalityId", everyItem(equalTo((int) kerch)))
                .body("items.inn", hasItems(Demo.KERCH_SCHOOL_1_INN, Demo.KERCH_GYMNASIUM_2_INN));
        int total = as("coord.kerch").get("/api/v1/schools").then().extract().path("total");
        assertThat(total).isGreaterThanOrEqualTo(Demo.KERCH_SCHOOLS);
    }

    @Test
    void analystSeesTheWholeRegionAndNothingOfAnother() {
        List<String> regions = as("analyst.crimea").get("/api/v1/schools?size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.regionName");
        assertThat(regions).isNotEmpty().containsOnly("Республика Крым");
        List<String> municipalities = as("analyst.crimea").get("/api/v1/schools?size=500").then()
                .extract().jsonPath().getList("items.municipalityName");
        assertThat(municipalities).contains("Городской округ Керчь", "Городской округ Феодосия");
        as("analyst.crimea").queryParam("regionId", Api.regionId(Demo.KALININGRAD)).get("/api/v1/schools")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void schoolStaffSeeExactlyTheirSchool() {
        as("school.kerch1").get("/api/v1/schools").then().statusCode(200)
                .body("total", is(1)).body("items[0].inn", is(Demo.KERCH_SCHOOL_1_INN));
        as("school.kerch1").get("/api/v1/schools/" + Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void integratorReadsItsRegionOnly() {
        List<String> regions = Api.asIntegrator().get("/api/v1/schools?size=500").then().statusCode(200)
                .extract().jsonPath().getList("items.regionName");
        assertThat(regions).isNotEmpty().containsOnly("Республика Крым");
        Api.asIntegrator().get("/api/v1/me").then().statusCode(200).body("roles", hasItems("integrator")).body("scope", is("REGION"));
    }

    @Test
    void searchIgnoresCaseAndTheLetterYo() {
        // the demo principal of Гимназия №2 in Керчь is «Семёнова Светлана Алексеевна»
        as("coord.kerch").queryParam("q", "СЕМЕНОВА светлана").get("/api/v1/schools").then().statusCode(200)
                .body("items.inn", hasItems(Demo.KERCH_GYMNASIUM_2_INN));
        as("coord.kerch").queryParam("q", "семёнова").get("/api/v1/schools").then().statusCode(200)
                .body("items.inn", hasItems(Demo.KERCH_GYMNASIUM_2_INN));
    }

    @Test
    void listIsPagedSortedAndFiltered() {
        long kerch = Api.municipalityId(Demo.KERCH);
        List<Integer> pupils = as("analyst.crimea").queryParam("municipalityId", kerch).queryParam("sort", "-pupils")
                .queryParam("size", 5).queryParam("page", 1).get("/api/v1/schools").then().statusCode(200)
                .body("page", is(1)).body("size", is(5))
                .extract().jsonPath().getList("items.pupils");
        assertThat(pupils).hasSize(5).isSortedAccordingTo((a, b) -> b - a);
        as("analyst.crimea").queryParam("type", "GYMNASIUM").queryParam("settlement", "URBAN").get("/api/v1/schools?size=500")
                .then().statusCode(200).body("items.type", everyItem(is("GYMNASIUM"))).body("items.settlement", everyItem(is("URBAN")));
        as("analyst.crimea").queryParam("sort", "password").get("/api/v1/schools").then().statusCode(400)
                .body("errors[0].field", is("sort"));
        as("analyst.crimea").queryParam("size", 100000).get("/api/v1/schools").then().statusCode(400)
                .body("errors[0].field", is("size"));
    }

    @Test
    void coordinatorAddsASchoolAndTheWriteIsAudited() {
        long kerch = Api.municipalityId(Demo.KERCH);
        Map<String, Object> input = Api.newSchool(kerch);
        String location = as("coord.kerch").body(input).post("/api/v1/schools").then().statusCode(201)
                .body("inn", is(input.get("inn"))).body("municipalityName", is("Городской округ Керчь"))
                .extract().header("Location");
        int id = as("coord.kerch").get(location).then().statusCode(200).extract().path("id");
        as("analyst.crimea").queryParam("entityType", "School").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("total", is(1)).body("items[0].action", is("CREATE"))
                .body("items[0].actor", is("coord.kerch"))
                .body("items[0].changes.find { it.field == 'pupils' }.to", is(120));
        // an analyst of another region reads nothing of this history
        as("analyst.kaliningrad").queryParam("entityType", "School").queryParam("entityId", id).get("/api/v1/audit").then()
                .statusCode(200).body("total", is(0));
    }

    @Test
    void anUpdateRecordsEachChangedFieldFromTo() {
        long kerch = Api.municipalityId(Demo.KERCH);
        int id = as("coord.kerch").body(Api.newSchool(kerch)).post("/api/v1/schools").then().statusCode(201).extract().path("id");
        Map<String, Object> input = asInput(Api.school(id));
        input.put("pupils", 135);
        input.put("principal", "Новикова Ольга Николаевна");
        as("coord.kerch").body(input).put("/api/v1/schools/" + id).then().statusCode(200).body("pupils", is(135)).body("version", is(1));
        as("admin").queryParam("entityType", "School").queryParam("entityId", id).queryParam("sort", "-occurredAt")
                .get("/api/v1/audit").then().statusCode(200)
                .body("items[0].action", is("UPDATE"))
                .body("items[0].changes.field", org.hamcrest.Matchers.containsInAnyOrder("pupils", "principal"))
                .body("items[0].changes.find { it.field == 'pupils' }.from", is(120))
                .body("items[0].changes.find { it.field == 'pupils' }.to", is(135));
    }

    @Test
    void invalidInputIsRefusedWithAMessageForEachFieldAndNothingIsWritten() {
        long kerch = Api.municipalityId(Demo.KERCH);
        Map<String, Object> input = Api.newSchool(kerch);
        input.put("inn", "1234567890");
        input.put("pupils", -5);
        input.put("shortName", " ");
        as("coord.kerch").body(input).post("/api/v1/schools").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("inn", "pupils", "shortName"))
                .body("errors.find { it.field == 'pupils' }.message", is("Не может быть отрицательным"));
        as("admin").queryParam("q", "1234567890").get("/api/v1/schools").then().body("total", is(0));
    }

    @Test
    void malformedJsonAndWrongTypesAre400NotServerErrors() {
        as("coord.kerch").body("{\"inn\": ").post("/api/v1/schools").then().statusCode(400)
                .contentType("application/problem+json").body("type", is("/problems/malformed-json"));
        Map<String, Object> input = Api.newSchool(Api.municipalityId(Demo.KERCH));
        input.put("pupils", "много");
        as("coord.kerch").body(input).post("/api/v1/schools").then().statusCode(400)
                .body("errors[0].field", is("pupils")).body("errors[0].message", is("Ожидается число"));
        input.put("pupils", 10);
        input.put("type", "UNIVERSITY");
        as("coord.kerch").body(input).post("/api/v1/schools").then().statusCode(400)
                .body("errors[0].field", is("type")).body("errors[0].message", containsString("GYMNASIUM"));
        as("coord.kerch").queryParam("page", "first").get("/api/v1/schools").then().statusCode(400)
                .contentType("application/problem+json");
        as("coord.kerch").get("/api/v1/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aDuplicateInnIsAConflict() {
        Map<String, Object> input = Api.newSchool(Api.municipalityId(Demo.KERCH));
        input.put("inn", Demo.KERCH_GYMNASIUM_2_INN);
        as("coord.kerch").body(input).post("/api/v1/schools").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(Demo.KERCH_GYMNASIUM_2_INN));
    }

    @Test
    void aStaleVersionIsAConflictAndKeepsTheFirstWrite() {
        int id = as("coord.kerch").body(Api.newSchool(Api.municipalityId(Demo.KERCH))).post("/api/v1/schools").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> first = asInput(Api.school(id));
        Map<String, Object> second = asInput(Api.school(id));
        first.put("teachers", 20);
        as("coord.kerch").body(first).put("/api/v1/schools/" + id).then().statusCode(200);
        second.put("teachers", 30);
        as("analyst.crimea").body(second).put("/api/v1/schools/" + id).then().statusCode(409)
                .body("type", is("/problems/stale-version"));
        assertThat(Api.school(id).get("teachers")).isEqualTo(20);
    }

    @Test
    void schoolStaffEditTheirProfileButCannotMoveTheSchool() {
        long id = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        Map<String, Object> input = asInput(Api.school(id));
        input.put("municipalityId", Api.municipalityId(Demo.FEODOSIA));
        as("school.kerch1").body(input).put("/api/v1/schools/" + id).then().statusCode(403)
                .contentType("application/problem+json");
        Map<String, Object> same = asInput(Api.school(id));
        same.put("address", same.get("address"));
        as("school.kerch1").body(same).put("/api/v1/schools/" + id).then().statusCode(200);
    }
}
