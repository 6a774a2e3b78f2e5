package ru.rostok.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static ru.rostok.documents.DocumentFiles.download;
import static ru.rostok.documents.DocumentFiles.paragraphs;
import static ru.rostok.documents.DocumentFiles.pdfText;
import static ru.rostok.documents.DocumentFiles.spaced;
import static ru.rostok.documents.DocumentFiles.tables;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;

@QuarkusTest
class WorkDocumentsTest {
    static final String PREVIOUS_MONITORING = "Мониторинг качества образования в школах Лесосибирска за 2019/2020 учебный год";

    static long krasnoyarsk() {
        return ((Number) Monitoring.campaign(Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING)).get("regionId")).longValue();
    }

    @Test
    void theOrderOnADraftListIsADraftMarkedПроект_andOnceApprovedItCarriesTheOrdersDateAndNumber() {
        long current = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        long previous = Monitoring.campaignId(PREVIOUS_MONITORING);
        long rule = Api.as("analyst.krasnoyarsk").queryParam("kind", "LOW_RESULTS").get("/api/v1/identification-rules").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Map<String, Object> list = Api.as("analyst.krasnoyarsk").body(Map.of("regionId", krasnoyarsk(), "year", 2071, "ruleId", rule,
                "campaignIds", List.of(current, previous), "exitYears", 1)).post("/api/v1/school-lists").then().statusCode(201)
                .extract().jsonPath().getMap("");
        long id = ((Number) list.get("id")).longValue();
        List<Map<String, Object>> entries = ((List<Map<String, Object>>) list.get("entries")).stream()
                .filter(e -> Boolean.TRUE.equals(e.get("included"))).toList();
        assertThat(entries).isNotEmpty();
        String path = "/api/v1/school-lists/" + id + "/order";

        byte[] docx = download("analyst.krasnoyarsk", path, "docx");
        List<String> p = paragraphs(docx).stream().filter(s -> !s.isBlank()).toList();
        assertThat(p.get(0)).isEqualTo("ПРОЕКТ");
        assertThat(p).containsSubsequence("ПРИКАЗ",
                "Об утверждении перечня общеобразовательных организаций с низкими образовательными результатами (ШНОР) на 2071 год",
                "ПРИКАЗЫВАЮ:");
        assertThat(p).anySatisfy(line -> assertThat(line).startsWith("Приложение\nк приказу\nот "));
        assertThat(String.join(" ", p)).contains("«" + Demo.LESOSIBIRSK_MONITORING + "» (2020/2021 учебный год)",
                "2 из 3: VPR_F2 ≥ 15; OGE_F2_RU ≥ 15; SUCC_RATE < 60; 2 года подряд");
        List<List<String>> appendix = tables(docx).get(0);
        assertThat(appendix.get(0)).containsExactly("№ п/п", "Общеобразовательная организация", "Муниципальное образование",
                "Критерии, которым отвечает организация", "Годы");
        assertThat(appendix).hasSize(entries.size() + 1);
        assertThat(appendix.subList(1, appendix.size()).stream().map(r -> r.get(1)))
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(e -> (String) e.get("schoolName")).toList());
        for (Map<String, Object> e : entries) {
            List<String> row = appendix.stream().filter(r -> r.get(1).equals(e.get("schoolName"))).findFirst().orElseThrow();
            for (Map<String, Object> year : (List<Map<String, Object>>) e.get("evidence")) {
                assertThat(row.get(4)).contains((String) year.get("academicYear"));
                assertThat(row.get(3)).contains(year.get("academicYear") + ": ");
                ((List<Map<String, Object>>) year.get("checks")).stream().filter(c -> Boolean.TRUE.equals(c.get("met")))
                        .forEach(c -> assertThat(row.get(3)).contains(c.get("indicatorCode") + " = "));
            }
        }
        byte[] pdf = download("analyst.krasnoyarsk", path, "pdf");
        String text = pdfText(pdf);
        assertThat(text).contains("ПРОЕКТ", "ПРИКАЗ", "ПРИКАЗЫВАЮ:", "Критерии, которым отвечает организация");
        entries.forEach(e -> assertThat(text).contains(spaced((String) e.get("schoolName"))));
        DocumentFiles.firstPage(pdf, "list-order-draft");
        // a school sees nothing of a draft list, nor another region's analyst
        Api.as("school.lesosibirsk1").get(path).then().statusCode(404).contentType("application/problem+json");
        Api.as("analyst.crimea").get(path).then().statusCode(404).contentType("application/problem+json");

        long authority = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK)).get("/api/v1/bodies").then()
                .extract().jsonPath().getLong("items[0].id");
        Api.as("analyst.krasnoyarsk").body(Map.of("orderNumber", "515", "orderDate", "2070-12-20", "orderBodyId", authority,
                "version", list.get("version"))).post("/api/v1/school-lists/" + id + "/approval").then().statusCode(200);
        byte[] approved = download("analyst.krasnoyarsk", path, "pdf");
        String approvedText = pdfText(approved);
        assertThat(approvedText).doesNotContain("ПРОЕКТ").contains("20.12.2070", "№ 515", "от 20.12.2070 № 515");
        DocumentFiles.firstPage(approved, "list-order-approved");
        assertThat(paragraphs(download("school.lesosibirsk1", path, "docx"))).doesNotContain("ПРОЕКТ");
    }

    @Test
    void theAnnualReportNamesEveryMeasureWithItsStatusReportsAndFiles_andWhatWasOverdue() {
        Map<String, Object> input = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        long id = Plans.approvedRoadmap(input);
        long measure = Plans.firstMeasure(id);
        Plans.report(Plans.multipartAs("coord.kerch"), "/api/v1/roadmaps/" + id + "/measures/" + measure + "/reports",
                "Собеседования проведены с 5 руководителями", "IN_PROGRESS").then().statusCode(201);
        String path = "/api/v1/roadmaps/" + id + "/annual-report";

        byte[] docx = download("coord.kerch", path + "?year=2026", "docx");
        List<String> p = paragraphs(docx).stream().filter(s -> !s.isBlank()).toList();
        assertThat(p).containsSubsequence("Годовая аналитическая информация", "о реализации «" + input.get("title") + "» за 2026 год",
                "1. Выполнение мероприятий", "2. Целевые показатели", "3. Мероприятия, не выполненные в срок");
        assertThat(String.join(" ", p)).contains("не позднее 25 января 2027 года");
        List<List<String>> measures = tables(docx).get(0);
        assertThat(measures.get(0)).containsExactly("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные", "Статус",
                "Отчеты и подтверждающие материалы");
        assertThat(measures).hasSize(3);
        assertThat(measures.get(1).subList(0, 5)).containsExactly("1.", "Собеседования с руководителями школ", "Октябрь 2026 г. Октябрь 2027 г.",
                "Управление образования, Общеобразовательные организации", "выполняется");
        assertThat(measures.get(1).get(5)).contains("Собеседования проведены с 5 руководителями", "protocol.pdf");
        assertThat(measures.get(2).subList(0, 5)).containsExactly("2.", "Семинар по обмену опытом", "весь период", "Управление образования",
                "запланировано");
        assertThat(measures.get(2).get(5)).isEqualTo("отчетов нет");

        byte[] pdf = download("coord.kerch", path + "?year=2026", "pdf");
        assertThat(pdfText(pdf)).contains("Годовая аналитическая информация", "за 2026 год", "Собеседования с руководителями школ", "выполняется",
                "protocol.pdf", "Семинар по обмену опытом", "запланировано");
        DocumentFiles.firstPage(pdf, "annual-report");
        // a year outside the plan's period is refused; another municipality sees nothing
        Api.as("coord.kerch").queryParam("year", 2030).get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        Api.as("coord.slavsk").get(path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theAnnualReportsDeadlineIsInTheOwnersWork_25JanuaryOfTheYearAfter_andNotInAnotherMunicipalitys() {
        Map<String, Object> input = Plans.municipalRoadmap(Api.regionId(Demo.CRIMEA), Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        long id = Plans.approvedRoadmap(input);
        int year = java.time.LocalDate.now().isAfter(java.time.LocalDate.of(java.time.LocalDate.now().getYear(), 1, 25))
                ? java.time.LocalDate.now().getYear() : java.time.LocalDate.now().getYear() - 1;
        int reported = Math.min(Math.max(year, 2026), 2027);
        List<Map<String, Object>> work = Api.as("coord.kerch").get("/api/v1/my-work").then().statusCode(200).extract().jsonPath().getList("");
        Map<String, Object> item = work.stream().filter(w -> "ANNUAL_REPORT".equals(w.get("type")) && ((Number) w.get("planId")).longValue() == id)
                .findFirst().orElseThrow();
        assertThat(item.get("due")).isEqualTo((reported + 1) + "-01-25");
        assertThat(item.get("overdue")).isEqualTo(false);
        assertThat(item.get("text")).isEqualTo("Годовая аналитическая информация о реализации плана за " + reported + " год");
        assertThat(item.get("planTitle")).isEqualTo(input.get("title"));
        Api.as("coord.slavsk").get("/api/v1/my-work").then().statusCode(200)
                .body("findAll { it.type == 'ANNUAL_REPORT' }.planId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
        // the schools of the municipality do not write it
        Api.as("school.kerch1").get("/api/v1/my-work").then().statusCode(200)
                .body("findAll { it.type == 'ANNUAL_REPORT' }.planId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) id)));
    }

    /** The mean of the accepted VPR_F2 values of Lesosibirsk's schools in a campaign, as the report writes it. */
    /** The median of the accepted VPR_F2 values of the campaign whose sample reaches the indicator's minimum. */
    static String medianVprF2(long campaign, long indicator) {
        Object min = Monitoring.indicator(indicator).get("minSample");
        List<Map<String, Object>> rows = Api.as("coord.lesosibirsk").queryParam("size", 500).get("/api/v1/campaigns/" + campaign + "/values")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<java.math.BigDecimal> values = new java.util.ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (!"ACCEPTED".equals(row.get("status"))) {
                continue;
            }
            for (Object cell : (List<?>) row.get("values")) {
                Map<?, ?> c = (Map<?, ?>) cell;
                int sample = c.get("denominator") == null ? 0 : ((Number) c.get("denominator")).intValue();
                boolean judged = min == null || sample <= 0 || sample >= ((Number) min).intValue();
                if ("VPR_F2".equals(c.get("code")) && c.get("value") != null && judged) {
                    values.add(new java.math.BigDecimal(c.get("value").toString()));
                }
            }
        }
        values.sort(null);
        int n = values.size();
        java.math.BigDecimal median = n % 2 == 1 ? values.get(n / 2)
                : values.get(n / 2 - 1).add(values.get(n / 2)).divide(java.math.BigDecimal.valueOf(2), 4, java.math.RoundingMode.HALF_UP);
        return median.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    @Test
    void theAnnualReportGivesEachTargetIndicatorsValueBeforeThePlanAndNow() {
        long region = krasnoyarsk();
        long lesosibirsk = Api.municipalityId(Demo.LESOSIBIRSK);
        long authority = Api.as("admin").queryParam("municipalityId", lesosibirsk).get("/api/v1/bodies").then().extract().jsonPath()
                .getLong("items[0].id");
        long vprF2 = Monitoring.indicatorId(region, "VPR_F2");
        Map<String, Object> input = new java.util.HashMap<>(Map.of("title", "План повышения качества образования Лесосибирска", "level", "MUNICIPALITY",
                "regionId", region, "municipalityId", lesosibirsk, "ownerBodyId", authority, "periodFrom", "2020-09-01", "periodTo", "2021-12-31"));
        input.put("measures", List.of(Map.of("number", "1", "text", "Адресная методическая помощь школам со слабыми позициями",
                "deadlineText", "в течение 2021 года", "responsible", List.of(Map.of("label", "Отдел образования", "bodyId", authority, "allSchools", false)),
                "indicators", List.of(Map.of("indicatorId", vprF2, "targetValue", 10)))));
        long id = Api.as("coord.lesosibirsk").body(input).post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        byte[] docx = download("coord.lesosibirsk", "/api/v1/roadmaps/" + id + "/annual-report", "docx");
        List<List<String>> targets = tables(docx).get(1);
        assertThat(targets.get(0)).containsExactly("Мероприятие", "Показатель", "Целевое значение", "До начала плана", "Сейчас");
        assertThat(targets.get(1).get(0)).isEqualTo("1.");
        assertThat(targets.get(1).get(1)).startsWith("VPR_F2 — ");
        assertThat(targets.get(1).get(2)).startsWith("10");
        assertThat(targets.get(1).get(3)).isEqualTo(medianVprF2(Monitoring.campaignId(PREVIOUS_MONITORING), vprF2) + " (2019/2020)");
        assertThat(targets.get(1).get(4)).isEqualTo(medianVprF2(Monitoring.campaignId(Demo.LESOSIBIRSK_LATEST), vprF2) + " (2022/2023)");
        assertThat(String.join(" ", paragraphs(docx))).contains("за 2021 год");
    }

    @Test
    void theSlavskAnnualReportIsForTheLastYearOfItsPeriod_withWhatWasOverdueAndWhy() {
        long slavsk = Api.as("coord.slavsk").queryParam("municipalityId", Api.municipalityId(Demo.SLAVSK)).get("/api/v1/roadmaps").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        byte[] docx = download("coord.slavsk", "/api/v1/roadmaps/" + slavsk + "/annual-report", "docx");
        List<String> p = paragraphs(docx).stream().filter(s -> !s.isBlank()).toList();
        assertThat(String.join(" ", p)).contains("за 2022 год", "не позднее 25 января 2023 года");
        assertThat(tables(docx).get(0)).hasSize(20);
        int overdue = p.indexOf("3. Мероприятия, не выполненные в срок");
        assertThat(p.get(overdue + 1)).matches("\\d+\\. .* — срок: .*; статус: .*; причина: .*");
    }

    @Test
    void theLetterOnTheLesosibirskMonitoringNamesEachSchoolsWeakAndStrongPositionsAndItsPartner() {
        long campaign = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        long run = Api.as("analyst.krasnoyarsk").body(Map.of()).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        List<Map<String, Object>> weak = Api.as("analyst.krasnoyarsk").queryParam("position", "WEAK").queryParam("size", 500)
                .get("/api/v1/analyses/" + run + "/schools").then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> strong = Api.as("analyst.krasnoyarsk").queryParam("position", "STRONG").queryParam("size", 500)
                .get("/api/v1/analyses/" + run + "/schools").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(weak).isNotEmpty();
        assertThat(strong).isNotEmpty();
        Map<String, Object> weakSchool = weak.get(0);
        Map<String, Object> partner = strong.get(0);
        var proposed = Api.as("coord.lesosibirsk").body(Map.of("weakSchoolId", weakSchool.get("schoolId"), "partnerSchoolId", partner.get("schoolId"),
                "analysisRunId", run, "planDue", "2020-11-25")).post("/api/v1/partnerships").then().statusCode(anyOf(is(201), is(409))).extract();
        try {
            letterNamesTheSchoolsAndThePartner(campaign, weak, strong, weakSchool, partner);
        } finally {
            // the pair is PartnershipTest's first suggestion too: closed, it does not stand in the way of a new one
            if (proposed.statusCode() == 201) {
                long id = proposed.jsonPath().getLong("id");
                Object version = Api.as("admin").get("/api/v1/partnerships/" + id).then().statusCode(200).extract().path("version");
                Api.as("admin").body(Map.of("to", "CLOSED", "version", version, "comment", "Закрыто после проверки письма"))
                        .post("/api/v1/partnerships/" + id + "/transitions").then().statusCode(200);
            }
        }
    }

    private static void letterNamesTheSchoolsAndThePartner(long campaign, List<Map<String, Object>> weak, List<Map<String, Object>> strong,
                                                           Map<String, Object> weakSchool, Map<String, Object> partner) {
        String path = "/api/v1/campaigns/" + campaign + "/letter";

        byte[] docx = download("coord.lesosibirsk", path, "docx");
        List<String> p = paragraphs(docx).stream().filter(s -> !s.isBlank()).toList();
        assertThat(p).containsSubsequence("Информационное письмо", "по итогам мониторинга «" + Demo.LESOSIBIRSK_MONITORING + "» (2020/2021 учебный год)",
                "1. Общеобразовательные организации, показавшие слабые позиции", "2. Общеобразовательные организации, показавшие высокие позиции",
                "3. Что необходимо сделать");
        List<List<String>> weakTable = tables(docx).get(0);
        assertThat(weakTable.get(0)).containsExactly("№ п/п", "Организация", "Муниципальное образование", "Слабые позиции", "Сильные позиции",
                "Школа-партнер");
        assertThat(weakTable.subList(1, weakTable.size()).stream().map(r -> r.get(1)))
                .containsExactlyInAnyOrderElementsOf(weak.stream().map(s -> (String) s.get("schoolName")).toList());
        List<String> row = weakTable.stream().filter(r -> r.get(1).equals(weakSchool.get("schoolName"))).findFirst().orElseThrow();
        assertThat(row.get(5)).contains((String) partner.get("schoolName"));
        assertThat(row.get(3)).isNotEqualTo("—");
        assertThat(tables(docx).get(1).subList(1, tables(docx).get(1).size()).stream().map(r -> r.get(1)))
                .containsExactlyInAnyOrderElementsOf(strong.stream().map(s -> (String) s.get("schoolName")).toList());
        assertThat(String.join(" ", p)).contains("Планы взаимодействия необходимо подготовить до ");

        byte[] pdf = download("coord.lesosibirsk", path, "pdf");
        String text = pdfText(pdf);
        assertThat(text).contains("Информационное письмо", "слабые позиции", spaced((String) weakSchool.get("schoolName")),
                spaced((String) partner.get("schoolName")));
        DocumentFiles.firstPage(pdf, "campaign-letter");
        Api.as("coord.kerch").get(path).then().statusCode(404).contentType("application/problem+json");
        Api.asIntegrator().get(path).then().statusCode(403);
    }
}
