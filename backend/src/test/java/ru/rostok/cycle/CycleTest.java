package ru.rostok.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Plans;

/**
 * The management cycle over the API, on a region built for the test whose answers are known, and the scope on the demo's
 * Crimea: the analyst sees their region, a coordinator their own row, a school and an integrator nothing.
 */
@QuarkusTest
class CycleTest {
    static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'", Locale.forLanguageTag("ru"));

    @Inject
    AgroalDataSource db;

    long region;
    long listedTwo;
    long withoutPlan;
    long withoutSchools;
    long authority;
    long schoolWithPlan;
    long schoolWithoutPlan;

    @BeforeEach
    void aRegionWithKnownAnswers() throws SQLException {
        String code = Api.newRegionCode();
        region = Api.as("admin").body(Map.of("code", code, "name", "Тестовый субъект " + code)).post("/api/v1/regions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        listedTwo = municipality("Первый округ");
        withoutPlan = municipality("Второй округ");
        withoutSchools = municipality("Третий округ");
        authority = Api.as("admin").body(Map.of("inn", Api.newInn(), "kind", "EDUCATION_AUTHORITY", "shortName", "УО Первого округа",
                        "fullName", "Управление образования Первого округа", "regionId", region, "municipalityId", listedTwo))
                .post("/api/v1/bodies").then().statusCode(201).extract().jsonPath().getLong("id");
        schoolWithPlan = school(listedTwo);
        schoolWithoutPlan = school(listedTwo);
        school(withoutPlan);
        // the region's list of this year, approved by order, has both schools of the first municipality
        try (Connection c = db.getConnection(); PreparedStatement list = c.prepareStatement("""
                insert into school_list (region_id, kind, year, year_to, title, status, rule, campaign_ids, exit_years, order_number,
                                         order_date, approved_by, approved_at)
                values (?, 'LOW_RESULTS', ?, ?, 'Перечень ШНОР', 'APPROVED', '{}', '[]', 2, '15-од', ?, 'admin', now()) returning id""")) {
            list.setLong(1, region);
            list.setInt(2, LocalDate.now().getYear());
            list.setInt(3, LocalDate.now().getYear());
            list.setObject(4, LocalDate.now().minusDays(30));
            var rs = list.executeQuery();
            rs.next();
            long listId = rs.getLong(1);
            for (long school : List.of(schoolWithPlan, schoolWithoutPlan)) {
                try (PreparedStatement entry = c.prepareStatement(
                        "insert into school_list_entry (list_id, school_id, source, included, reason) values (?, ?, 'RULE', true, 'правило')")) {
                    entry.setLong(1, listId);
                    entry.setLong(2, school);
                    entry.executeUpdate();
                }
            }
            try (PreparedStatement p = c.prepareStatement("insert into partnership (region_id, municipality_id, weak_school_id, partner_school_id, "
                    + "status) values (?, ?, ?, ?, 'AGREED')")) {
                p.setLong(1, region);
                p.setLong(2, listedTwo);
                p.setLong(3, schoolWithPlan);
                p.setLong(4, schoolWithoutPlan);
                p.executeUpdate();
            }
        }
    }

    long municipality(String name) {
        String oktmo = String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000));
        return Api.as("admin").body(Map.of("regionId", region, "oktmo", oktmo, "name", name, "kind", "MUNICIPAL_OKRUG"))
                .post("/api/v1/municipalities").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long school(long municipality) {
        return Api.as("admin").body(Api.newSchool(municipality)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An approved municipal roadmap: one measure due ten days ago and not reported, one due today and reported today. */
    long municipalRoadmap() {
        Map<String, Object> input = Plans.municipalRoadmap(region, listedTwo, authority);
        input.put("periodFrom", LocalDate.now().minusYears(1).toString());
        input.put("periodTo", LocalDate.now().plusYears(1).toString());
        input.put("approvalDate", LocalDate.now().minusYears(1).toString());
        List<Map<String, Object>> responsible = List.of(Map.of("label", "Управление образования", "bodyId", authority, "allSchools", false));
        input.put("measures", List.of(
                Map.of("number", "1", "text", "Совещание с руководителями школ", "deadlineText", "до " + WORDS.format(LocalDate.now().minusDays(10)),
                        "responsible", responsible),
                Map.of("number", "2", "text", "Семинар по обмену опытом", "deadlineText", "до " + WORDS.format(LocalDate.now()),
                        "responsible", responsible)));
        long id = Plans.approvedRoadmap(input);
        JsonPath plan = Api.as("admin").get("/api/v1/roadmaps/" + id).then().statusCode(200).extract().jsonPath();
        long second = plan.getLong("measures[1].id");
        Plans.report(Plans.multipartAs("admin"), "/api/v1/roadmaps/" + id + "/measures/" + second + "/reports", "Семинар проведён", "DONE")
                .then().statusCode(201);
        return id;
    }

    long schoolRoadmap(long school) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", "Дорожная карта школы");
        input.put("level", "SCHOOL");
        input.put("regionId", region);
        input.put("municipalityId", listedTwo);
        input.put("schoolId", school);
        input.put("periodFrom", LocalDate.now().minusMonths(3).toString());
        input.put("periodTo", LocalDate.now().plusMonths(9).toString());
        input.put("approvalKind", "ORDER");
        input.put("approvalNumber", "12");
        input.put("approvalDate", LocalDate.now().minusMonths(3).toString());
        input.put("measures", List.of(Map.of("number", "1", "text", "Диагностика дефицитов", "deadlineText", "весь период",
                "responsible", List.of(Map.of("label", "Школа", "allSchools", true)))));
        long id = Api.as("admin").body(input).post("/api/v1/roadmaps").then().log().ifValidationFails().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as("admin").body(Map.of("to", "APPROVED", "version", Plans.roadmap(id).get("version"))).post("/api/v1/roadmaps/" + id + "/transitions")
                .then().log().ifValidationFails().statusCode(200);
        return id;
    }

    static Map<String, Object> cell(JsonPath row, String position) {
        return row.getMap("cells.find { it.position == '" + position + "' }");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> link(Map<String, Object> cell) {
        return (Map<String, Object>) cell.get("link");
    }

    JsonPath row(String user, long municipality) {
        return Api.as(user).get("/api/v1/municipalities/" + municipality + "/cycle").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachPositionCountsWhatTheDataHolds() {
        long plan = municipalRoadmap();
        schoolRoadmap(schoolWithPlan);

        JsonPath first = row("admin", listedTwo);
        assertThat(cell(first, "MUNICIPAL_ROADMAP")).containsEntry("state", "DONE");
        assertThat(link(cell(first, "MUNICIPAL_ROADMAP"))).containsEntry("kind", "ROADMAP").containsEntry("id", (int) plan);
        assertThat(cell(first, "SCHOOL_ROADMAPS")).containsEntry("state", "PARTIAL").containsEntry("text", "1 из 2");
        assertThat(cell(first, "PARTNERS")).containsEntry("state", "PARTIAL").containsEntry("text", "1 из 2");
        assertThat(cell(first, "REPORTS_ON_TIME")).containsEntry("state", "PARTIAL").containsEntry("done", 1).containsEntry("of", 2);
        assertThat(cell(first, "LIST_APPROVED")).containsEntry("state", "DONE");
        assertThat((String) cell(first, "LIST_APPROVED").get("note")).contains("приказ № 15-од");
        assertThat(cell(first, "MONITORED")).containsEntry("state", "MISSING");
        assertThat(cell(first, "EFFECT_ASSESSED")).containsEntry("state", "MISSING").containsEntry("text", "0 из 2");
        assertThat((String) cell(first, "MONITORED").get("todo")).isNotBlank();

        JsonPath second = row("admin", withoutPlan);
        assertThat(cell(second, "MUNICIPAL_ROADMAP")).containsEntry("state", "MISSING");
        assertThat(link(cell(second, "MUNICIPAL_ROADMAP"))).containsEntry("kind", "ROADMAPS").containsEntry("municipalityId", (int) withoutPlan);
        assertThat(cell(second, "SCHOOL_ROADMAPS")).containsEntry("state", "NOT_APPLICABLE");
        assertThat(cell(second, "REPORTS_ON_TIME")).containsEntry("state", "NOT_APPLICABLE");

        JsonPath third = row("admin", withoutSchools);
        assertThat(cell(third, "MONITORED")).containsEntry("state", "NOT_APPLICABLE");

        // the total: done 2 (list, municipal roadmap), partial 3 (school roadmaps, partners, reports) as halves, of 9 applicable
        assertThat(first.getDouble("done")).isEqualTo(3.5);
        assertThat(first.getInt("applicable")).isEqualTo(9);

        JsonPath matrix = Api.as("admin").queryParam("regionId", region).queryParam("sort", "-total").get("/api/v1/cycle")
                .then().statusCode(200).body("rows", hasSize(3)).body("positions", hasSize(10)).extract().jsonPath();
        assertThat(matrix.getLong("rows[0].municipalityId")).isEqualTo(listedTwo);
        List<Long> byRoadmap = Api.as("admin").queryParam("regionId", region).queryParam("sort", "municipalRoadmap").get("/api/v1/cycle")
                .then().statusCode(200).extract().jsonPath().getList("rows.municipalityId", Long.class);
        assertThat(byRoadmap.get(byRoadmap.size() - 1)).isEqualTo(listedTwo);
        Api.as("admin").queryParam("regionId", region).queryParam("sort", "colour").get("/api/v1/cycle").then().statusCode(400);
    }

    @Test
    void theCollegiumsAssessmentOfTheAuthorityShowsInTheMatrix_withItsDecision() {
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(region, listedTwo, authority));
        long id = ((Number) decision.get("id")).longValue();
        Object version = decision.get("version");
        Api.as("admin").body(Map.of("version", version, "assessments", List.of(Map.of("verdict", "SATISFACTORY"))))
                .put("/api/v1/decisions/" + id + "/assessments").then().statusCode(400);
        Api.as("admin").body(Map.of("version", version, "assessments", List.of(Map.of("bodyId", authority, "verdict", "UNSATISFACTORY",
                        "words", "признать работу неудовлетворительной"))))
                .put("/api/v1/decisions/" + id + "/assessments").then().statusCode(200)
                .body("items[0].verdictLabel", equalTo("неудовлетворительно")).body("items[0].bodyName", equalTo("УО Первого округа"));
        // the decision's version moved: the old one is stale
        Api.as("admin").body(Map.of("version", version, "assessments", List.of()))
                .put("/api/v1/decisions/" + id + "/assessments").then().statusCode(409);

        JsonPath first = row("admin", listedTwo);
        assertThat(first.getString("assessment.verdict")).isEqualTo("UNSATISFACTORY");
        assertThat(first.getLong("assessment.decisionId")).isEqualTo(id);
        assertThat(first.getString("assessment.decisionNumber")).isEqualTo(decision.get("number"));
        assertThat(row("admin", withoutPlan).getString("assessment")).isNull();
        Api.as("analyst.crimea").get("/api/v1/decisions/" + id + "/assessments").then().statusCode(404);
    }

    @Test
    void theDemoKerchShowsTheSatisfactoryAssessmentOfDecision5_3() {
        long kerch = Api.municipalityId(Demo.KERCH);
        JsonPath row = row("analyst.crimea", kerch);
        assertThat(row.getString("assessment.verdict")).isEqualTo("SATISFACTORY");
        assertThat(row.getString("assessment.decisionNumber")).isEqualTo("5/3");
    }

    @Test
    void eachCrimeanMunicipalitysAnswerToTheMonitoringOfMunicipalitiesIsAPosition_linkedToItsForm() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long campaign = Api.as("analyst.crimea").queryParam("respondent", "MUNICIPALITY").queryParam("regionId", crimea)
                .get("/api/v1/campaigns").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        JsonPath progress = Api.as("analyst.crimea").get("/api/v1/campaigns/" + campaign + "/municipalities").then().statusCode(200)
                .extract().jsonPath();
        for (long kerchOrFeodosia : List.of(Api.municipalityId(Demo.KERCH), Api.municipalityId(Demo.FEODOSIA))) {
            String status = progress.getString("municipalities.find { it.municipalityId == " + kerchOrFeodosia + " }.status");
            JsonPath cell = new JsonPath(row("analyst.crimea", kerchOrFeodosia).prettify())
                    .setRootPath("cells.find { it.position == 'MUNICIPALITY_REPORTED' }");
            String expected = switch (status) {
                case "ACCEPTED" -> "DONE";
                case "SUBMITTED" -> "PARTIAL";
                default -> "MISSING";
            };
            assertThat(cell.getString("state")).as("%s answered %s", kerchOrFeodosia, status).isEqualTo(expected);
            assertThat(cell.getString("link.kind")).isEqualTo("MUNICIPAL_SUBMISSION");
            assertThat(cell.getLong("link.campaignId")).isEqualTo(campaign);
            assertThat(cell.getLong("link.municipalityId")).isEqualTo(kerchOrFeodosia);
        }
        // a region that has asked no municipality leaves the position out of the total
        JsonPath built = row("admin", listedTwo);
        assertThat(built.getString("cells.find { it.position == 'MUNICIPALITY_REPORTED' }.state")).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void theCoordinatorSeesOnlyTheirOwnRow_theAnalystOnlyTheirRegion() {
        long kerch = Api.municipalityId(Demo.KERCH);
        long feodosia = Api.municipalityId(Demo.FEODOSIA);
        long lesosibirsk = Api.municipalityId(Demo.LESOSIBIRSK);
        long crimea = Api.regionId(Demo.CRIMEA);

        Api.as("coord.kerch").get("/api/v1/cycle").then().statusCode(200).body("rows", hasSize(1))
                .body("rows[0].municipalityId", equalTo((int) kerch));
        row("coord.kerch", kerch);
        Api.as("coord.kerch").get("/api/v1/municipalities/" + feodosia + "/cycle").then().statusCode(404);

        Api.as("analyst.crimea").get("/api/v1/cycle").then().statusCode(200)
                .body("rows.regionId", everyItem(equalTo((int) crimea)))
                .body("rows.municipalityId", hasItem((int) kerch)).body("rows.municipalityId", hasItem((int) feodosia))
                .body("rows.municipalityId", not(hasItem((int) lesosibirsk)));
        Api.as("analyst.crimea").get("/api/v1/municipalities/" + lesosibirsk + "/cycle").then().statusCode(404);
        Api.as("analyst.crimea").queryParam("regionId", region).get("/api/v1/cycle").then().statusCode(404);
        Api.as("analyst.crimea").get("/api/v1/municipalities/" + listedTwo + "/cycle").then().statusCode(404);

        Api.as("school.kerch1").get("/api/v1/cycle").then().statusCode(403);
        Api.as("school.kerch1").get("/api/v1/municipalities/" + kerch + "/cycle").then().statusCode(403);
        Api.asIntegrator().get("/api/v1/cycle").then().statusCode(403);
    }

    @Test
    void theXlsxHasTheHeadersAndARowPerMunicipality() throws IOException {
        municipalRoadmap();
        byte[] xlsx = Api.as("admin").queryParam("regionId", region).get("/api/v1/cycle/export").then().statusCode(200).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all.get(0).getCellText(0)).isEqualTo("Муниципальное образование");
            assertThat(all.get(0).getCellText(2)).isEqualTo("Школы прошли мониторинг");
            assertThat(all.get(0).getCellText(5)).isEqualTo("Муниципальная дорожная карта");
            assertThat(all.get(0).getCellText(11)).isEqualTo("Муниципалитет ответил на мониторинг");
            assertThat(all.get(0).getCellText(12)).isEqualTo("Итого");
            assertThat(all.subList(1, 4).stream().map(r -> r.getCellText(0)).toList())
                    .containsExactly("Второй округ", "Первый округ", "Третий округ");
            assertThat(all.get(2).getCellText(5)).isEqualTo("✔ выполнено");
            assertThat(all.get(1).getCellText(5)).isEqualTo("✖ нет");
        }
        Api.as("coord.kerch").get("/api/v1/cycle/export").then().statusCode(200);
        Api.as("school.kerch1").get("/api/v1/cycle/export").then().statusCode(403);
    }
}
