package ru.rostok.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;
import ru.rostok.support.Tokens;
import ru.rostok.support.Xlsx;

/**
 * What a hostile or careless caller sends: numbers with a hundred million zeros, texts and lists without end,
 * workbooks that inflate to gigabytes, bodies without a length, page numbers past int, formulas in names.
 * Each is refused at once with problem+json naming what was wrong, and nothing is written.
 * (A test that would hang on an unguarded server has a timeout, so that it fails instead; it is generous because
 * these machines are shared and slow, and the requests it guards against hold a worker for minutes.)
 */
@QuarkusTest
class HostileInputTest {
    static final String HUGE = "1e99999999";
    static final String TINY = "1e-99999999";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String NUMBER = "\"@number@\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as JSON with every "@number@" replaced by the raw number literal. */
    private static RestAssuredConfig before;

    // an unguarded server holds the request for minutes; the client gives up first, so the test fails instead of hanging
    @BeforeAll
    static void giveUpOnStalledRequests() {
        before = RestAssured.config;
        RestAssured.config = RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 15_000).setParam("http.connection.timeout", 5_000));
    }

    @BeforeEach
    void signIn() {
        for (String user : List.of("admin", "school.kerch1", "coord.kerch", "analyst.crimea")) {
            Tokens.of(user);
        }
        Tokens.integrator();
    }

    @AfterAll
    static void restore() {
        RestAssured.config = before;
    }

    static String json(Object body, String number) {
        try {
            return JSON.writeValueAsString(body).replace(NUMBER, number);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    static ValidatableResponse refused(Response response, int status, String field) {
        return response.then().statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    static long auditEvents() {
        return Api.as("admin").queryParam("size", 1).get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    long kerchCampaign(long... indicators) {
        long crimea = Api.regionId(Demo.CRIMEA);
        return Monitoring.openCampaign(Monitoring.campaignInput(crimea, Api.municipalityId(Demo.KERCH),
                Api.bodyId(Demo.KERCH_AUTHORITY_INN), List.of(Api.schoolId(Demo.KERCH_SCHOOL_1_INN)),
                java.util.Arrays.stream(indicators).boxed().toList(), true));
    }

    // ------------------------------------------------------------------ 1. huge and tiny numbers

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNumberWithAHundredMillionZerosInAFormIsRefusedAtOnceNamingItsField() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long students = Monitoring.indicatorId(crimea, "CTX_STUDENTS");
        long vpr = Monitoring.indicatorId(crimea, "VPR_F2");
        long campaign = kerchCampaign(students);
        String path = Monitoring.submissionPath(campaign, school);
        long events = auditEvents();
        Map<String, Object> measure = new HashMap<>(Map.of("number", "1", "text", "Снизить долю отметок «2» по ВПР",
                "indicators", List.of(Map.of("indicatorId", vpr, "targetValue", "@number@"))));
        Map<String, Object> roadmap = with(Plans.municipalRoadmap(crimea, Api.municipalityId(Demo.KERCH), Api.bodyId(Demo.KERCH_AUTHORITY_INN)),
                "measures", List.of(measure));
        Map<String, Object> rule = Map.of("regionId", crimea, "kind", "LOW_RESULTS", "name", "Порог без конца", "minMatches", 1,
                "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", "@number@")));
        Map<String, Object> condition = Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 10, "weight", 1);
        Map<String, Object> factor = Map.of("regionId", crimea, "name", "Фактор без конца", "lowAt", 1, "mediumAt", 2, "highAt", 3,
                "conditions", List.of(condition));

        for (String n : List.of(HUGE, TINY)) {
            refused(Api.as("school.kerch1").body(json(Map.of("version", 0, "values",
                    List.of(Map.of("indicatorId", students, "value", "@number@"))), n)).put(path), 400, "values[0].value");
            refused(Api.as("analyst.crimea").body(json(with(Monitoring.newIndicator(crimea), "minValue", "@number@"), n))
                    .post("/api/v1/indicators"), 400, "minValue");
            refused(Api.as("analyst.crimea").body(json(with(Monitoring.newIndicator(crimea), "maxValue", "@number@"), n))
                    .post("/api/v1/indicators"), 400, "maxValue");
            refused(Api.as("coord.kerch").body(json(roadmap, n)).post("/api/v1/roadmaps"), 400, "measures[0].indicators[0].targetValue");
            refused(Api.as("analyst.crimea").body(json(rule, n)).post("/api/v1/identification-rules"), 400, "conditions[0].threshold");
            for (String level : List.of("lowAt", "mediumAt", "highAt")) {
                refused(Api.as("analyst.crimea").body(json(with(factor, level, "@number@"), n)).post("/api/v1/risk-factors"), 400, level);
            }
            for (String part : List.of("threshold", "weight")) {
                refused(Api.as("analyst.crimea").body(json(with(factor, "conditions", List.of(with(condition, part, "@number@"))), n))
                        .post("/api/v1/risk-factors"), 400, "conditions[0]." + part);
            }
        }
        Api.as("school.kerch1").get(path).then().statusCode(200).body("status", equalTo("NOT_STARTED")).body("version", equalTo(0));
        assertThat(auditEvents()).isEqualTo(events);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNumberWithAHundredMillionZerosInALoadedFileIsRefusedAtOnceNamingItsRowAndColumn() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long campaign = kerchCampaign(Monitoring.indicatorId(crimea, "CTX_STUDENTS"));
        String values = "/api/v1/campaigns/" + campaign + "/values";
        long events = auditEvents();
        for (String n : List.of(HUGE, TINY)) {
            Api.asIntegrator().contentType("text/csv").body("schoolInn,indicatorCode,value\n" + Demo.KERCH_SCHOOL_1_INN + ",CTX_STUDENTS," + n + "\n")
                    .post(values).then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].row", equalTo(2)).body("errors[0].column", equalTo("value"));
            Api.asIntegrator().body(json(List.of(Map.of("schoolInn", Demo.KERCH_SCHOOL_1_INN, "indicatorCode", "CTX_STUDENTS", "value", "@number@")), n))
                    .post(values).then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].row", equalTo(0)).body("errors[0].column", equalTo("value"));
            byte[] sheet = Xlsx.of(List.of(
                    Xlsx.row(1, Xlsx.text("A1", "ИНН"), Xlsx.text("B1", "CTX_STUDENTS")),
                    Xlsx.row(4, Xlsx.text("A4", Demo.KERCH_SCHOOL_1_INN), Xlsx.number("B4", n))));
            Api.asIntegrator().contentType(XLSX).body(sheet).post("/api/v1/campaigns/" + campaign + "/import").then().statusCode(422)
                    .contentType("application/problem+json").body("errors[0].row", equalTo(4)).body("errors[0].column", equalTo("B (CTX_STUDENTS)"));
        }
        // an INN written as such a number is no INN, not a stalled worker
        byte[] sheet = Xlsx.of(List.of(
                Xlsx.row(1, Xlsx.text("A1", "ИНН"), Xlsx.text("B1", "CTX_STUDENTS")),
                Xlsx.row(4, Xlsx.number("A4", HUGE), Xlsx.number("B4", "12"))));
        Api.asIntegrator().contentType(XLSX).body(sheet).post("/api/v1/campaigns/" + campaign + "/import").then().statusCode(422)
                .body("errors[0].row", equalTo(4));
        assertThat(auditEvents()).isEqualTo(events);
        Api.as("admin").get(Monitoring.submissionPath(campaign, Api.schoolId(Demo.KERCH_SCHOOL_1_INN))).then().body("version", equalTo(0));
    }

    // ------------------------------------------------------------------ 2. texts and lists without end

    @Test
    void aDocumentPastedWithoutEndIsRefusedFieldByFieldAndNothingIsWritten() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long kerch = Api.municipalityId(Demo.KERCH);
        long authority = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long students = Monitoring.indicatorId(crimea, "CTX_STUDENTS");
        String submission = Monitoring.submissionPath(kerchCampaign(students), school);
        Map<String, Object> decision = Plans.createDecision(Plans.municipalDecision(crimea, kerch, authority));
        long point = Plans.pointId(decision, "1");
        long roadmap = Plans.approvedRoadmap(Plans.municipalRoadmap(crimea, kerch, authority));
        String novel = "Очень длинный текст. ".repeat(5_000);
        long events = auditEvents();

        refused(Api.as("coord.kerch").body(with(Plans.municipalDecision(crimea, kerch, authority), "preamble", novel))
                .post("/api/v1/decisions"), 400, "preamble");
        Map<String, Object> longPoint = Map.of("number", "1", "text", novel);
        refused(Api.as("coord.kerch").body(with(Plans.municipalDecision(crimea, kerch, authority), "points", List.of(longPoint)))
                .post("/api/v1/decisions"), 400, "points[0].text");
        Map<String, Object> measure = Map.of("number", "1", "text", "Семинар");
        refused(Api.as("coord.kerch").body(with(Plans.municipalRoadmap(crimea, kerch, authority), "measures", java.util.Collections.nCopies(501, measure)))
                .post("/api/v1/roadmaps"), 400, "measures");
        refused(Api.as("coord.kerch").body(with(Plans.municipalRoadmap(crimea, kerch, authority), "measures",
                List.of(with(measure, "expectedResult", novel)))).post("/api/v1/roadmaps"), 400, "measures[0].expectedResult");
        refused(Api.as("school.kerch1").body(Map.of("version", 0, "values", java.util.Collections.nCopies(1001, Map.of("indicatorId", students, "value", 1))))
                .put(submission), 400, "values");
        refused(Api.as("coord.kerch").body(Map.of("action", "RETURN", "comment", "Исправьте", "version", 0, "valueComments", Map.of("CTX_STUDENTS", novel)))
                .post(submission + "/review"), 400, "valueComments[CTX_STUDENTS]");
        refused(Api.as("coord.kerch").body(Map.of("newDue", "2027-12-31", "reason", novel, "version", 0))
                .post("/api/v1/decisions/" + decision.get("id") + "/points/" + point + "/extensions"), 400, "reason");
        refused(Plans.multipartAs("coord.kerch").multiPart("text", novel, "text/plain; charset=UTF-8")
                .post("/api/v1/roadmaps/" + roadmap + "/measures/" + Plans.firstMeasure(roadmap) + "/reports"), 400, "text");
        refused(Api.as("analyst.crimea").body(Map.of("regionId", crimea, "kind", "LOW_RESULTS", "name", "Все условия сразу", "minMatches", 1,
                        "conditions", java.util.Collections.nCopies(51, Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 1))))
                .post("/api/v1/identification-rules"), 400, "conditions");

        assertThat(auditEvents()).isEqualTo(events);
        Api.as("admin").get(submission).then().body("version", equalTo(0));
        Api.as("admin").get("/api/v1/roadmaps/" + roadmap).then().body("measures[0].reportCount", equalTo(0));
    }

    // ------------------------------------------------------------------ 3. workbooks that inflate without end

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWorkbookThatInflatesToHundredsOfMegabytesIsRefusedBeforeItIsRead() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long campaign = kerchCampaign(Monitoring.indicatorId(crimea, "CTX_STUDENTS"));
        long events = auditEvents();
        byte[] bomb = Xlsx.bomb(List.of(Xlsx.row(1, Xlsx.text("A1", "ИНН"), Xlsx.text("B1", "CTX_STUDENTS"))), 400L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        for (String path : List.of("/api/v1/schools/import", "/api/v1/campaigns/" + campaign + "/import")) {
            Api.as("admin").contentType(XLSX).body(bomb).post(path).then().statusCode(413).contentType("application/problem+json")
                    .body("type", equalTo("/problems/too-large"));
        }
        // a header of twenty thousand columns is no sheet of ours
        StringBuilder wide = new StringBuilder(Xlsx.text("A1", "ИНН"));
        for (int c = 1; c < 20_000; c++) {
            wide.append(Xlsx.number(column(c) + "1", String.valueOf(c)));
        }
        byte[] sheet = Xlsx.of(List.of(Xlsx.row(1, wide.toString())));
        for (String path : List.of("/api/v1/schools/import", "/api/v1/campaigns/" + campaign + "/import")) {
            Api.as("admin").contentType(XLSX).body(sheet).post(path).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].row", equalTo(1));
        }
        assertThat(auditEvents()).isEqualTo(events);
    }

    static String column(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ 4. bodies without a length, and evidence of 10 MB

    /** A body of the given size sent in chunks, without a Content-Length (REST Assured always counts its bodies first). */
    static java.net.http.HttpResponse<String> chunked(String user, String path, String contentType, String start, long size) throws Exception {
        java.util.function.Supplier<java.io.InputStream> spaces = () -> new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream(start.getBytes(java.nio.charset.StandardCharsets.UTF_8)), new java.io.InputStream() {
            long left = size;

            @Override
            public int read() {
                return left-- > 0 ? '\n' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) '\n');
                left -= n;
                return n;
            }
        });
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Tokens.of(user)).header("Content-Type", contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(spaces)).build();
        try {
            return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null; // the server may close the connection while the client is still sending
        }
    }

    @Test
    void aBodySentInChunksIsHeldToTheSameLimitAsOneWithALength() throws Exception {
        long campaign = kerchCampaign(Monitoring.indicatorId(Api.regionId(Demo.CRIMEA), "CTX_STUDENTS"));
        long events = auditEvents();
        var answer = chunked("admin", "/api/v1/schools", "application/json", "", 7L * 1024 * 1024);
        assertThat(answer).as("an answer before the connection closes").isNotNull();
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("/problems/too-large");
        // the bulk route of monitoring values takes more
        var bulk = chunked("admin", "/api/v1/campaigns/" + campaign + "/values", "text/csv", "schoolInn,indicatorCode,value\n", 7L * 1024 * 1024);
        assertThat(bulk).isNotNull();
        assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200); // read to its end: a header and empty lines
        assertThat(auditEvents()).isEqualTo(events);
    }

    @Test
    void anEvidenceFileOfTenMegabytesAsDocumentedIsTakenAndOneByteMoreIsNot() {
        long crimea = Api.regionId(Demo.CRIMEA);
        long roadmap = Plans.approvedRoadmap(Plans.municipalRoadmap(crimea, Api.municipalityId(Demo.KERCH), Api.bodyId(Demo.KERCH_AUTHORITY_INN)));
        String path = "/api/v1/roadmaps/" + roadmap + "/measures/" + Plans.firstMeasure(roadmap) + "/reports";
        byte[] pdf = new byte[10 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, pdf, 0, 8);
        long file = report(path, pdf).then().log().ifValidationFails().statusCode(201).extract().jsonPath().getLong("files[0].id");
        assertThat(Api.as("coord.kerch").get("/api/v1/evidence/" + file).then().statusCode(200).extract().asByteArray()).hasSize(pdf.length);
        report(path, java.util.Arrays.copyOf(pdf, pdf.length + 1)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("files"));
    }

    /** A report with one file as a browser sends it: one multipart body with its Content-Length. */
    static Response report(String path, byte[] file) {
        String boundary = "----rostok" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Протокол собеседований\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nIN_PROGRESS\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"protocol.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return io.restassured.RestAssured.given().auth().oauth2(Tokens.of("coord.kerch"))
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray()).post(path);
    }

    // ------------------------------------------------------------------ 5. a page past int

    @Test
    void aPageNumberWhoseOffsetDoesNotFitAnIntIsABadPageNotAServerError() {
        refused(Api.as("admin").queryParam("page", 4294968).queryParam("size", 500).get("/api/v1/schools"), 400, "page");
        refused(Api.as("admin").queryParam("page", Integer.MAX_VALUE).get("/api/v1/audit"), 400, "page");
    }

    // ------------------------------------------------------------------ 6. formulas in exported text

    @Test
    void aSchoolNamedLikeAFormulaIsExportedAsTextWhileNegativeNumbersStayNumbers() {
        // in Olenegorsk, whose schools no other test counts
        long olenegorsk = Api.municipalityId("47712000");
        long murmansk = ((Number) Api.as("admin").get("/api/v1/municipalities/" + olenegorsk).then().statusCode(200).extract().path("regionId")).longValue();
        long authority = Api.as("admin").queryParam("municipalityId", olenegorsk).get("/api/v1/bodies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Map<String, Object> input = Api.newSchool(olenegorsk);
        input.put("shortName", "=HYPERLINK(\"http://evil.example\";\"Школа\")");
        input.put("address", "+7 (999) 000-00-00");
        input.put("principal", "@SUM(1+1)");
        long school = Api.as("admin").body(input).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
        String schools = new String(Api.as("admin").queryParam("format", "csv").queryParam("q", input.get("inn"))
                .get("/api/v1/schools/export").then().statusCode(200).extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(schools).contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Школа\"\")\"")
                .contains(";'+7 (999) 000-00-00;").contains(";'@SUM(1+1);").contains(";120;14;");

        Map<String, Object> score = Monitoring.newIndicator(murmansk);
        score.putAll(Map.of("valueType", "SCORE", "unit", "балл", "minValue", -100, "maxValue", 100));
        long indicator = Api.as("admin").body(score).post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getLong("id");
        long campaign = Monitoring.openCampaign(Monitoring.campaignInput(murmansk, olenegorsk, authority, List.of(school), List.of(indicator), true));
        Monitoring.saveAsAdmin(campaign, school, List.of(Map.of("indicatorId", indicator, "value", -5)));
        String values = new String(Api.as("admin").queryParam("format", "csv").get("/api/v1/campaigns/" + campaign + "/values/export")
                .then().statusCode(200).extract().asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(values.lines().skip(1).findFirst().orElseThrow())
                .startsWith(input.get("inn") + "," + score.get("code") + ",-5,,,\"'=HYPERLINK(");
    }
}
