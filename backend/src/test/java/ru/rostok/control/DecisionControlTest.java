package ru.rostok.control;

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
import ru.rostok.support.Plans;

@QuarkusTest
class DecisionControlTest {

    long kerchDecision() {
        return Api.as("admin").queryParam("q", "5/3").get("/api/v1/decisions").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void theKerchDecisionKeepsItsPointsAsWrittenAndShowsTheSeedsTwoMistakes() {
        var d = Api.as("coord.kerch").get("/api/v1/decisions/" + kerchDecision()).then().statusCode(200)
                .body("number", equalTo("5/3")).body("date", equalTo("2020-10-21"))
                .body("points.find { it.number == '2' }.assignees[0].person", equalTo("Димарцо Е.В."))
                .body("points.find { it.number == '2.2' }.deadlineText", equalTo("ноябрь - декабрь"))
                .body("points.find { it.number == '2.2' }.schedule.periods[0].start", equalTo("2020-11-01"))
                .body("points.find { it.number == '2.1' }.effectiveAssignees[0].bodyId", equalTo((int) Api.bodyId(Demo.KERCH_AUTHORITY_INN)))
                .extract().jsonPath();
        assertThat(d.getList("warnings.kind", String.class)).contains("DUPLICATE_NUMBER", "DEADLINE_BEFORE_DOCUMENT");
        assertThat(d.getList("points.findAll { it.number == '3.2' }")).hasSize(2);
        assertThat(d.getInt("points.find { it.number == '4.1' }.schools.total")).isEqualTo(Api.schoolCount(Api.municipalityId(Demo.KERCH)));
    }

    @Test
    void everySchoolReportsOnItsOwn_theControllerAccepts_andThePointCountsThem() {
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        long id = ((Number) decision.get("id")).longValue();
        long point = Plans.pointId(decision, "2");
        String path = "/api/v1/decisions/" + id + "/points/" + point;
        long report = Plans.report(Plans.multipartAs("school.kerch1"), path + "/reports", "Контроль усилен: приказ № 12", null)
                .then().statusCode(201).body("reviewStatus", equalTo("SUBMITTED")).extract().jsonPath().getLong("id");
        // the coordinator of the authority is not the assignee of a point of every school
        Plans.report(Plans.multipartAs("coord.kerch"), path + "/reports", "За все школы", null).then().statusCode(403);
        // another school does not see this school's report
        Api.as("school.kerch2").get(path + "/reports").then().statusCode(200).body("size()", equalTo(0));
        Api.as("coord.kerch").get("/api/v1/decisions/" + id).then()
                .body("points.find { it.number == '2' }.schools.reported", equalTo(1))
                .body("points.find { it.number == '2' }.status", equalTo("REPORTED"));

        Api.as("coord.kerch").body(Map.of("decision", "RETURNED")).post(path + "/reports/" + report + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        Api.as("coord.kerch").body(Map.of("decision", "ACCEPTED")).post(path + "/reports/" + report + "/review").then().statusCode(200)
                .body("reviewStatus", equalTo("ACCEPTED")).body("reviewedBy", equalTo("coord.kerch"));
        Api.as("coord.kerch").get("/api/v1/decisions/" + id).then()
                .body("points.find { it.number == '2' }.schools.accepted", equalTo(1))
                .body("points.find { it.number == '2' }.status", equalTo("IN_PROGRESS"));
        Plans.report(Plans.multipartAs("school.kerch1"), path + "/reports", "Ещё раз", null).then().statusCode(409);
        // the point leaves my work for the school whose report was accepted, not for the others
        Api.as("school.kerch1").get("/api/v1/my-work").then().body("findAll { it.type == 'POINT' }.itemId", org.hamcrest.Matchers.not(hasItem((int) point)));
        Api.as("school.kerch2").get("/api/v1/my-work").then().body("findAll { it.type == 'POINT' }.itemId", hasItem((int) point));
    }

    @Test
    void theControllerMovesADeadlineForwardWithAReasonAndItIsKept() {
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        long id = ((Number) decision.get("id")).longValue();
        long point = Plans.pointId(decision, "1");
        String path = "/api/v1/decisions/" + id + "/points/" + point + "/extensions";
        var view = Api.as("coord.kerch").get("/api/v1/decisions/" + id).then().extract().jsonPath();
        long version = view.getLong("points.find { it.id == " + point + " }.version");
        String due = view.getString("points.find { it.id == " + point + " }.due");
        assertThat(due).isEqualTo("2026-12-31");
        Api.as("coord.kerch").body(Map.of("newDue", "2026-06-01", "reason", "Нет", "version", version)).post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("newDue"));
        Api.as("coord.kerch").body(Map.of("newDue", "2027-02-15", "reason", "Совещание перенесено из-за карантина", "version", version))
                .post(path).then().statusCode(200)
                .body("points.find { it.id == " + point + " }.due", equalTo("2027-02-15"))
                .body("points.find { it.id == " + point + " }.extensions[0].previousDue", equalTo("2026-12-31"))
                .body("points.find { it.id == " + point + " }.extensions[0].grantedBy", equalTo("coord.kerch"));
        Api.as("school.kerch1").body(Map.of("newDue", "2027-03-15", "reason", "Хочу", "version", version + 1)).post(path).then().statusCode(403);
    }

    @Test
    void myWorkListsTheAuthoritysOverduePointsFirstAndNothingOfAnotherMunicipality() {
        List<Map<String, Object>> work = Api.as("coord.kerch").get("/api/v1/my-work").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(work).isNotEmpty();
        assertThat(work).anySatisfy(w -> {
            assertThat(w.get("number")).isEqualTo("2.2");
            assertThat(w.get("overdue")).isEqualTo(true);
        });
        assertThat(work).allSatisfy(w -> assertThat((String) w.get("planTitle")).doesNotContain("Славск"));
        Api.as("coord.slavsk").get("/api/v1/my-work").then().statusCode(200)
                .body("findAll { it.type == 'POINT' }.planId", org.hamcrest.Matchers.not(hasItem((int) kerchDecision())));
    }

    @Test
    void aDecisionWithABadPointIsRefusedWhole() {
        Map<String, Object> input = Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        input.put("points", List.of(Map.of("number", "1", "text", "Поручить", "assignees",
                List.of(Map.of("label", "Чужой орган", "bodyId", Api.bodyId(Demo.SLAVSK_AUTHORITY_INN), "allSchools", false)))));
        long before = Api.as("admin").get("/api/v1/decisions").then().extract().jsonPath().getLong("total");
        Api.as("analyst.crimea").body(input).post("/api/v1/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("points[0].assignees[0].bodyId"));
        assertThat(Api.as("admin").get("/api/v1/decisions").then().extract().jsonPath().getLong("total")).isEqualTo(before);
        Api.as("coord.kerch").body(Plans.municipalDecision(Api.regionId(Demo.CRIMEA), null, Api.bodyId(Demo.KERCH_AUTHORITY_INN)))
                .post("/api/v1/decisions").then().statusCode(403).body("detail", containsString("координатор"));
        // a blank sub-point is named where it stands
        input.put("points", List.of(Map.of("number", "1", "text", "Поручить", "points", List.of(Map.of("number", "1.1", "text", " ")))));
        Api.as("analyst.crimea").body(input).post("/api/v1/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("points[0].points[0].text"));
    }

    @Test
    void aDecisionIsCorrected_keptPointsKeepTheirReports_andAPointWithReportsCannotBeDropped() {
        long kerch = Api.municipalityId(Demo.KERCH);
        long authority = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        Map<String, Object> created = Plans.createDecision(Plans.municipalDecision(Api.regionId(Demo.CRIMEA), kerch, authority));
        long id = ((Number) created.get("id")).longValue();
        long first = Plans.pointId(created, "1");
        long second = Plans.pointId(created, "2");
        Plans.report(Plans.multipartAs("coord.kerch"), "/api/v1/decisions/" + id + "/points/" + first + "/reports", "Совещание проведено", null)
                .then().statusCode(201);
        long version = Api.as("admin").get("/api/v1/decisions/" + id).then().extract().jsonPath().getLong("version");

        Map<String, Object> input = Plans.municipalDecision(Api.regionId(Demo.CRIMEA), kerch, authority);
        input.put("version", version);
        input.put("title", "О работе со школами с низкими образовательными результатами");
        input.put("points", List.of(
                Map.of("id", first, "number", "1", "text", "Управлению образования (Иванова И.И.): провести совещание с директорами",
                        "deadlineText", "до 15 декабря 2026 года",
                        "assignees", List.of(Map.of("label", "Управлению образования", "person", "Иванова И.И.", "bodyId", authority, "allSchools", false)),
                        "points", List.of(Map.of("number", "1.1", "text", "Подготовить справку", "deadlineText", "ноябрь 2026 г.")))));
        var after = Api.as("coord.kerch").body(input).put("/api/v1/decisions/" + id).then().statusCode(200)
                .body("title", equalTo("О работе со школами с низкими образовательными результатами"))
                .body("points.number", equalTo(List.of("1", "1.1")))
                .body("points[0].id", equalTo((int) first))
                .body("points[0].status", equalTo("REPORTED"))
                .body("points[0].reportCount", equalTo(1))
                .body("points[0].schedule.periods[0].end", equalTo("2026-12-15"))
                .body("points[1].parentId", equalTo((int) first))
                .body("points[1].effectiveAssignees[0].bodyId", equalTo((int) authority))
                .extract().jsonPath();
        assertThat(after.getLong("version")).isGreaterThan(version);
        Api.as("admin").get("/api/v1/decisions/" + id + "/points/" + second + "/reports").then().statusCode(404);
        Api.as("admin").queryParam("entityType", "Decision").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("UPDATE"));

        // the same version again: someone else's change would be overwritten
        Api.as("coord.kerch").body(input).put("/api/v1/decisions/" + id).then().statusCode(409);
        // dropping the point already reported on: refused, nothing changed
        Map<String, Object> dropping = new java.util.HashMap<>(input);
        dropping.put("version", after.getLong("version"));
        dropping.put("title", "Другой заголовок");
        dropping.put("points", List.of(Map.of("number", "1", "text", "Новый пункт вместо старого")));
        Api.as("coord.kerch").body(dropping).put("/api/v1/decisions/" + id).then().statusCode(409)
                .body("detail", containsString("пункту 1"));
        // moving the decision to another municipality: refused
        dropping.put("municipalityId", Api.municipalityId(Demo.SLAVSK));
        Api.as("admin").body(dropping).put("/api/v1/decisions/" + id).then().statusCode(400)
                .body("errors.field", hasItem("municipalityId"));
        // a point id of another decision: refused
        Map<String, Object> stranger = new java.util.HashMap<>(input);
        stranger.put("version", after.getLong("version"));
        stranger.put("points", List.of(Map.of("id", first, "number", "1", "text", "Свой пункт"),
                Map.of("id", Plans.pointId(Api.as("admin").get("/api/v1/decisions/" + kerchDecision()).then().extract().jsonPath().getMap(""), "1"),
                        "number", "2", "text", "Чужой пункт")));
        Api.as("admin").body(stranger).put("/api/v1/decisions/" + id).then().statusCode(400).body("errors[0].field", equalTo("points[1].id"));
        Api.as("admin").get("/api/v1/decisions/" + id).then().statusCode(200)
                .body("title", equalTo("О работе со школами с низкими образовательными результатами"))
                .body("version", equalTo((int) after.getLong("version")))
                .body("points.number", equalTo(List.of("1", "1.1")));
        // another municipality's coordinator does not even see it
        Api.as("coord.slavsk").body(input).put("/api/v1/decisions/" + id).then().statusCode(404);
    }

    @Test
    void assigneesTypedAsTheDocumentWritesThemFindTheirBodies_andABodyOfAnotherMunicipalityIsRefused() {
        long kerch = Api.municipalityId(Demo.KERCH);
        long authority = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        Map<String, Object> input = Plans.municipalDecision(Api.regionId(Demo.CRIMEA), kerch, authority);
        input.put("controllerLabel", "начальника управления образования Администрации г.Керчи");
        input.put("points", List.of(
                Map.of("number", "1", "text", "Обеспечить контроль", "deadlineText", "до 1 марта 2027 года", "assignees",
                        List.of(Map.of("label", "Управлению образования Администрации г.Керчи", "person", "Димарцо Е.В.", "allSchools", false))),
                Map.of("number", "2", "text", "Разработать программы", "deadlineText", "декабрь 2026 г.", "assignees",
                        List.of(Map.of("label", "Руководителям общеобразовательных организаций", "allSchools", false)))));
        var d = Api.as("coord.kerch").body(input).post("/api/v1/decisions").then().statusCode(201)
                .body("points[0].assignees[0].bodyId", equalTo((int) authority))
                .body("points[1].assignees[0].allSchools", equalTo(true))
                .body("controllerBodyId", equalTo((int) authority))
                .extract().jsonPath();
        Api.as("coord.kerch").queryParam("bodyId", authority).get("/api/v1/control/dashboard").then().statusCode(200)
                .body("byBody.find { it.key == 'body:" + authority + "' }.bodyId", equalTo((int) authority))
                .body("byTerritory.find { it.key == 'municipality:" + kerch + "' }.municipalityId", equalTo((int) kerch));
        assertThat(d.getLong("id")).isPositive();

        input.put("points", List.of(Map.of("number", "1", "text", "Поручить", "assignees",
                List.of(Map.of("label", "Отдел образования Славского округа", "bodyId", Api.bodyId(Demo.SLAVSK_AUTHORITY_INN), "allSchools", false)))));
        Api.as("coord.kerch").body(input).post("/api/v1/decisions").then().statusCode(400)
                .body("errors[0].field", equalTo("points[0].assignees[0].bodyId"));
    }
}
