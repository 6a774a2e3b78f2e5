package ru.rostok.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Plans;

/** Events held on measures and points: recorded, corrected, removed; counted in the plan's progress; seen in scope. */
@QuarkusTest
class EventTest {
    static final String KERCH_2_INN = Demo.KERCH_GYMNASIUM_2_INN;

    record Plan(long id, long interviews, long seminar) {
        String events(long measure) {
            return "/api/v1/roadmaps/" + id + "/measures/" + measure + "/events";
        }
    }

    static Plan kerchPlan() {
        long id = Plans.approvedRoadmap(Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        Map<String, Object> plan = Plans.roadmap(id);
        List<Map<String, Object>> measures = (List<Map<String, Object>>) plan.get("measures");
        return new Plan(id, ((Number) measures.get(0).get("id")).longValue(), ((Number) measures.get(1).get("id")).longValue());
    }

    static Map<String, Object> visit(long school) {
        Map<String, Object> v = new HashMap<>();
        v.put("kind", "VISIT");
        v.put("heldOn", "2026-10-20");
        v.put("place", "МБОУ «Школа № 1», г. Керчь");
        v.put("findings", "Урочная деятельность организована, план повышения качества выполняется");
        v.put("schoolIds", List.of(school));
        v.put("participants", List.of(Map.of("role", "директор", "count", 1), Map.of("role", "учитель математики", "count", 3),
                Map.of("role", "методист управления образования", "name", "Петрова А.А.")));
        v.put("lessonsObserved", 4);
        v.put("conclusions", "Рекомендовано усилить работу с неуспевающими");
        return v;
    }

    static Map<String, Object> measure(long plan, int index) {
        return ((List<Map<String, Object>>) Plans.roadmap(plan).get("measures")).get(index);
    }

    @Test
    void aMeasuresKindIsGuessedFromItsText_andAPointsToo_andTheUserMayChangeIt() {
        Plan p = kerchPlan();
        assertThat(measure(p.id(), 0).get("kind")).isEqualTo("INTERVIEW");
        assertThat(measure(p.id(), 1).get("kind")).isEqualTo("SEMINAR");
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        assertThat(((List<Map<String, Object>>) decision.get("points")).get(0).get("kind")).isEqualTo("MEETING");
        assertThat(ru.rostok.common.WorkKind.guess("Выездные мероприятия - выезд в ОО, посещение уроков")).isEqualTo(ru.rostok.common.WorkKind.VISIT);
        assertThat(ru.rostok.common.WorkKind.guess("Участие в программах повышения квалификации")).isEqualTo(ru.rostok.common.WorkKind.COURSE);
        assertThat(ru.rostok.common.WorkKind.guess("Мониторинг результатов ВПР")).isEqualTo(ru.rostok.common.WorkKind.MONITORING);
        assertThat(ru.rostok.common.WorkKind.guess("Разработать положение")).isEqualTo(ru.rostok.common.WorkKind.OTHER);
        // a draft's measure kind set by hand is kept
        Map<String, Object> input = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH), Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        Map<String, Object> first = new HashMap<>(((List<Map<String, Object>>) input.get("measures")).get(0));
        first.put("kind", "DOCUMENT");
        input.put("measures", List.of(first));
        long id = Plans.createRoadmap(input);
        assertThat(measure(id, 0).get("kind")).isEqualTo("DOCUMENT");
    }

    @Test
    void aCoordinatorRecordsAVisit_itCountsAsTheOccurrenceHeld_isCorrectedWithItsVersion_andRemoved() {
        Plan p = kerchPlan();
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        List<Map<String, Object>> occurrences = (List<Map<String, Object>>) measure(p.id(), 0).get("occurrences");
        assertThat(occurrences).hasSizeGreaterThanOrEqualTo(2);
        String due = (String) occurrences.get(0).get("due");
        assertThat(occurrences.get(0).get("held")).isEqualTo(false);
        Map<String, Object> input = visit(school);
        input.put("occurrenceDue", due);

        Map<String, Object> e = Api.as("coord.kerch").body(input).post(p.events(p.interviews())).then().statusCode(201).extract().jsonPath().getMap("");
        assertThat(e.get("kind")).isEqualTo("VISIT");
        assertThat(e.get("heldOn")).isEqualTo("2026-10-20");
        assertThat(e.get("occurrenceDue")).isEqualTo(due);
        assertThat(e.get("lessonsObserved")).isEqualTo(4);
        assertThat(e.get("conclusions")).isEqualTo("Рекомендовано усилить работу с неуспевающими");
        assertThat(e.get("measureNumber")).isEqualTo("1");
        assertThat(e.get("municipalityId")).isEqualTo((int) Api.municipalityId(Demo.KERCH));
        assertThat((List<Map<String, Object>>) e.get("schools")).extracting(s -> s.get("id")).containsExactly((int) school);
        assertThat((List<Map<String, Object>>) e.get("participants")).extracting(x -> x.get("role") + "/" + x.get("count") + "/" + x.get("name"))
                .containsExactly("директор/1/null", "учитель математики/3/null", "методист управления образования/null/Петрова А.А.");
        assertThat((List<String>) e.get("actions")).containsExactly("edit", "delete");
        long id = ((Number) e.get("id")).longValue();

        Map<String, Object> m = measure(p.id(), 0);
        assertThat(m.get("events")).isEqualTo(1);
        Map<String, Object> first = ((List<Map<String, Object>>) m.get("occurrences")).get(0);
        assertThat(first.get("held")).isEqualTo(true);
        assertThat(first.get("done")).isEqualTo(true);
        assertThat(measure(p.id(), 1).get("events")).isEqualTo(0);
        Api.as("coord.kerch").get(p.events(p.interviews())).then().statusCode(200).body("id", equalTo(List.of((int) id)));

        // corrected with the version read; a stale version is refused and changes nothing
        input.put("version", e.get("version"));
        input.put("lessonsObserved", 5);
        Map<String, Object> changed = Api.as("coord.kerch").body(input).put("/api/v1/events/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(changed.get("lessonsObserved")).isEqualTo(5);
        assertThat(((Number) changed.get("version")).longValue()).isEqualTo(((Number) e.get("version")).longValue() + 1);
        input.put("lessonsObserved", 9);
        Api.as("coord.kerch").body(input).put("/api/v1/events/" + id).then().statusCode(409).contentType("application/problem+json");
        Api.as("coord.kerch").get("/api/v1/events/" + id).then().statusCode(200).body("lessonsObserved", equalTo(5));
        Api.as("coord.kerch").queryParam("version", e.get("version")).delete("/api/v1/events/" + id).then().statusCode(409);
        Api.as("coord.kerch").queryParam("version", changed.get("version")).delete("/api/v1/events/" + id).then().statusCode(204);
        Api.as("coord.kerch").get("/api/v1/events/" + id).then().statusCode(404).contentType("application/problem+json");
        // the removal is in the audit with what the event said (it wrote nothing before: its change was an empty diff)
        Api.as("analyst.crimea").queryParam("entityType", "WorkEvent").queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.find { it.action == 'DELETE' }.actor", equalTo("coord.kerch"))
                .body("items.find { it.action == 'DELETE' }.changes.find { it.field == 'lessonsObserved' }.from", equalTo(5));
        assertThat(measure(p.id(), 0).get("events")).isEqualTo(0);
        assertThat(((List<Map<String, Object>>) measure(p.id(), 0).get("occurrences")).get(0).get("held")).isEqualTo(false);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed_andWritesNothing() {
        Plan p = kerchPlan();
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        List<Map<String, Object>> inputs = new java.util.ArrayList<>();
        Map<String, Object> noDate = visit(school);
        noDate.remove("heldOn");
        inputs.add(noDate);
        cases.put("noDate", "heldOn");
        Map<String, Object> future = visit(school);
        future.put("heldOn", LocalDate.now().plusDays(3).toString());
        inputs.add(future);
        cases.put("future", "heldOn");
        Map<String, Object> lessonsOfSeminar = visit(school);
        lessonsOfSeminar.put("kind", "SEMINAR");
        inputs.add(lessonsOfSeminar);
        cases.put("lessonsOfSeminar", "lessonsObserved");
        Map<String, Object> slavskSchool = visit(Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN));
        inputs.add(slavskSchool);
        cases.put("slavskSchool", "schoolIds[0]");
        long feodosiaSchool = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.FEODOSIA)).get("/api/v1/schools").then()
                .extract().jsonPath().getLong("items[0].id");
        Map<String, Object> otherMunicipality = visit(feodosiaSchool);
        inputs.add(otherMunicipality);
        cases.put("otherMunicipality", "schoolIds[0]");
        Map<String, Object> noOne = visit(school);
        noOne.put("participants", List.of(Map.of("role", "учитель", "count", 0)));
        inputs.add(noOne);
        cases.put("noOne", "participants[0].count");
        Map<String, Object> wrongDue = visit(school);
        wrongDue.put("occurrenceDue", "2026-02-13");
        inputs.add(wrongDue);
        cases.put("wrongDue", "occurrenceDue");
        List<String> fields = List.copyOf(cases.values());
        for (int i = 0; i < inputs.size(); i++) {
            Api.as("coord.kerch").body(inputs.get(i)).post(p.events(p.interviews())).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(fields.get(i)));
        }
        Api.as("coord.kerch").get(p.events(p.interviews())).then().statusCode(200).body("size()", equalTo(0));
        assertThat(measure(p.id(), 0).get("events")).isEqualTo(0);
    }

    @Test
    void whoRecordsAndWhoSees_eachRoleInAndOutOfScope() {
        Plan p = kerchPlan();
        long kerch1 = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long kerch2 = Api.schoolId(KERCH_2_INN);
        // the measure of interviews is every school's: a school records its own event, its school put in by itself
        Map<String, Object> own = new HashMap<>(Map.of("heldOn", "2026-10-05", "findings", "Собеседование с директором проведено"));
        Map<String, Object> bySchool = Api.as("school.kerch1").body(own).post(p.events(p.interviews())).then().statusCode(201).extract().jsonPath().getMap("");
        assertThat(bySchool.get("kind")).isEqualTo("INTERVIEW");
        assertThat((List<Map<String, Object>>) bySchool.get("schools")).extracting(s -> s.get("id")).containsExactly((int) kerch1);
        // a school names no other school; the seminar is not asked of schools
        Map<String, Object> other = new HashMap<>(own);
        other.put("schoolIds", List.of(kerch2));
        Api.as("school.kerch1").body(other).post(p.events(p.interviews())).then().statusCode(400).body("errors[0].field", equalTo("schoolIds[0]"));
        Api.as("school.kerch1").body(own).post(p.events(p.seminar())).then().statusCode(403).contentType("application/problem+json");
        // another school of the municipality sees the event but does not change it
        long id = ((Number) bySchool.get("id")).longValue();
        Map<String, Object> seen = Api.as("school.kerch2").get("/api/v1/events/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat((List<?>) seen.get("actions")).isEmpty();
        Map<String, Object> change = new HashMap<>(own);
        change.put("version", bySchool.get("version"));
        Api.as("school.kerch2").body(change).put("/api/v1/events/" + id).then().statusCode(403);
        Api.as("coord.kerch").get("/api/v1/events/" + id).then().statusCode(200).body("actions", equalTo(List.of("edit", "delete")));
        // the region's analyst keeps the municipality's plan and records on it; another region and municipality see nothing
        Map<String, Object> kindLeftOut = visit(kerch1);
        kindLeftOut.remove("kind"); // the seminar's kind: lessons observed are refused
        Api.as("analyst.crimea").body(kindLeftOut).post(p.events(p.seminar())).then().statusCode(400)
                .body("errors.field", hasItem("lessonsObserved"));
        Map<String, Object> seminar = new HashMap<>(Map.of("heldOn", "2026-11-10", "schoolIds", List.of(kerch1, kerch2),
                "findings", "Обменялись опытом подготовки к ВПР"));
        Api.as("analyst.crimea").body(seminar).post(p.events(p.seminar())).then().statusCode(201).body("kind", equalTo("SEMINAR"));
        for (String outsider : List.of("coord.slavsk", "analyst.kaliningrad", "school.slavsk1")) {
            Api.as(outsider).get("/api/v1/events/" + id).then().statusCode(404).contentType("application/problem+json");
            Api.as(outsider).body(seminar).post(p.events(p.seminar())).then().statusCode(404);
            Api.as(outsider).queryParam("municipalityId", Api.municipalityId(Demo.KERCH)).get("/api/v1/events").then().statusCode(200)
                    .body("items.id", not(hasItem((int) id)));
        }
        Api.asIntegrator().get("/api/v1/events/" + id).then().statusCode(403);
        Api.asIntegrator().get("/api/v1/events").then().statusCode(403);
        // the school's page: the events naming it, and only those
        Api.as("school.kerch1").queryParam("schoolId", kerch1).queryParam("size", 500).get("/api/v1/events").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Api.as("coord.kerch").queryParam("schoolId", kerch2).queryParam("size", 500).get("/api/v1/events").then().statusCode(200)
                .body("items.id", not(hasItem((int) id)));
        Api.as("coord.kerch").queryParam("schoolId", kerch2).queryParam("kind", "SEMINAR").queryParam("from", "2026-11-10")
                .queryParam("to", "2026-11-10").queryParam("size", 500).get("/api/v1/events").then().statusCode(200)
                .body("items.findings", hasItem("Обменялись опытом подготовки к ВПР"));
        Api.as("coord.kerch").queryParam("from", "2026-11-10").queryParam("to", "2026-11-01").get("/api/v1/events").then().statusCode(400);
    }

    @Test
    void aRegionalPlansVisitToASchoolIsItsMunicipalitys_notAnotherMunicipalitys() {
        long region = Api.regionId(Demo.CRIMEA);
        long ministry = Api.bodyId(Demo.CRIMEA_MINISTRY_INN);
        Map<String, Object> input = new HashMap<>(Map.of("title", "Региональный план выездов " + System.nanoTime(), "level", "REGION",
                "regionId", region, "ownerBodyId", ministry, "periodFrom", "2026-01-01", "periodTo", "2026-12-31",
                "approvalKind", "ORDER", "approvalNumber", "12", "approvalDate", "2026-01-10"));
        input.put("measures", List.of(Map.of("number", "1", "text", "Выездные мероприятия - выезд в ОО, посещение уроков",
                "deadlineText", "в течение года", "responsible", List.of(Map.of("label", "Министерство образования", "bodyId", ministry, "allSchools", false)))));
        long plan = Plans.approvedRoadmap(input);
        assertThat(measure(plan, 0).get("kind")).isEqualTo("VISIT");
        long measure = Plans.firstMeasure(plan);
        long kerch1 = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        String path = "/api/v1/roadmaps/" + plan + "/measures/" + measure + "/events";
        long id = Api.as("analyst.crimea").body(visit(kerch1)).post(path).then().statusCode(201)
                .body("municipalityId", equalTo((int) Api.municipalityId(Demo.KERCH))).extract().jsonPath().getLong("id");
        Api.as("coord.kerch").get("/api/v1/events/" + id).then().statusCode(200).body("actions", equalTo(List.of()));
        Api.as("school.kerch1").get("/api/v1/events/" + id).then().statusCode(200);
        Api.as("coord.feodosia").get("/api/v1/events/" + id).then().statusCode(404);
        Api.as("school.feodosia1").get("/api/v1/events/" + id).then().statusCode(404);
        Api.as("coord.feodosia").get(path).then().statusCode(200).body("id", not(hasItem((int) id)));
        // the coordinator sees the regional plan but does not report on the ministry's measure
        Api.as("coord.kerch").body(visit(kerch1)).post(path).then().statusCode(403);
    }

    @Test
    void aPointsEventIsRecordedByItsAssignee_countedOnThePoint_andItsFilesSeenInScope() {
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        long d = ((Number) decision.get("id")).longValue();
        long point = Plans.pointId(decision, "1");
        String path = "/api/v1/decisions/" + d + "/points/" + point + "/events";
        Map<String, Object> meeting = new HashMap<>(Map.of("heldOn", "2026-11-20", "place", "Управление образования",
                "participants", List.of(Map.of("role", "директор", "count", 22)), "findings", "Совещание с директорами проведено"));
        Api.as("analyst.crimea").body(meeting).post(path).then().statusCode(403);
        Api.as("school.kerch1").body(meeting).post(path).then().statusCode(403);
        Api.as("coord.slavsk").body(meeting).post(path).then().statusCode(404);
        Map<String, Object> e = Api.as("coord.kerch").body(meeting).post(path).then().statusCode(201).extract().jsonPath().getMap("");
        assertThat(e.get("kind")).isEqualTo("MEETING");
        assertThat(e.get("pointNumber")).isEqualTo("1");
        assertThat(e.get("decisionId")).isEqualTo((int) d);
        Api.as("coord.kerch").get("/api/v1/decisions/" + d).then().statusCode(200)
                .body("points.find { it.number == '1' }.events", equalTo(1)).body("points.find { it.number == '2' }.events", equalTo(0));
        Api.as("analyst.crimea").get(path).then().statusCode(200).body("size()", equalTo(1));

        long id = ((Number) e.get("id")).longValue();
        Map<String, Object> withFile = Plans.multipartAs("coord.kerch").contentType("multipart/form-data")
                .multiPart("files", "protocol.pdf", "%PDF-1.4 protocol".getBytes(), "application/pdf")
                .post("/api/v1/events/" + id + "/files").then().statusCode(200).extract().jsonPath().getMap("");
        List<Map<String, Object>> files = (List<Map<String, Object>>) withFile.get("files");
        assertThat(files).extracting(f -> f.get("name")).containsExactly("protocol.pdf");
        long file = ((Number) files.get(0).get("id")).longValue();
        Api.as("school.kerch1").get("/api/v1/evidence/" + file).then().statusCode(200);
        Api.as("coord.slavsk").get("/api/v1/evidence/" + file).then().statusCode(404);
        Plans.multipartAs("coord.kerch").contentType("multipart/form-data")
                .multiPart("files", "virus.exe", "MZ".getBytes(), "application/octet-stream")
                .post("/api/v1/events/" + id + "/files").then().statusCode(400);
        Plans.multipartAs("school.kerch1").contentType("multipart/form-data")
                .multiPart("files", "protocol.pdf", "%PDF-1.4 protocol".getBytes(), "application/pdf")
                .post("/api/v1/events/" + id + "/files").then().statusCode(403);
        Api.as("coord.kerch").get("/api/v1/events/" + id).then().body("files.size()", equalTo(1));
    }
}
