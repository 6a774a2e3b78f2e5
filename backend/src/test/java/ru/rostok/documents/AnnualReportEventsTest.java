package ru.rostok.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rostok.documents.DocumentFiles.download;
import static ru.rostok.documents.DocumentFiles.paragraphs;
import static ru.rostok.documents.DocumentFiles.tables;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Plans;

@QuarkusTest
class AnnualReportEventsTest {
    @Test
    void theAnnualReportListsTheYearsEventsPerMeasure_dateKindPlaceSchoolsAndFindings() {
        Map<String, Object> input = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        long id = Plans.approvedRoadmap(input);
        String path = "/api/v1/roadmaps/" + id + "/annual-report?year=2026";
        assertThat(String.join(" ", paragraphs(download("coord.kerch", path, "docx"))))
                .contains("4. Проведенные мероприятия (события)", "Событий по мероприятиям плана в 2026 году не записано.");

        long seminar = ((Number) ((List<Map<String, Object>>) Plans.roadmap(id).get("measures")).get(1).get("id")).longValue();
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        Api.as("coord.kerch").body(Map.of("heldOn", "2026-11-10", "place", "ГБОУ ДПО «КРИППО»", "schoolIds", List.of(school),
                        "participants", List.of(Map.of("role", "заместитель директора", "count", 2)),
                        "findings", "Обменялись опытом подготовки к ВПР"))
                .post("/api/v1/roadmaps/" + id + "/measures/" + seminar + "/events").then().statusCode(201);
        String schoolName = (String) Api.school(school).get("shortName");

        byte[] docx = download("coord.kerch", path, "docx");
        assertThat(String.join(" ", paragraphs(docx))).contains("4. Проведенные мероприятия (события)", "Всего событий: 1.");
        List<List<String>> events = tables(docx).get(tables(docx).size() - 1);
        assertThat(events.get(0)).containsExactly("Мероприятие", "Дата", "Вид", "Место", "Общеобразовательные организации", "Итоги");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).subList(0, 5)).containsExactly("2.", "10.11.2026", "семинар", "ГБОУ ДПО «КРИППО»", schoolName);
        assertThat(events.get(1).get(5)).isEqualTo("Обменялись опытом подготовки к ВПР; участники: заместитель директора — 2");
        // the year before has none of it
        assertThat(String.join(" ", paragraphs(download("coord.kerch", "/api/v1/roadmaps/" + id + "/annual-report?year=2027", "docx"))))
                .contains("Событий по мероприятиям плана в 2027 году не записано.");
    }

    @Test
    void theAnnualReportCountsTheTerritorysTeachers_deficitsTrainingAndRoutes_asTheirSummariesDo() {
        long kerch = Api.municipalityId(Demo.KERCH);
        Map<String, Object> input = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), kerch, Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        long id = Plans.approvedRoadmap(input);
        Map<String, Object> trained = Api.as("coord.kerch").queryParam("municipalityId", kerch).queryParam("year", 2026)
                .get("/api/v1/trainings/summary").then().statusCode(200).extract().jsonPath().getMap("total");
        Map<String, Object> routed = Api.as("coord.kerch").queryParam("municipalityId", kerch)
                .get("/api/v1/routes/summary").then().statusCode(200).extract().jsonPath().getMap("all");
        Map<String, Object> assessed = Api.as("coord.kerch").queryParam("municipalityId", kerch)
                .get("/api/v1/deficits/summary").then().statusCode(200).extract().jsonPath().getMap("all");
        assertThat(((Number) trained.get("plannedTeachers")).longValue()).as("the demo plans courses in Kerch").isPositive();
        int seen = ((Number) assessed.get("assessed")).intValue();
        // other tests may have assessed Kerch's teachers before this one
        String diagnostics = seen == 0 ? "Диагностика профессиональных дефицитов педагогов не проводилась."
                : "Диагностика профессиональных дефицитов: оценено педагогов — " + seen + ", выявлены дефициты у " + assessed.get("withDeficit")
                        + " (" + String.valueOf(((Number) assessed.get("share")).doubleValue()).replace('.', ',').replaceAll(",0$", "") + " %).";

        String text = String.join(" ", paragraphs(download("coord.kerch", "/api/v1/roadmaps/" + id + "/annual-report?year=2026", "docx")));
        assertThat(text).contains("5. Педагогические кадры", diagnostics,
                "Повышение квалификации в 2026 году: запланировано педагогов — " + trained.get("plannedTeachers") + " ("
                        + trained.get("plannedHours") + " ч.), прошли обучение — " + trained.get("completedTeachers") + " ("
                        + trained.get("completedHours") + " ч.).",
                "Индивидуальные образовательные маршруты: реализуются — " + routed.get("active") + ", завершены — " + routed.get("completed"));
        // personal data of the territory's staff stay with those who see it: the school's staff get the report without them
        assertThat(String.join(" ", paragraphs(download("school.kerch1", "/api/v1/roadmaps/" + id + "/annual-report?year=2026", "docx"))))
                .doesNotContain("Педагогические кадры");
    }
}
