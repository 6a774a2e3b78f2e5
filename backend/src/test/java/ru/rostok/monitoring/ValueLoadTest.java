package ru.rostok.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

/** Integrators and analysts load values in bulk: all or nothing, idempotent, and exports give them back. */
@QuarkusTest
class ValueLoadTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    long campaign;

    @BeforeEach
    void openRegionalCampaign() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Map<String, Object> input = Monitoring.campaignInput(crimea, null, Api.bodyId("9134604040"), null,
                List.of(Monitoring.indicatorId(crimea, "VPR_F2"), Monitoring.indicatorId(crimea, "CTX_STUDENTS"),
                        Monitoring.indicatorId(crimea, "OBJ_OBSERVED")), true);
        input.put("municipalityId", null);
        campaign = Monitoring.openCampaign(input);
    }

    static Map<String, Object> value(String inn, String code, Object value, Integer numerator, Integer denominator) {
        Map<String, Object> v = new java.util.HashMap<>();
        v.put("schoolInn", inn);
        v.put("indicatorCode", code);
        v.put("value", value);
        v.put("numerator", numerator);
        v.put("denominator", denominator);
        return v;
    }

    List<Map<String, Object>> batch() {
        return List.of(value(Demo.KERCH_SCHOOL_1_INN, "VPR_F2", null, 5, 40), value(Demo.KERCH_SCHOOL_1_INN, "CTX_STUDENTS", 922, null, null),
                value(Demo.KERCH_GYMNASIUM_2_INN, "VPR_F2", null, 1, 25), value(Demo.KERCH_GYMNASIUM_2_INN, "OBJ_OBSERVED", 1, null, null));
    }

    @Test
    void theSameBatchSentTwiceChangesNothingTheSecondTime() {
        Api.asIntegrator().body(batch()).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200)
                .body("rows", equalTo(4)).body("created", equalTo(4)).body("updated", equalTo(0));
        long version = Monitoring.version(campaign, Api.schoolId(Demo.KERCH_SCHOOL_1_INN));
        Api.asIntegrator().body(batch()).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(4));
        assertThat(Monitoring.version(campaign, Api.schoolId(Demo.KERCH_SCHOOL_1_INN))).isEqualTo(version);
        Api.as("admin").get(Monitoring.submissionPath(campaign, Api.schoolId(Demo.KERCH_SCHOOL_1_INN))).then()
                .body("values.find { it.code == 'VPR_F2' }.value", equalTo(12.5f))
                .body("values.find { it.code == 'VPR_F2' }.numerator", equalTo(5));
    }

    @Test
    void aBatchWithBadRowsIsRefusedWholeWithEveryRowNamed() {
        List<Map<String, Object>> bad = new ArrayList<>(batch());
        bad.add(value("0000000000", "VPR_F2", null, 1, 2));
        bad.add(value(Demo.KERCH_SCHOOL_1_INN, "NO_SUCH", 1, null, null));
        bad.add(value(Demo.KERCH_GYMNASIUM_2_INN, "CTX_STUDENTS", null, 30, 20));
        bad.add(value(Demo.SLAVSK_SCHOOL_1_INN, "VPR_F2", null, 1, 2));
        Api.asIntegrator().body(bad).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(4, 5, 6, 7)))
                .body("errors[0].message", containsString("0000000000"));
        Api.as("analyst.crimea").get("/api/v1/campaigns/" + campaign + "/progress").then().body("total.draft", equalTo(0));
    }

    @Test
    void aBulkLoadDoesNotRewriteWhatASchoolHandedIn_unlessTheCallerMayReopenIt_andEachSubmissionIsAudited() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        List<Map<String, Object>> complete = new ArrayList<>(batch());
        complete.add(value(Demo.KERCH_SCHOOL_1_INN, "OBJ_OBSERVED", 0, null, null));
        Api.asIntegrator().body(complete).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200);
        Monitoring.submitAsAdmin(campaign, school);
        long version = Monitoring.version(campaign, school);

        List<Map<String, Object>> changed = List.of(value(Demo.KERCH_GYMNASIUM_2_INN, "VPR_F2", null, 2, 25),
                value(Demo.KERCH_SCHOOL_1_INN, "VPR_F2", null, 1, 40), value(Demo.KERCH_SCHOOL_1_INN, "CTX_STUDENTS", 922, null, null));
        Api.asIntegrator().body(changed).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.row", equalTo(List.of(1))).body("errors[0].message", containsString("сдан"));
        assertThat(Monitoring.version(campaign, school)).isEqualTo(version);
        Api.as("admin").get(Monitoring.submissionPath(campaign, school)).then()
                .body("status", equalTo("SUBMITTED")).body("values.find { it.code == 'VPR_F2' }.numerator", equalTo(5));
        Api.as("admin").get(Monitoring.submissionPath(campaign, Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN))).then()
                .body("values.find { it.code == 'VPR_F2' }.numerator", equalTo(1));

        // the same values again change nothing and are not refused; an analyst, who may reopen, may correct them
        Api.asIntegrator().body(complete).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200).body("unchanged", equalTo(5));
        Api.as("analyst.crimea").body(changed).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200)
                .body("updated", equalTo(2));
        List<Map<String, Object>> events = Api.as("analyst.crimea").queryParam("entityType", "Submission").queryParam("size", 500)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        String campaignName = (String) Monitoring.campaign(campaign).get("name");
        String schoolName = (String) Api.school(school).get("shortName");
        // the integrator's first load and the analyst's correction, each an event of the school's submission
        assertThat(events).filteredOn(e -> "IMPORT".equals(e.get("action")) && String.valueOf(e.get("entityLabel")).equals(schoolName + " — " + campaignName))
                .extracting(e -> e.get("actor")).contains("analyst.crimea").hasSize(2);
    }

    @Test
    void csvInLongFormatLoadsAndTheExportGivesTheSameRowsBack() {
        String csv = "schoolInn,indicatorCode,value,numerator,denominator\n"
                + Demo.KERCH_SCHOOL_1_INN + ",VPR_F2,,3,30\n"
                + Demo.KERCH_SCHOOL_1_INN + ",CTX_STUDENTS,920,,\n";
        Api.as("analyst.crimea").contentType("text/csv").body(csv).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200)
                .body("created", equalTo(2));
        String exported = Api.as("analyst.crimea").queryParam("format", "csv").get("/api/v1/campaigns/" + campaign + "/values/export")
                .then().statusCode(200).extract().asString();
        assertThat(exported).contains(Demo.KERCH_SCHOOL_1_INN + ",VPR_F2,10,3,30", Demo.KERCH_SCHOOL_1_INN + ",CTX_STUDENTS,920,,");
        // the export, sent back as it is, changes nothing
        Api.as("analyst.crimea").contentType("text/csv").body(exported).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200)
                .body("unchanged", equalTo(2));
        Api.as("analyst.crimea").contentType("text/csv").body("school,code\n1,2\n").post("/api/v1/campaigns/" + campaign + "/values")
                .then().statusCode(422).body("errors[0].message", containsString("schoolInn"));
    }

    @Test
    void aCoordinatorsExportHoldsOnlyTheMunicipalitysSchools() {
        List<Map<String, Object>> both = List.of(value(Demo.KERCH_SCHOOL_1_INN, "CTX_STUDENTS", 900, null, null),
                value(feodosiaInn(), "CTX_STUDENTS", 500, null, null));
        Api.as("analyst.crimea").body(both).post("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200);
        String export = Api.as("coord.kerch").queryParam("format", "csv").get("/api/v1/campaigns/" + campaign + "/values/export")
                .then().statusCode(200).extract().asString();
        assertThat(export).contains(Demo.KERCH_SCHOOL_1_INN).doesNotContain(feodosiaInn());
        Api.as("coord.kerch").get("/api/v1/campaigns/" + campaign + "/values").then().statusCode(200)
                .body("items.municipalityName", org.hamcrest.Matchers.everyItem(equalTo("Городской округ Керчь")))
                .body("total", equalTo(Api.schoolCount(Api.municipalityId(Demo.KERCH))));
    }

    String feodosiaInn() {
        long feodosia = Api.municipalityId(Demo.FEODOSIA);
        return Api.as("admin").queryParam("municipalityId", feodosia).get("/api/v1/schools").then().extract().path("items[0].inn");
    }

    @Test
    void theTemplateListsSchoolsAndIndicatorsAndTheFilledTemplateLoadsAllOrNothing() throws IOException {
        byte[] template = Api.as("analyst.crimea").get("/api/v1/campaigns/" + campaign + "/template").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template)); Stream<Row> s = wb.getFirstSheet().openStream()) {
            rows = s.toList();
        }
        assertThat(rows.get(0).getCellText(3)).isEqualTo("VPR_F2:числитель");
        assertThat(rows.get(0).getCellText(4)).isEqualTo("VPR_F2:знаменатель");
        assertThat(rows.get(0).getCellText(5)).isEqualTo("CTX_STUDENTS");
        assertThat(rows.get(2).getCellText(5)).isEqualTo("чел.");
        assertThat(rows.stream().skip(3).map(r -> r.getCellText(0)).toList()).contains(Demo.KERCH_SCHOOL_1_INN, Demo.KERCH_GYMNASIUM_2_INN);

        byte[] bad = sheet(new Object[][] {{Demo.KERCH_SCHOOL_1_INN, 5, 40, 922}, {Demo.KERCH_GYMNASIUM_2_INN, 50, 40, "много"}});
        Api.as("analyst.crimea").contentType(XLSX).body(bad).post("/api/v1/campaigns/" + campaign + "/import").then().statusCode(422)
                .body("errors.row", equalTo(List.of(5, 5)))
                .body("errors.column", hasItem("D (CTX_STUDENTS)"));
        Api.as("admin").get(Monitoring.submissionPath(campaign, Api.schoolId(Demo.KERCH_SCHOOL_1_INN))).then().body("status", equalTo("NOT_STARTED"));

        byte[] good = sheet(new Object[][] {{Demo.KERCH_SCHOOL_1_INN, 5, 40, 922}, {Demo.KERCH_GYMNASIUM_2_INN, 2, 40, null}});
        Api.as("analyst.crimea").contentType(XLSX).body(good).post("/api/v1/campaigns/" + campaign + "/import").then().statusCode(200)
                .body("created", equalTo(3));
        Api.as("admin").get(Monitoring.submissionPath(campaign, Api.schoolId(Demo.KERCH_SCHOOL_1_INN))).then()
                .body("status", equalTo("DRAFT")).body("values.find { it.code == 'CTX_STUDENTS' }.value", equalTo(922.0f));
    }

    static byte[] sheet(Object[][] rows) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Значения");
            String[] header = {"ИНН", "VPR_F2:числитель", "VPR_F2:знаменатель", "CTX_STUDENTS"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        ws.value(r + 3, c, n);
                    } else if (v != null) {
                        ws.value(r + 3, c, v.toString());
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        }
    }
}
