package ru.rostok.recommendation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

@QuarkusTest
class RecommendationTest {

    static long school() {
        return Api.as("school.lesosibirsk1").get("/api/v1/me").then().extract().jsonPath().getLong("schoolId");
    }

    static long run() {
        return Api.as("analyst.krasnoyarsk").body(Map.of()).post("/api/v1/campaigns/" + Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING)
                + "/analyses").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Object version(long id) {
        return Api.as("admin").get("/api/v1/recommendations/" + id).then().statusCode(200).extract().jsonPath().get("version");
    }

    @Test
    void theSchoolFindsTheRecommendationInItsWork_acceptsIt_andReportsItDone() {
        long school = school();
        long id = Api.as("analyst.krasnoyarsk").body(Map.of("addresseeKind", "SCHOOL", "schoolId", school, "basisKind", "ANALYSIS",
                        "analysisRunId", run(), "text", "Провести диагностику профессиональных дефицитов учителей математики",
                        "deadline", "2027-02-01")).post("/api/v1/recommendations").then().statusCode(201)
                .body("status", equalTo("ISSUED")).body("addresseeName", equalTo(Api.school(school).get("shortName")))
                .body("overdue", equalTo(false)).extract().jsonPath().getLong("id");
        Api.as("school.lesosibirsk1").get("/api/v1/my-work").then().statusCode(200)
                .body("findAll { it.type == 'RECOMMENDATION' }.itemId", hasItem((int) id));
        Api.as("school.kerch1").get("/api/v1/recommendations/" + id).then().statusCode(404);
        Api.as("coord.kerch").queryParam("size", 500).get("/api/v1/recommendations").then().statusCode(200).body("items.id", not(hasItem((int) id)));

        Api.as("school.lesosibirsk1").body(Map.of("to", "DONE", "version", version(id), "report", "Сделано")).post("/api/v1/recommendations/" + id
                + "/transitions").then().statusCode(409);
        Api.as("school.lesosibirsk1").body(Map.of("to", "ACCEPTED", "version", version(id))).post("/api/v1/recommendations/" + id + "/transitions")
                .then().statusCode(200).body("acceptedBy", equalTo("school.lesosibirsk1"));
        Api.as("school.lesosibirsk1").body(Map.of("to", "DONE", "version", version(id))).post("/api/v1/recommendations/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("report"));
        // the analyst who issued it does not report for the school
        Api.as("analyst.krasnoyarsk").body(Map.of("to", "DONE", "version", version(id), "report", "За школу"))
                .post("/api/v1/recommendations/" + id + "/transitions").then().statusCode(403);
        Api.as("school.lesosibirsk1").body(Map.of("to", "DONE", "version", version(id), "report", "Диагностику прошли 6 учителей, составлены ИОМ"))
                .post("/api/v1/recommendations/" + id + "/transitions").then().statusCode(200).body("status", equalTo("DONE"));
        Api.as("analyst.krasnoyarsk").get("/api/v1/recommendations/" + id).then().statusCode(200)
                .body("report", equalTo("Диагностику прошли 6 учителей, составлены ИОМ")).body("reportedBy", equalTo("school.lesosibirsk1"));
        Api.as("school.lesosibirsk1").get("/api/v1/my-work").then().statusCode(200)
                .body("findAll { it.type == 'RECOMMENDATION' }.itemId", not(hasItem((int) id)));
    }

    @Test
    void aMunicipalityGetsItsRecommendationInTheCoordinatorsWork_andIssuingIsCheckedWhole() {
        long lesosibirsk = Api.municipalityId(Demo.LESOSIBIRSK);
        long id = Api.as("analyst.krasnoyarsk").body(Map.of("addresseeKind", "MUNICIPALITY", "municipalityId", lesosibirsk, "basisKind", "OTHER",
                        "basis", "Итоги мониторинга 2020/2021", "text", "Организовать сетевое взаимодействие ШНОР со школами-партнёрами",
                        "deadline", "2020-12-30")).post("/api/v1/recommendations").then().statusCode(201)
                .body("overdue", equalTo(true)).extract().jsonPath().getLong("id");
        Api.as("coord.lesosibirsk").get("/api/v1/my-work").then().statusCode(200)
                .body("find { it.type == 'RECOMMENDATION' && it.itemId == " + id + " }.overdue", equalTo(true));
        Api.as("school.lesosibirsk1").get("/api/v1/recommendations/" + id).then().statusCode(404);

        Map<String, Object> bad = new HashMap<>(Map.of("addresseeKind", "BODY", "basisKind", "ANALYSIS", "text", "Текст", "deadline", "2027-01-01"));
        Api.as("analyst.krasnoyarsk").body(bad).post("/api/v1/recommendations").then().statusCode(400).body("errors[0].field", equalTo("bodyId"));
        bad.put("addresseeKind", "SCHOOL");
        bad.put("schoolId", school());
        Api.as("analyst.krasnoyarsk").body(bad).post("/api/v1/recommendations").then().statusCode(400)
                .body("errors[0].field", equalTo("analysisRunId"));
        bad.put("basisKind", "OTHER");
        Api.as("analyst.krasnoyarsk").body(bad).post("/api/v1/recommendations").then().statusCode(400).body("errors[0].field", equalTo("basis"));
        bad.put("basis", "Выезд куратора");
        Api.as("coord.kerch").body(bad).post("/api/v1/recommendations").then().statusCode(404);
        Api.as("coord.lesosibirsk").body(bad).post("/api/v1/recommendations").then().statusCode(201);
        Api.as("coord.lesosibirsk").body(Map.of("addresseeKind", "MUNICIPALITY", "municipalityId", lesosibirsk, "basisKind", "OTHER",
                "basis", "Сам себе", "text", "Текст", "deadline", "2027-01-01")).post("/api/v1/recommendations").then().statusCode(403);
        Api.as("school.lesosibirsk1").body(bad).post("/api/v1/recommendations").then().statusCode(403);
    }

    @Test
    void eachAddresseeIsSeenByItsOwnPeopleAndThoseAbove_andByNoSchoolBelowAMunicipality() {
        long ministry = Api.bodyId("9134604040");
        long kerchAuthority = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        long kerch = Api.municipalityId(Demo.KERCH);
        java.util.function.Function<Map<String, Object>, Long> give = addressee -> {
            Map<String, Object> input = new HashMap<>(addressee);
            input.putAll(Map.of("basisKind", "OTHER", "basis", "Выезд куратора", "text", "Провести совещание", "deadline", "2027-02-01"));
            return Api.as("analyst.crimea").body(input).post("/api/v1/recommendations").then().statusCode(201).extract().jsonPath().getLong("id");
        };
        long toMinistry = give.apply(Map.of("addresseeKind", "BODY", "bodyId", ministry));
        long toAuthority = give.apply(Map.of("addresseeKind", "BODY", "bodyId", kerchAuthority));
        long toMunicipality = give.apply(Map.of("addresseeKind", "MUNICIPALITY", "municipalityId", kerch));
        long toSchool = give.apply(Map.of("addresseeKind", "SCHOOL", "schoolId", Api.schoolId(Demo.KERCH_SCHOOL_1_INN)));
        Map<String, List<Long>> seen = new HashMap<>();
        for (String user : List.of("analyst.crimea", "coord.kerch", "coord.feodosia", "school.kerch1", "school.kerch2")) {
            List<Long> ids = Api.as(user).queryParam("size", 500).get("/api/v1/recommendations").then().statusCode(200).extract().jsonPath()
                    .getList("items.id", Long.class);
            seen.put(user, ids.stream().filter(List.of(toMinistry, toAuthority, toMunicipality, toSchool)::contains).sorted().toList());
            for (long id : List.of(toMinistry, toAuthority, toMunicipality, toSchool)) {
                Api.as(user).get("/api/v1/recommendations/" + id).then().statusCode(ids.contains(id) ? 200 : 404);
            }
        }
        assertThat(seen.get("analyst.crimea")).containsExactly(toMinistry, toAuthority, toMunicipality, toSchool);
        assertThat(seen.get("coord.kerch")).containsExactly(toAuthority, toMunicipality, toSchool);
        assertThat(seen.get("coord.feodosia")).isEmpty();
        assertThat(seen.get("school.kerch1")).containsExactly(toSchool);
        assertThat(seen.get("school.kerch2")).isEmpty();
    }
}
