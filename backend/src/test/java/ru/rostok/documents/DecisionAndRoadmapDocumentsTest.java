package ru.rostok.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static ru.rostok.documents.DocumentFiles.download;
import static ru.rostok.documents.DocumentFiles.paragraphs;
import static ru.rostok.documents.DocumentFiles.pdfText;
import static ru.rostok.documents.DocumentFiles.tables;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Plans;

@QuarkusTest
class DecisionAndRoadmapDocumentsTest {

    static long kerchDecision() {
        return Api.as("coord.kerch").queryParam("q", "5/3").get("/api/v1/decisions").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.number == '5/3' }.id");
    }

    static long olenegorskRoadmap() {
        return Api.as("coord.olenegorsk").get("/api/v1/roadmaps").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.title.contains('Оленегорске') }.id");
    }

    @Test
    void theKerchDecisionIsWrittenAsTheSeedIsLaidOut_pointByPointWithEachDeadlineAfterItsPoint() {
        String path = "/api/v1/decisions/" + kerchDecision() + "/document";
        List<String> p = paragraphs(download("coord.kerch", path, "docx")).stream().filter(s -> !s.isBlank()).toList();
        assertThat(p).containsSubsequence("КОЛЛЕГИЯ УПРАВЛЕНИЯ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА КЕРЧИ", "РЕШЕНИЕ", "от 21.10.2020 г.", "№ 5/3",
                "О работе с образовательными организациями с низкими образовательными результатами");
        assertThat(p).containsSubsequence("РЕШИЛА:",
                "1. Признать работу по переводу общеобразовательных организаций с низкими образовательными результатами в эффективный режим работы удовлетворительной.",
                "2. Управлению образования Администрации г.Керчи (Димарцо Е.В.):");
        int at = p.indexOf("2. Управлению образования Администрации г.Керчи (Димарцо Е.В.):");
        assertThat(p.get(at + 1)).startsWith("2.1. Взять под контроль выполнение мероприятий");
        assertThat(p.get(at + 2)).isEqualTo("Срок: 2020– 2022 гг");
        assertThat(p.get(at + 3)).startsWith("2.2. Провести рабочие совещания");
        assertThat(p.get(at + 4)).isEqualTo("Срок: ноябрь - декабрь");
        // the seed's two points «3.2», each with its own deadline, as written
        List<Integer> twice = java.util.stream.IntStream.range(0, p.size()).filter(i -> p.get(i).startsWith("3.2. ")).boxed().toList();
        assertThat(twice).hasSize(2);
        assertThat(p.get(twice.get(0))).startsWith("3.2. По итогам мониторинга внести коррективы");
        assertThat(p.get(twice.get(0) + 1)).isEqualTo("Срок: февраль 2020 г.");
        assertThat(p.get(twice.get(1))).startsWith("3.2. Активизировать методическое сопровождение");
        assertThat(p.get(twice.get(1) + 1)).isEqualTo("Срок: декабрь2020–апрель2021г.");
        assertThat(p).contains("4. Руководителям общеобразовательных организаций:", "Срок: 2021 – 2022 г..г.");
        assertThat(p.indexOf("РЕШИЛА:")).isGreaterThan(p.indexOf("№ 5/3"));

        byte[] pdf = download("coord.kerch", path, "pdf");
        String text = pdfText(pdf);
        assertThat(text).contains("РЕШЕНИЕ", "от 21.10.2020 г.", "№ 5/3", "РЕШИЛА:", "2. Управлению образования Администрации г.Керчи (Димарцо Е.В.):",
                "2.1. Взять под контроль", "Срок: 2020– 2022 гг", "3.2. По итогам мониторинга", "Срок: февраль 2020 г.",
                "3.2. Активизировать методическое сопровождение", "Срок: декабрь2020–апрель2021г.");
        DocumentFiles.firstPage(pdf, "decision-5-3");
    }

    @Test
    void aDecisionIsDownloadedByWhoeverSeesIt_andNobodyElse_inDocxOrPdfOnly() {
        String path = "/api/v1/decisions/" + kerchDecision() + "/document";
        download("school.kerch1", path, "docx");
        Api.as("analyst.krasnoyarsk").get(path).then().statusCode(404).contentType("application/problem+json");
        Api.as("coord.kerch").queryParam("format", "odt").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        // without a format it is the DOCX
        Api.as("coord.kerch").get(path).then().statusCode(200).contentType(DocumentFiles.DOCX);
    }

    @Test
    void theOlenegorskRoadmapIsItsApprovalStampTitleTableOfMeasuresAndAbbreviations() {
        long id = olenegorskRoadmap();
        Map<String, Object> roadmap = Api.as("coord.olenegorsk").get("/api/v1/roadmaps/" + id).then().statusCode(200).extract().jsonPath().getMap("");
        List<Map<String, Object>> measures = (List<Map<String, Object>>) roadmap.get("measures");
        String path = "/api/v1/roadmaps/" + id + "/document";
        byte[] docx = download("coord.olenegorsk", path, "docx");
        List<String> p = paragraphs(docx).stream().filter(s -> !s.isBlank()).toList();
        assertThat(p).containsSubsequence("УТВЕРЖДЕН\nприказом Комитет по образованию Администрации города Оленегорска\nот 15.12.2020 № 576",
                (String) roadmap.get("title"), "Используемые сокращения:");
        assertThat(p).contains("Комитет – Комитет по образованию Администрации города Оленегорска",
                "ИМЦ – муниципальное учреждение «Информационно – методический центр»", "ОО – общеобразовательная организация");
        List<List<String>> table = tables(docx).get(0);
        assertThat(table.get(0)).containsExactly("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные");
        assertThat(table).hasSize(measures.size() + 1);
        assertThat(table.get(1)).containsExactly("1.", (String) measures.get(0).get("text"), "Октябрь 2021, далее - ежегодно", "Комитет, ИМЦ");
        assertThat(table.get(3).get(1)).isEqualTo("Утверждение приказом Комитета списка ШНОР на следующий за годом формирования списка ШНОР год");

        byte[] pdf = download("coord.olenegorsk", path, "pdf");
        assertThat(pdfText(pdf)).contains("УТВЕРЖДЕН", "от 15.12.2020 № 576", "№ п/п", "Мероприятие", "Срок исполнения", "Ответственные",
                "Формирование списка ШНОР", "Октябрь 2021, далее - ежегодно", "Используемые сокращения:",
                "ШНОР – школа с низкими образовательными результатами");
        DocumentFiles.firstPage(pdf, "roadmap-olenegorsk");
        Api.as("coord.kerch").get(path).then().statusCode(404).contentType("application/problem+json");
    }

    /** Each point as «number | text | deadline», sub-points after their point, as a decision view or a draft nests them. */
    static void flatten(List<Map<String, Object>> points, List<String> into) {
        for (Map<String, Object> p : points) {
            into.add(p.get("number") + " | " + p.get("text") + " | " + p.get("deadlineText"));
            if (p.get("points") instanceof List<?> children) {
                flatten((List<Map<String, Object>>) children, into);
            }
        }
    }

    @Test
    void theDecisionsDocumentReadsBackIntoTheSamePoints_andTheRoadmapsIntoTheSameMeasures() {
        long decision = kerchDecision();
        Map<String, Object> stored = Api.as("coord.kerch").get("/api/v1/decisions/" + decision).then().statusCode(200).extract().jsonPath().getMap("");
        List<String> expected = ((List<Map<String, Object>>) stored.get("points")).stream()
                .map(p -> p.get("number") + " | " + p.get("text") + " | " + p.get("deadlineText")).toList();
        byte[] docx = download("coord.kerch", "/api/v1/decisions/" + decision + "/document", "docx");
        var draft = Plans.multipartAs("coord.kerch").multiPart("file", "решение.docx", docx).post("/api/v1/documents/drafts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(draft.getString("type")).isEqualTo("DECISION");
        assertThat(draft.getString("decision.number")).isEqualTo("5/3");
        assertThat(draft.getString("decision.date")).isEqualTo("2020-10-21");
        List<String> read = new java.util.ArrayList<>();
        flatten(draft.getList("decision.points"), read);
        assertThat(read).containsExactlyElementsOf(expected);

        long roadmap = olenegorskRoadmap();
        Map<String, Object> plan = Api.as("coord.olenegorsk").get("/api/v1/roadmaps/" + roadmap).then().statusCode(200).extract().jsonPath().getMap("");
        var planDraft = Plans.multipartAs("coord.olenegorsk").multiPart("file", "план.docx",
                download("coord.olenegorsk", "/api/v1/roadmaps/" + roadmap + "/document", "docx")).post("/api/v1/documents/drafts")
                .then().statusCode(200).extract().jsonPath();
        assertThat(planDraft.getString("type")).isEqualTo("ROADMAP");
        assertThat(planDraft.getString("roadmap.approvalNumber")).isEqualTo("576");
        List<Map<String, Object>> measures = (List<Map<String, Object>>) plan.get("measures");
        assertThat(planDraft.getList("roadmap.measures.number")).containsExactlyElementsOf(measures.stream().map(m -> m.get("number")).toList());
        assertThat(planDraft.getList("roadmap.measures.text")).containsExactlyElementsOf(measures.stream().map(m -> m.get("text")).toList());
        assertThat(planDraft.getList("roadmap.measures.deadlineText")).containsExactlyElementsOf(measures.stream().map(m -> m.get("deadlineText")).toList());
    }

    @Test
    void aMeasuresExpectedResultAddsItsColumn() {
        long slavsk = Api.as("coord.slavsk").queryParam("municipalityId", Api.municipalityId(Demo.SLAVSK)).get("/api/v1/roadmaps").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        List<List<String>> table = tables(download("coord.slavsk", "/api/v1/roadmaps/" + slavsk + "/document", "docx")).get(0);
        assertThat(table).hasSize(20);
        assertThat(table.get(1).get(2)).isEqualTo("Октябрь 2020 г. Октябрь 2021 г.");
    }
}
