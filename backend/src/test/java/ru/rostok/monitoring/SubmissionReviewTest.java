package ru.rostok.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/** A school fills and hands in its data, the coordinator returns and accepts it, an analyst reopens it. */
@QuarkusTest
class SubmissionReviewTest {
    long campaign;
    long school;
    long vpr;
    long students;
    long program;
    String path;

    @BeforeEach
    void openKerchCampaign() {
        long crimea = Api.regionId(Demo.CRIMEA);
        school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        vpr = Monitoring.indicatorId(crimea, "VPR_F2");
        students = Monitoring.indicatorId(crimea, "CTX_STUDENTS");
        program = Monitoring.indicatorId(crimea, "M_PROGRAM");
        campaign = Monitoring.openCampaign(Monitoring.campaignInput(crimea, Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN), List.of(school, Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN)),
                List.of(vpr, students, program), true));
        path = Monitoring.submissionPath(campaign, school);
    }

    Map<String, Object> save(String user, long version, List<Map<String, Object>> values, int status) {
        return Api.as(user).body(Map.of("version", version, "values", values)).put(path).then().statusCode(status)
                .extract().jsonPath().getMap("");
    }

    static Map<String, Object> count(long indicator, Object value) {
        java.util.HashMap<String, Object> v = new java.util.HashMap<>();
        v.put("indicatorId", indicator);
        v.put("value", value);
        return v;
    }

    @Test
    void wrongValuesAreShownNextToTheirFieldsAndNothingIsSaved() {
        Api.as("school.kerch1").get(path).then().statusCode(200).body("status", equalTo("NOT_STARTED")).body("version", equalTo(0))
                .body("editable", equalTo(true));
        Api.as("school.kerch1").body(Map.of("version", 0, "values", List.of(
                        Monitoring.percent(vpr, 31, 30), count(students, 12.5), count(program, 2))))
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("values[VPR_F2].numerator", "values[CTX_STUDENTS].value", "values[M_PROGRAM].value"))
                .body("errors.find { it.field == 'values[VPR_F2].numerator' }.message", containsString("больше знаменателя"))
                .body("errors.find { it.field == 'values[CTX_STUDENTS].value' }.message", containsString("целое"));
        Api.as("school.kerch1").get(path).then().body("status", equalTo("NOT_STARTED")).body("values.size()", equalTo(0));
    }

    @Test
    void theSchoolHandsIn_theCoordinatorReturnsWithComments_theSchoolCorrects_andTheCoordinatorAccepts() {
        Map<String, Object> draft = save("school.kerch1", 0, List.of(Monitoring.percent(vpr, 6, 30), count(students, 410)), 200);
        assertThat(draft.get("status")).isEqualTo("DRAFT");
        assertThat(((Number) ((List<Map<String, Object>>) draft.get("values")).stream()
                .filter(v -> v.get("code").equals("VPR_F2")).findFirst().orElseThrow().get("value")).doubleValue()).isEqualTo(20.0);
        long version = ((Number) draft.get("version")).longValue();

        // the required M_PROGRAM is missing
        Api.as("school.kerch1").body(Map.of("version", version)).post(path + "/submit").then().statusCode(400)
                .body("errors[0].field", equalTo("values[M_PROGRAM].value"));
        version = ((Number) save("school.kerch1", version, List.of(count(program, 1)), 200).get("version")).longValue();
        Api.as("school.kerch1").body(Map.of("version", version)).post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("editable", equalTo(false));
        // handed in: the school cannot change it any more
        save("school.kerch1", version + 1, List.of(count(students, 411)), 409);

        Api.as("coord.kerch").queryParam("status", "SUBMITTED").queryParam("campaignId", campaign).get("/api/v1/submissions")
                .then().statusCode(200).body("items.schoolId", hasItem((int) school));
        long submitted = Monitoring.version(campaign, school);
        Api.as("coord.kerch").body(Map.of("action", "RETURN", "version", submitted)).post(path + "/review").then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        Api.as("coord.kerch").body(Map.of("action", "RETURN", "version", submitted, "comment", "Проверьте ВПР",
                        "valueComments", Map.of("VPR_F2", "В протоколе 7 отметок «2», а не 6")))
                .post(path + "/review").then().statusCode(200).body("status", equalTo("RETURNED"));

        Api.as("school.kerch1").get(path).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("reviewComment", equalTo("Проверьте ВПР")).body("editable", equalTo(true))
                .body("values.find { it.code == 'VPR_F2' }.reviewComment", equalTo("В протоколе 7 отметок «2», а не 6"))
                .body("reviews.action", equalTo(List.of("SUBMIT", "RETURN")));
        long returned = Monitoring.version(campaign, school);
        long corrected = ((Number) save("school.kerch1", returned, List.of(Monitoring.percent(vpr, 7, 30)), 200).get("version")).longValue();
        Api.as("school.kerch1").body(Map.of("version", corrected)).post(path + "/submit").then().statusCode(200);
        Api.as("coord.kerch").body(Map.of("action", "ACCEPT", "version", Monitoring.version(campaign, school)))
                .post(path + "/review").then().statusCode(200).body("status", equalTo("ACCEPTED")).body("reviewedBy", equalTo("coord.kerch"));

        // only an analyst reopens accepted data
        Api.as("coord.kerch").body(Map.of("action", "REOPEN", "comment", "Ещё раз", "version", Monitoring.version(campaign, school)))
                .post(path + "/review").then().statusCode(403);
        Api.as("analyst.crimea").body(Map.of("action", "REOPEN", "comment", "Уточните численность", "version", Monitoring.version(campaign, school)))
                .post(path + "/review").then().statusCode(200).body("status", equalTo("RETURNED"));

        // every change of a value is in the audit, from → to
        var audit = Api.as("analyst.crimea").queryParam("entityType", "Submission").queryParam("size", 200).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> vprChanges = audit.getList("items.findAll { it.entityLabel.contains('" + campaignName() + "') }"
                + ".collectMany { it.changes }.findAll { it.field == 'VPR_F2' }");
        assertThat(vprChanges).extracting(c -> c.get("to")).contains("6/30", "7/30");
    }

    String campaignName() {
        return (String) Monitoring.campaign(campaign).get("name");
    }

    @Test
    void aSaveChecksTheFormAsTheCampaignAsksItNow_notAsItWasFirstRead() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Map<String, Object> input = Monitoring.campaignInput(crimea, Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN), List.of(school), List.of(vpr, students), false);
        Map<String, Object> draft = Monitoring.createDraft(input);
        long id = ((Number) draft.get("id")).longValue();
        String draftPath = Monitoring.submissionPath(id, school);
        Api.as("admin").get(draftPath).then().statusCode(200).body("status", equalTo("NOT_STARTED"));
        // the draft now asks the programme instead of the number of students, and opens
        java.util.HashMap<String, Object> changed = new java.util.HashMap<>(input);
        changed.put("indicators", List.of(Map.of("indicatorId", vpr, "required", false), Map.of("indicatorId", program, "required", true)));
        changed.put("version", draft.get("version"));
        Api.as("admin").body(changed).put("/api/v1/campaigns/" + id).then().statusCode(200);
        Monitoring.move(id, "OPEN");

        Api.as("admin").body(Map.of("version", 0, "values", List.of(count(students, 410)))).put(draftPath).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("values[0].indicatorId"));
        Api.as("admin").body(Map.of("version", 0, "values", List.of(count(program, 1)))).put(draftPath).then().statusCode(200)
                .body("values.code", equalTo(List.of("M_PROGRAM"))).body("version", equalTo(1));
        // the required programme is filled: it hands in, though nothing else was
        Api.as("admin").body(Map.of("version", 1)).post(draftPath + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void twoPeopleSavingTheSameVersionDoNotOverwriteEachOtherSilently() {
        long version = ((Number) save("school.kerch1", 0, List.of(count(students, 400)), 200).get("version")).longValue();
        save("school.kerch1", version, List.of(count(students, 401)), 200);
        Api.as("school.kerch1").body(Map.of("version", version, "values", List.of(count(students, 999))))
                .put(path).then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"))
                .body("current.values.find { it.code == 'CTX_STUDENTS' }.value", equalTo(401.0f));
        Api.as("school.kerch1").get(path).then().body("values.find { it.code == 'CTX_STUDENTS' }.value", equalTo(401.0f));
    }

    @Test
    void theFirstSaveRacesAreDecidedByVersionNotByLuck() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = 300 + i;
            results.add(pool.submit(() -> Api.as("school.kerch1").body(Map.of("version", 0, "values", List.of(count(students, n))))
                    .put(path).statusCode()));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var r : results) {
            statuses.add(r.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        Api.as("school.kerch1").get(path).then().body("values.size()", equalTo(1)).body("version", equalTo(1));
    }

    @Test
    void aSaveChangesOnlyWhatItChanges_anEmptiedValueGoes_theOthersKeepTheirReviewersComments() {
        long version = ((Number) save("school.kerch1", 0, List.of(Monitoring.percent(vpr, 6, 30), count(students, 410), count(program, 1)), 200)
                .get("version")).longValue();
        Api.as("school.kerch1").body(Map.of("version", version)).post(path + "/submit").then().statusCode(200);
        Api.as("coord.kerch").body(Map.of("action", "RETURN", "version", Monitoring.version(campaign, school), "comment", "Проверьте",
                        "valueComments", Map.of("VPR_F2", "Сверьте с протоколом", "CTX_STUDENTS", "Сверьте с ОО-1")))
                .post(path + "/review").then().statusCode(200);
        long returned = Monitoring.version(campaign, school);

        // the number of students sent again as it is, the programme emptied, ВПР not sent
        java.util.HashMap<String, Object> emptied = new java.util.HashMap<>(count(program, null));
        Map<String, Object> saved = save("school.kerch1", returned, List.of(count(students, 410), emptied), 200);
        assertThat(((Number) saved.get("version")).longValue()).isEqualTo(returned + 1);
        Api.as("school.kerch1").get(path).then().statusCode(200)
                .body("version", equalTo((int) returned + 1))
                .body("values.code", org.hamcrest.Matchers.containsInAnyOrder("VPR_F2", "CTX_STUDENTS"))
                .body("values.find { it.code == 'VPR_F2' }.reviewComment", equalTo("Сверьте с протоколом"))
                .body("values.find { it.code == 'CTX_STUDENTS' }.reviewComment", equalTo("Сверьте с ОО-1"))
                .body("values.find { it.code == 'CTX_STUDENTS' }.value", equalTo(410.0f));

        // a changed value loses its comment (it answered it); the audit of the save lists only what changed
        save("school.kerch1", returned + 1, List.of(count(students, 412)), 200);
        Api.as("school.kerch1").get(path).then()
                .body("values.find { it.code == 'CTX_STUDENTS' }.reviewComment", org.hamcrest.Matchers.nullValue())
                .body("values.find { it.code == 'VPR_F2' }.reviewComment", equalTo("Сверьте с протоколом"));
        List<List<Map<String, Object>>> saves = Api.as("analyst.crimea").queryParam("entityType", "Submission").queryParam("size", 200)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("items.findAll { it.entityLabel.contains('" + campaignName() + "') && it.action == 'UPDATE' }.changes");
        assertThat(saves).anySatisfy(changes -> assertThat(changes).extracting(c -> c.get("field"), c -> c.get("from"), c -> c.get("to"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("M_PROGRAM", "1", null)));
        assertThat(saves).anySatisfy(changes -> assertThat(changes).extracting(c -> c.get("field"), c -> c.get("from"), c -> c.get("to"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CTX_STUDENTS", "410", "412")));
    }

    @Test
    void aSchoolTheCampaignDoesNotAskIsNotFound_evenForTheAdmin() {
        long slavsk = Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN);
        Api.as("admin").get(Monitoring.submissionPath(campaign, slavsk)).then().statusCode(404);
        Api.as("admin").body(Map.of("version", 0, "values", List.of(count(students, 5))))
                .put(Monitoring.submissionPath(campaign, slavsk)).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSchoolCannotTouchAnotherSchoolsDataNorACampaignOfAnotherTerritory() {
        long gymnasium = Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN);
        Api.as("school.kerch1").get(Monitoring.submissionPath(campaign, gymnasium)).then().statusCode(404);
        Api.as("school.kerch1").body(Map.of("version", 0, "values", List.of(count(students, 5))))
                .put(Monitoring.submissionPath(campaign, gymnasium)).then().statusCode(404);
        Api.as("school.kerch2").get(Monitoring.submissionPath(campaign, gymnasium)).then().statusCode(200);
        Api.as("coord.feodosia").get(path).then().statusCode(404);
    }
}
