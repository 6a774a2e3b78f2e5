package ru.rostok.roadmap;

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
class RoadmapTest {

    long kerchRoadmap() {
        return Plans.approvedRoadmap(Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
    }

    @Test
    void theSlavskRoadmapIsTheSeedsPlanWithItsDeadlinesReadAndTheOctober2020DeadlineFlagged() {
        long slavsk = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.SLAVSK)).get("/api/v1/roadmaps")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        var roadmap = Api.as("admin").get("/api/v1/roadmaps/" + slavsk).then().statusCode(200)
                .body("measures.size()", equalTo(19))
                .body("approvalNumber", equalTo("227"))
                .body("measures[0].deadlineText", equalTo("Октябрь 2020 г. Октябрь 2021 г."))
                .body("measures[0].schedule.kind", equalTo("OCCURRENCES"))
                .body("measures[1].schedule.periods[0].start", equalTo("2021-11-02"))
                .body("measures[9].text", containsString("работающих в сложных социальных условиях."))
                .body("measures[2].responsible[0].allSchools", equalTo(true))
                .extract().jsonPath();
        assertThat(roadmap.getList("warnings.findAll { it.kind == 'DEADLINE_BEFORE_DOCUMENT' }.number", String.class)).containsExactly("1");
        // the region's coordinator of another municipality does not see it
        Api.as("coord.kerch").get("/api/v1/roadmaps/" + slavsk).then().statusCode(404);
    }

    @Test
    void anApprovedRoadmapChangesOnlyByACorrectionWithAReasonAndEveryVersionStaysReadable() {
        long id = kerchRoadmap();
        Map<String, Object> input = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        input.put("version", Plans.roadmap(id).get("version"));
        Api.as("coord.kerch").body(input).put("/api/v1/roadmaps/" + id).then().statusCode(409).body("detail", containsString("корректировкой"));
        Api.as("coord.kerch").body(Map.of("reason", " ", "roadmap", input)).post("/api/v1/roadmaps/" + id + "/corrections")
                .then().statusCode(400).body("errors.field", hasItem("reason"));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> measures = new java.util.ArrayList<>((List<Map<String, Object>>) input.get("measures"));
        measures.set(1, Map.of("number", "2", "text", "Семинар по обмену опытом и мастер-классы", "deadlineText", "май – июнь 2027 г.",
                "responsible", List.of(Map.of("label", "ИМЦ", "allSchools", false))));
        input.put("measures", measures);
        Api.as("coord.kerch").body(Map.of("reason", "По итогам мониторинга эффективности", "roadmap", input))
                .post("/api/v1/roadmaps/" + id + "/corrections").then().statusCode(200)
                .body("revision", equalTo(1)).body("revisions.reason", hasItem("По итогам мониторинга эффективности"))
                .body("measures[1].schedule.kind", equalTo("PERIOD"));
        Api.as("analyst.crimea").get("/api/v1/roadmaps/" + id + "/revisions/0").then().statusCode(200)
                .body("measures[1].text", equalTo("Семинар по обмену опытом"));
        Api.as("analyst.crimea").get("/api/v1/roadmaps/" + id + "/revisions/1").then().statusCode(200)
                .body("measures[1].text", equalTo("Семинар по обмену опытом и мастер-классы"));
        Api.as("analyst.crimea").get("/api/v1/roadmaps/" + id + "/revisions/7").then().statusCode(404);
    }

    @Test
    void aCoordinatorReportsOnAMeasureWithAFileAndTheAnalystSeesAndDownloadsIt() {
        long id = kerchRoadmap();
        long measure = Plans.firstMeasure(id);
        String path = "/api/v1/roadmaps/" + id + "/measures/" + measure + "/reports";
        long file = Plans.report(Plans.multipartAs("coord.kerch"), path, "Собеседования проведены с 12 руководителями", "DONE")
                .then().statusCode(201).body("statusTo", equalTo("DONE")).body("files[0].name", equalTo("protocol.pdf"))
                .extract().jsonPath().getLong("files[0].id");
        Api.as("analyst.crimea").get(path).then().statusCode(200).body("[0].author", equalTo("coord.kerch"))
                .body("[0].text", equalTo("Собеседования проведены с 12 руководителями"));
        byte[] content = Api.as("analyst.crimea").get("/api/v1/evidence/" + file).then().statusCode(200).extract().asByteArray();
        assertThat(new String(content)).isEqualTo("%PDF-1.4 test protocol");
        Api.as("admin").get("/api/v1/roadmaps/" + id).then().body("measures[0].status", equalTo("DONE"))
                .body("measures[0].reportCount", equalTo(1));
        Api.as("coord.slavsk").get("/api/v1/evidence/" + file).then().statusCode(404);
    }

    @Test
    void aMeasureNamesTheIndicatorsItShouldMoveWithTargetsFromTheRegionsCatalogueOnly() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Map<String, Object> input = Plans.municipalRoadmap(crimea, Api.municipalityId(Demo.KERCH), Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        long vpr = ru.rostok.support.Monitoring.indicatorId(crimea, "VPR_F2");
        input.put("measures", List.of(Map.of("number", "1", "text", "Снизить долю отметок «2» по ВПР", "deadlineText", "май 2027 г.",
                "indicators", List.of(Map.of("indicatorId", vpr, "targetValue", 10)))));
        long id = Plans.createRoadmap(input);
        Api.as("coord.kerch").get("/api/v1/roadmaps/" + id).then().statusCode(200)
                .body("measures[0].indicators[0].code", equalTo("VPR_F2"))
                .body("measures[0].indicators[0].targetValue", equalTo(10.0f));
        long foreign = ru.rostok.support.Monitoring.indicatorId(Api.regionId(Demo.KALININGRAD), "VPR_F2");
        input.put("measures", List.of(Map.of("number", "1", "text", "Снизить долю отметок «2» по ВПР",
                "indicators", List.of(Map.of("indicatorId", foreign, "targetValue", 10)))));
        input.put("version", Plans.roadmap(id).get("version"));
        Api.as("coord.kerch").body(input).put("/api/v1/roadmaps/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("measures[0].indicators[0].indicatorId"));
        Api.as("coord.kerch").get("/api/v1/roadmaps/" + id).then().body("measures[0].indicators[0].code", equalTo("VPR_F2"));
    }

    @Test
    void theDocumentsAbbreviationsResolveToTheBodiesOfTheTerritoryAndToEverySchool() {
        long murmansk = Api.regionId("51");
        long olenegorsk = Api.municipalityId("47712000");
        Map<String, Object> input = Plans.municipalRoadmap(murmansk, olenegorsk, Api.bodyId("5166953367"));
        input.put("abbreviations", Map.of("ИМЦ", "муниципальное учреждение «Информационно – методический центр»",
                "ОО", "общеобразовательная организация"));
        input.put("measures", List.of(Map.of("number", "1", "text", "Мониторинг состояния ШНОР", "deadlineText", "Октябрь 2026, далее - ежегодно",
                "responsible", List.of(Map.of("label", "Комитет", "allSchools", false), Map.of("label", "ИМЦ", "allSchools", false),
                        Map.of("label", "ОО", "allSchools", false), Map.of("label", "Родительский комитет школы №5", "allSchools", false)))));
        long id = Plans.createRoadmap(input);
        Api.as("analyst.murmansk").get("/api/v1/roadmaps/" + id).then().statusCode(200)
                .body("measures[0].responsible[0].bodyId", equalTo((int) Api.bodyId("5166953367")))
                .body("measures[0].responsible[1].bodyId", equalTo((int) Api.bodyId("5159971140")))
                .body("measures[0].responsible[2].allSchools", equalTo(true))
                .body("measures[0].responsible[3].bodyId", org.hamcrest.Matchers.nullValue())
                .body("measures[0].schedule.kind", equalTo("RECURRING"));
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedAndNoReportIsWritten() {
        long id = kerchRoadmap();
        long measure = Plans.firstMeasure(id);
        String path = "/api/v1/roadmaps/" + id + "/measures/" + measure + "/reports";
        Plans.multipartAs("coord.kerch").contentType("multipart/form-data").multiPart("text", "Отчёт").multiPart("status", "DONE")
                .multiPart("files", "report.pdf", new byte[] {'M', 'Z', 0, 1, 2}, "application/pdf")
                .post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("files")).body("errors[0].message", containsString("не соответствует"));
        Plans.multipartAs("coord.kerch").contentType("multipart/form-data").multiPart("text", "Отчёт").multiPart("status", "DONE")
                .multiPart("files", "virus.exe", new byte[] {'M', 'Z'}, "application/octet-stream")
                .post(path).then().statusCode(400).body("errors[0].message", containsString("не принимается"));
        Api.as("admin").get(path).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void schoolStaffReportOnAMeasureOfEverySchoolButCannotChangeTheMunicipalPlan() {
        long id = kerchRoadmap();
        long measure = Plans.firstMeasure(id);
        Plans.report(Plans.multipartAs("school.kerch1"), "/api/v1/roadmaps/" + id + "/measures/" + measure + "/reports",
                "Собеседование прошло 5 октября", "DONE").then().statusCode(201).body("schoolName", equalTo("МБОУ СОШ №1"));
        // one school's report does not decide the measure for every school
        Api.as("admin").get("/api/v1/roadmaps/" + id).then().body("measures[0].status", equalTo("PLANNED"));
        Map<String, Object> input = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        Api.as("school.kerch1").body(input).post("/api/v1/roadmaps").then().statusCode(403);
    }

    @Test
    void aMeasureDueTwiceShowsEachOccurrence_andReportingOneDoneLeavesTheOtherDue() {
        long id = kerchRoadmap();
        long measure = Plans.firstMeasure(id);
        Api.as("admin").get("/api/v1/roadmaps/" + id).then().statusCode(200)
                .body("measures[0].occurrences.due", equalTo(List.of("2026-10-31", "2027-10-31")))
                .body("measures[0].occurrences.overdue", equalTo(List.of(true, false)))
                .body("measures[0].occurrences.done", equalTo(List.of(false, false)))
                .body("measures[1].occurrences", equalTo(List.of()));
        Plans.multipartAs("coord.kerch").contentType("multipart/form-data")
                .multiPart("text", "Собеседования проведены", "text/plain; charset=UTF-8")
                .multiPart("status", "DONE", "text/plain; charset=UTF-8")
                .multiPart("occurrenceDue", "2026-10-31", "text/plain; charset=UTF-8")
                .post("/api/v1/roadmaps/" + id + "/measures/" + measure + "/reports").then().statusCode(201);
        Api.as("admin").get("/api/v1/roadmaps/" + id).then().statusCode(200)
                .body("measures[0].occurrences.done", equalTo(List.of(true, false)))
                .body("measures[0].occurrences.reports", equalTo(List.of(1, 0)))
                .body("measures[0].occurrences.overdue", equalTo(List.of(false, false)))
                .body("measures[0].overdue", equalTo(false))
                .body("measures[0].status", equalTo("IN_PROGRESS"))
                .body("measures[0].nextDue", equalTo("2027-10-31"));
    }
}
