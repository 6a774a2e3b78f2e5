package ru.rostok.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

@QuarkusTest
class PartnershipTest {

    /** Lesosibirsk's monitoring analysed in one cluster: its two strong schools are every weak school's candidates. */
    static long run() {
        return Api.as("analyst.krasnoyarsk").body(Map.of("comparison", "REGION", "clusters", 1))
                .post("/api/v1/campaigns/" + Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING) + "/analyses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> move(String user, long id, Map<String, Object> body) {
        return Api.as(user).body(body).post("/api/v1/partnerships/" + id + "/transitions").then().statusCode(200).extract().jsonPath().getMap("");
    }

    static Object version(long id) {
        return Api.as("admin").get("/api/v1/partnerships/" + id).then().statusCode(200).extract().jsonPath().get("version");
    }

    @Test
    void aWeakSchoolIsOfferedTheStrongSchoolsWithReasons_andThePartnershipGoesFromProposalToAnApprovedPlan() throws Exception {
        long run = run();
        List<Map<String, Object>> weak = Api.as("coord.lesosibirsk").queryParam("position", "WEAK").get("/api/v1/analyses/" + run + "/schools")
                .then().statusCode(200).extract().jsonPath().getList("items");
        long weakSchool = ((Number) weak.get(0).get("schoolId")).longValue();
        var suggestions = Api.as("coord.lesosibirsk").get("/api/v1/analyses/" + run + "/schools/" + weakSchool + "/partners").then().statusCode(200)
                .body("size()", equalTo(2)).body("sameMunicipality", equalTo(List.of(true, true))).body("sameCluster", equalTo(List.of(true, true)))
                .extract().jsonPath();
        assertThat(suggestions.getList("reason", String.class)).allSatisfy(r -> assertThat(r).startsWith("Сильная позиция (место "));
        // the one strong where this school is weak comes first
        assertThat(suggestions.getList("[0].helpsWith").size()).isGreaterThanOrEqualTo(suggestions.getList("[1].helpsWith").size());
        long partner = suggestions.getLong("[0].schoolId");

        var created = Api.as("coord.lesosibirsk").body(Map.of("weakSchoolId", weakSchool, "partnerSchoolId", partner, "analysisRunId", run,
                        "reason", suggestions.getString("[0].reason"), "planDue", "2020-11-25")).post("/api/v1/partnerships").then().statusCode(201)
                .body("status", equalTo("PROPOSED")).body("planOverdue", equalTo(true)).extract().jsonPath();
        long id = created.getLong("id");
        Api.as("coord.lesosibirsk").body(Map.of("weakSchoolId", weakSchool, "partnerSchoolId", partner)).post("/api/v1/partnerships")
                .then().statusCode(409);

        Api.as("coord.lesosibirsk").body(Map.of("to", "AGREED", "version", version(id))).post("/api/v1/partnerships/" + id + "/transitions")
                .then().statusCode(400).body("errors.field", hasItem("agreementNumber")).body("errors.field", hasItem("agreementDate"));
        move("coord.lesosibirsk", id, Map.of("to", "AGREED", "version", version(id), "agreementNumber", "12/2020", "agreementDate", "2020-11-16"));
        Api.as("coord.lesosibirsk").body(Map.of("to", "PLAN_SUBMITTED", "version", version(id))).post("/api/v1/partnerships/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("roadmapId"));
        long lesosibirsk = Api.municipalityId(Demo.LESOSIBIRSK);
        long authority = Api.as("admin").queryParam("municipalityId", lesosibirsk).get("/api/v1/bodies").then().extract().jsonPath().getLong("items[0].id");
        Map<String, Object> planInput = Plans.municipalRoadmap(((Number) Monitoring.campaign(Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING))
                .get("regionId")).longValue(), lesosibirsk, authority);
        planInput.put("level", "PARTNERSHIP");
        planInput.put("schoolId", weakSchool);
        planInput.put("title", "План взаимодействия школ " + id);
        long plan = Plans.createRoadmap(planInput);
        move("coord.lesosibirsk", id, Map.of("to", "PLAN_SUBMITTED", "version", version(id), "roadmapId", plan));
        Api.as("coord.lesosibirsk").body(Map.of("to", "AGREED", "version", version(id))).post("/api/v1/partnerships/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        move("coord.lesosibirsk", id, Map.of("to", "AGREED", "version", version(id), "comment", "Добавьте взаимопосещения уроков"));
        move("coord.lesosibirsk", id, Map.of("to", "PLAN_SUBMITTED", "version", version(id), "roadmapId", plan));
        Object stale = version(id);
        move("coord.lesosibirsk", id, Map.of("to", "APPROVED", "version", stale));
        Api.as("coord.lesosibirsk").body(Map.of("to", "ACTIVE", "version", stale)).post("/api/v1/partnerships/" + id + "/transitions")
                .then().statusCode(409);
        Map<String, Object> active = move("coord.lesosibirsk", id, Map.of("to", "ACTIVE", "version", version(id)));
        assertThat(active.get("planOverdue")).isEqualTo(false);
        assertThat(((List<Map<String, Object>>) active.get("history")).stream().map(h -> h.get("to")))
                .containsExactly("PROPOSED", "AGREED", "PLAN_SUBMITTED", "AGREED", "PLAN_SUBMITTED", "APPROVED", "ACTIVE");

        byte[] xlsx = Api.as("coord.lesosibirsk").get("/api/v1/partnerships/plan").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<String> lines = rows.map(r -> r.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue())
                    .collect(Collectors.joining("|"))).toList();
            assertThat(lines.get(0)).startsWith("Муниципалитет|Школа|Школа-партнёр|Соглашение");
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("№ 12/2020 от 16.11.2020").contains("Собеседования с руководителями школ"));
        }
        Api.as("coord.kerch").get("/api/v1/partnerships/" + id).then().statusCode(404);
        Api.as("coord.kerch").queryParam("size", 500).get("/api/v1/partnerships").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));
    }

    @Test
    void aSchoolEntersItsAgreementButTheCentreApprovesThePlan_andPartnersComeFromTheSameRegion() {
        long school = Api.as("school.lesosibirsk1").get("/api/v1/me").then().extract().jsonPath().getLong("schoolId");
        long other = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK)).get("/api/v1/schools").then()
                .extract().jsonPath().getList("items.id", Long.class).stream().filter(s -> s != school).reduce((a, b) -> b).orElseThrow();
        Api.as("coord.lesosibirsk").body(Map.of("weakSchoolId", school, "partnerSchoolId", Api.schoolId(Demo.KERCH_SCHOOL_1_INN)))
                .post("/api/v1/partnerships").then().statusCode(400).body("errors[0].field", equalTo("partnerSchoolId"));
        Api.as("coord.kerch").body(Map.of("weakSchoolId", school, "partnerSchoolId", other)).post("/api/v1/partnerships").then().statusCode(404);
        Api.as("school.lesosibirsk1").body(Map.of("weakSchoolId", school, "partnerSchoolId", other)).post("/api/v1/partnerships").then().statusCode(403);
        long id = Api.as("analyst.krasnoyarsk").body(Map.of("weakSchoolId", school, "partnerSchoolId", other, "planDue", "2099-11-25"))
                .post("/api/v1/partnerships").then().statusCode(201).body("planOverdue", equalTo(false)).extract().jsonPath().getLong("id");
        move("school.lesosibirsk1", id, Map.of("to", "AGREED", "version", version(id), "agreementNumber", "3", "agreementDate", "2026-11-20"));
        Api.as("school.lesosibirsk1").body(Map.of("to", "CLOSED", "version", version(id), "comment", "Передумали"))
                .post("/api/v1/partnerships/" + id + "/transitions").then().statusCode(403).body("detail", containsString("методический центр"));
        Api.as("school.lesosibirsk1").queryParam("size", 500).get("/api/v1/partnerships").then().statusCode(200).body("items.id", hasItem((int) id));
        Api.as("coord.lesosibirsk").body(Map.of("to", "CLOSED", "version", version(id))).post("/api/v1/partnerships/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        move("coord.lesosibirsk", id, Map.of("to", "CLOSED", "version", version(id), "comment", "Школа-партнёр реорганизована"));
    }
}
