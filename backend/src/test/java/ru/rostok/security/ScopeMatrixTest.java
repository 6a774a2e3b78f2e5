package ru.rostok.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.rostok.support.Api.asInput;
import static ru.rostok.support.Api.newInn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import ru.rostok.support.Accounts;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;
import ru.rostok.support.SeedFiles;
import ru.rostok.support.Tokens;

/**
 * Every operation of the OpenAPI document × every role × a record in and out of the caller's
 * scope, and without a token. An operation added to the API without a row here fails this test,
 * so no endpoint escapes the scope rules unnoticed.
 */
@QuarkusTest
class ScopeMatrixTest {

    enum Caller { ANONYMOUS, ADMIN, ANALYST, COORDINATOR, SCHOOL_STAFF, INTEGRATOR }

    enum Target { OWN, FOREIGN }

    /** Expected status for a caller, in scope and out of it. */
    record Expect(int own, int foreign) {
        static Expect both(int status) {
            return new Expect(status, status);
        }
    }

    record Case(BiFunction<Target, RequestSpecification, Response> call, Map<Caller, Expect> expect) {
    }

    static long ownRegion, foreignRegion, ownMunicipality, foreignMunicipality, ownBody, foreignBody, ownSchool, foreignSchool;
    static long ownIndicator, foreignIndicator, ownSpareIndicator, foreignSpareIndicator;
    static long ownCampaign, foreignCampaign, ownOpenCampaign, foreignOpenCampaign, foreignSchoolOfPublished;
    static long ownRoadmap, foreignRoadmap, ownMeasure, foreignMeasure, ownDecision, foreignDecision, ownPoint, foreignPoint;
    static long ownEvidence, foreignEvidence, ownNotification, foreignNotification;
    static long ownEvent, foreignEvent;
    static long ownTeacher, foreignTeacher;
    static long ownAnalysis, foreignAnalysis;
    /** Campaigns of the municipalities of Crimea (own) and Kaliningrad Oblast (foreign), asking M_VISITS' municipal kin. */
    static long ownMunicipalIndicator, foreignMunicipalIndicator, ownMunicipalCampaign, foreignMunicipalCampaign;
    /** Lists are made on a region's campaigns: the foreign ones are Krasnoyarsk's (Lesosibirsk's published monitoring). */
    static long listRegion, listBody, ownRule, foreignRule, ownList, foreignList;
    static int listYear = 2060;
    static long ownPartnership, foreignPartnership, ownRecommendation, foreignRecommendation;
    static List<Long> ownPartners, foreignPartners;
    static long ownRoute, foreignRoute;
    static final int[] partnerIndex = new int[2];

    @jakarta.inject.Inject
    ru.rostok.reminder.service.ReminderService reminders;

    static void lookUpDemoRecords() {
        ownRegion = Api.regionId(Demo.CRIMEA);
        foreignRegion = Api.regionId(Demo.KALININGRAD);
        ownMunicipality = Api.municipalityId(Demo.KERCH);
        foreignMunicipality = Api.municipalityId(Demo.SLAVSK);
        ownBody = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        foreignBody = Api.bodyId(Demo.SLAVSK_AUTHORITY_INN);
        ownSchool = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        foreignSchool = Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN);
        ownIndicator = Monitoring.indicatorId(ownRegion, "VPR_F2");
        foreignIndicator = Monitoring.indicatorId(foreignRegion, "VPR_F2");
        ownSpareIndicator = Monitoring.indicatorId(ownRegion, "M_VISITS");
        foreignSpareIndicator = Monitoring.indicatorId(foreignRegion, "M_VISITS");
        ownCampaign = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        foreignCampaign = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        foreignSchoolOfPublished = ((Number) ((List<?>) Monitoring.campaign(foreignCampaign).get("schoolIds")).get(0)).longValue();
        ownOpenCampaign = ownCampaign;
        ownAnalysis = Api.as("admin").body(Map.of()).post("/api/v1/campaigns/" + ownCampaign + "/analyses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        foreignAnalysis = Api.as("admin").body(Map.of()).post("/api/v1/campaigns/" + foreignCampaign + "/analyses").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        foreignOpenCampaign = Monitoring.openCampaign(municipalCampaign(Target.FOREIGN, null, true));
        ownMunicipalIndicator = Monitoring.indicatorId(ownRegion, "MUN_VISITS");
        foreignMunicipalIndicator = Monitoring.indicatorId(foreignRegion, "MUN_VISITS");
        ownMunicipalCampaign = monitoringOfMunicipalities(Target.OWN);
        foreignMunicipalCampaign = monitoringOfMunicipalities(Target.FOREIGN);
        listRegion = ((Number) Monitoring.campaign(foreignCampaign).get("regionId")).longValue();
        listBody = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK)).get("/api/v1/bodies").then()
                .extract().jsonPath().getLong("items[0].id");
        ownRule = Api.as("admin").body(ruleInput(Target.OWN)).post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        foreignRule = Api.as("admin").body(ruleInput(Target.FOREIGN)).post("/api/v1/identification-rules").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        ownPartners = Api.as("admin").queryParam("municipalityId", ownMunicipality).queryParam("size", 100).get("/api/v1/schools").then()
                .extract().jsonPath().getList("items.id", Long.class).stream().filter(id -> id != ownSchool).toList();
        foreignPartners = Api.as("admin").queryParam("municipalityId", foreignMunicipality).queryParam("size", 100).get("/api/v1/schools").then()
                .extract().jsonPath().getList("items.id", Long.class).stream().filter(id -> id != foreignSchool).toList();
        ownPartnership = partnership(Target.OWN);
        foreignPartnership = partnership(Target.FOREIGN);
        ownRecommendation = recommendation(Target.OWN);
        foreignRecommendation = recommendation(Target.FOREIGN);
        ownList = approvedList(Target.OWN);
        foreignList = approvedList(Target.FOREIGN);
        ownRoadmap = Plans.approvedRoadmap(roadmapInput(Target.OWN));
        ownMeasure = Plans.firstMeasure(ownRoadmap);
        foreignRoadmap = Api.as("admin").queryParam("municipalityId", foreignMunicipality).get("/api/v1/roadmaps").then().extract().jsonPath().getLong("items[0].id");
        foreignMeasure = Plans.firstMeasure(foreignRoadmap);
        Map<String, Object> own = Plans.createDecision(decisionInput(Target.OWN));
        Map<String, Object> foreign = Plans.createDecision(decisionInput(Target.FOREIGN));
        ownDecision = ((Number) own.get("id")).longValue();
        foreignDecision = ((Number) foreign.get("id")).longValue();
        ownPoint = Plans.pointId(own, "1");
        foreignPoint = Plans.pointId(foreign, "1");
        ownEvidence = Plans.report(Plans.multipartAs("admin"), pointPath(ownDecision, ownPoint) + "/reports", "Совещание проведено", null)
                .then().statusCode(201).extract().jsonPath().getLong("files[0].id");
        foreignEvidence = Plans.report(Plans.multipartAs("admin"), pointPath(foreignDecision, foreignPoint) + "/reports", "Совещание проведено", null)
                .then().statusCode(201).extract().jsonPath().getLong("files[0].id");
        ownEvent = event(Target.OWN);
        foreignEvent = event(Target.FOREIGN);
        ownTeacher = teacher(ownSchool);
        foreignTeacher = teacher(foreignSchool);
        ownRoute = ((Number) route(Target.OWN).get("id")).longValue();
        foreignRoute = ((Number) route(Target.FOREIGN).get("id")).longValue();
    }

    static Map<String, Object> routeInput() {
        return Map.of("title", "ИОМ по математике", "startsOn", java.time.LocalDate.now().toString(),
                "endsOn", java.time.LocalDate.now().plusDays(90).toString(), "steps", List.of(Map.of("kind", "SELF_STUDY",
                        "text", "Самообразование: разбор заданий ВПР", "due", java.time.LocalDate.now().plusDays(30).toString())));
    }

    /** A route of the own (Kerch school 1) or foreign (Slavsk school 1) teacher, made by the administrator. */
    static Map<String, Object> route(Target t) {
        return Api.as("admin").body(routeInput()).post("/api/v1/teachers/" + pick(t, ownTeacher, foreignTeacher) + "/routes").then()
                .statusCode(201).extract().jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    /** Routes: kept by whoever develops the teacher (the school, its coordinator, the region's analysts); none by an integrator. */
    static void routeCases(Map<String, Case> c) {
        Map<Caller, Expect> reads = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> creates = Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, new Expect(201, 404), Caller.SCHOOL_STAFF, new Expect(201, 404), Caller.INTEGRATOR, Expect.both(403));
        String teacher = "/api/v1/teachers/";
        c.put("GET /api/v1/teachers/{teacherId}/routes", new Case((t, r) -> r.get(teacher + pick(t, ownTeacher, foreignTeacher) + "/routes"), reads));
        c.put("POST /api/v1/teachers/{teacherId}/routes", new Case((t, r) -> r.body(routeInput())
                .post(teacher + pick(t, ownTeacher, foreignTeacher) + "/routes"), creates));
        c.put("GET /api/v1/teachers/{teacherId}/mentor-candidates", new Case((t, r) -> r.get(teacher + pick(t, ownTeacher, foreignTeacher)
                + "/mentor-candidates"), reads));
        c.put("GET /api/v1/routes", new Case((t, r) -> r.get("/api/v1/routes"), lists()));
        c.put("GET /api/v1/routes/summary", new Case((t, r) -> r.queryParam("regionId", pick(t, ownRegion, foreignRegion)).get("/api/v1/routes/summary"),
                lists()));
        c.put("GET /api/v1/routes/export", new Case((t, r) -> r.get("/api/v1/routes/export"), lists()));
        c.put("GET /api/v1/routes/mentored", new Case((t, r) -> r.queryParam("schoolId", pick(t, ownSchool, foreignSchool))
                .get("/api/v1/routes/mentored"), reads));
        c.put("GET /api/v1/routes/{id}", new Case((t, r) -> r.get("/api/v1/routes/" + pick(t, ownRoute, foreignRoute)), reads));
        c.put("PUT /api/v1/routes/{id}", new Case((t, r) -> {
            Map<String, Object> made = route(t);
            Map<String, Object> input = new HashMap<>(routeInput());
            input.put("version", made.get("version"));
            return r.body(input).put("/api/v1/routes/" + made.get("id"));
        }, reads));
        c.put("POST /api/v1/routes/{id}/steps/{stepId}/report", new Case((t, r) -> {
            Map<String, Object> made = route(t);
            long step = ((Number) ((List<Map<String, Object>>) made.get("steps")).get(0).get("id")).longValue();
            return r.body(Map.of("report", "Разобраны задания ВПР", "reportedOn", java.time.LocalDate.now().toString(), "version", made.get("version")))
                    .post("/api/v1/routes/" + made.get("id") + "/steps/" + step + "/report");
        }, reads));
        c.put("POST /api/v1/routes/{id}/complete", new Case((t, r) -> {
            Map<String, Object> made = route(t);
            long step = ((Number) ((List<Map<String, Object>>) made.get("steps")).get(0).get("id")).longValue();
            Object version = Api.as("admin").body(Map.of("report", "Разобраны задания ВПР", "reportedOn", java.time.LocalDate.now().toString(),
                    "version", made.get("version"))).post("/api/v1/routes/" + made.get("id") + "/steps/" + step + "/report").then().statusCode(200)
                    .extract().path("version");
            return r.body(Map.of("version", version)).post("/api/v1/routes/" + made.get("id") + "/complete");
        }, reads));
        c.put("POST /api/v1/routes/{id}/cancel", new Case((t, r) -> {
            Map<String, Object> made = route(t);
            return r.body(Map.of("reason", "Педагог уволился", "version", made.get("version"))).post("/api/v1/routes/" + made.get("id") + "/cancel");
        }, reads));
    }

    static Map<String, Object> ruleInput(Target t) {
        return new java.util.HashMap<>(Map.of("regionId", pick(t, ownRegion, listRegion), "kind", "LOW_RESULTS", "name", "Доля «2» по ВПР",
                "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 0)), "minMatches", 1));
    }

    /** The own or foreign school paired with a school of its municipality, either way round, never the same pair twice. */
    static Map<String, Object> partnershipInput(Target t) {
        List<Long> partners = t == Target.OWN ? ownPartners : foreignPartners;
        int i = partnerIndex[t.ordinal()]++;
        long school = pick(t, ownSchool, foreignSchool);
        long other = partners.get(i / 2);
        return Map.of("weakSchoolId", i % 2 == 0 ? school : other, "partnerSchoolId", i % 2 == 0 ? other : school);
    }

    static long partnership(Target t) {
        return Api.as("admin").body(partnershipInput(t)).post("/api/v1/partnerships").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> recommendationInput(Target t) {
        return Map.of("addresseeKind", "SCHOOL", "schoolId", pick(t, ownSchool, foreignSchool), "basisKind", "OTHER", "basis", "Выезд куратора",
                "text", "Провести педсовет по итогам ВПР", "deadline", "2027-01-15");
    }

    static long recommendation(Target t) {
        return Api.as("admin").body(recommendationInput(t)).post("/api/v1/recommendations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> riskFactorInput(Target t) {
        return new java.util.HashMap<>(Map.of("regionId", pick(t, ownRegion, listRegion), "name", "Высокая доля «2» по ВПР", "lowAt", 1,
                "mediumAt", 1, "highAt", 1, "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 20, "weight", 1))));
    }

    static Map<String, Object> draftList(Target t) {
        return Api.as("admin").body(Map.of("regionId", pick(t, ownRegion, listRegion), "year", listYear++, "ruleId", pick(t, ownRule, foreignRule),
                "campaignIds", List.of(pick(t, ownCampaign, foreignCampaign)))).post("/api/v1/school-lists").then().statusCode(201)
                .extract().jsonPath().getMap("");
    }

    static Map<String, Object> approval(Target t, Object version) {
        return Map.of("orderNumber", "15", "orderDate", "2026-12-01", "orderBodyId", pick(t, ownBody, listBody), "version", version);
    }

    static long approvedList(Target t) {
        Map<String, Object> list = draftList(t);
        Api.as("admin").body(approval(t, list.get("version"))).post("/api/v1/school-lists/" + list.get("id") + "/approval").then().statusCode(200);
        return ((Number) list.get("id")).longValue();
    }

    void lookUpNotifications() {
        reminders.run(java.time.LocalDate.now());
        ownNotification = Api.as("coord.kerch").get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        foreignNotification = Api.as("coord.slavsk").get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    static Map<String, Object> roadmapInput(Target t) {
        return Plans.municipalRoadmap(pick(t, ownRegion, foreignRegion), pick(t, ownMunicipality, foreignMunicipality), pick(t, ownBody, foreignBody));
    }

    static Map<String, Object> decisionInput(Target t) {
        return Plans.municipalDecision(pick(t, ownRegion, foreignRegion), pick(t, ownMunicipality, foreignMunicipality), pick(t, ownBody, foreignBody));
    }

    static String measureEvents(Target t) {
        return "/api/v1/roadmaps/" + pick(t, ownRoadmap, foreignRoadmap) + "/measures/" + pick(t, ownMeasure, foreignMeasure) + "/events";
    }

    /** An event the administrator recorded on the own (Kerch) or foreign (Slavsk) measure. */
    static long event(Target t) {
        return Api.as("admin").body(Map.of("heldOn", "2026-10-01", "findings", "Проведено")).post(measureEvents(t)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Events: recorded by whoever reports on the measure or point, seen where it is; a school changes only what it recorded. */
    static void eventCases(Map<String, Case> c) {
        Map<String, Object> held = Map.of("heldOn", "2026-10-01", "findings", "Проведено");
        c.put("GET /api/v1/roadmaps/{id}/measures/{measureId}/events", new Case((t, r) -> r.get(measureEvents(t)), readable()));
        c.put("POST /api/v1/roadmaps/{id}/measures/{measureId}/events", new Case((t, r) -> r.body(held).post(measureEvents(t)),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, new Expect(201, 404), Caller.INTEGRATOR, Expect.both(403))));
        String point = "/api/v1/decisions/{id}/points/{pointId}";
        c.put("GET " + point + "/events", new Case((t, r) -> r.get(pointPath(pick(t, ownDecision, foreignDecision), pick(t, ownPoint, foreignPoint))
                + "/events"), readable()));
        c.put("POST " + point + "/events", new Case((t, r) -> r.body(held).post(pointPath(pick(t, ownDecision, foreignDecision),
                        pick(t, ownPoint, foreignPoint)) + "/events"),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(403, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, new Expect(403, 404), Caller.INTEGRATOR, Expect.both(403))));
        c.put("GET /api/v1/events", new Case((t, r) -> r.get("/api/v1/events"), lists()));
        c.put("GET /api/v1/events/{id}", new Case((t, r) -> r.get("/api/v1/events/" + pick(t, ownEvent, foreignEvent)), readable()));
        Map<Caller, Expect> changes = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, new Expect(403, 404), Caller.INTEGRATOR, Expect.both(403));
        c.put("PUT /api/v1/events/{id}", new Case((t, r) -> {
            long id = event(t);
            Map<String, Object> input = new HashMap<>(held);
            input.put("version", Api.as("admin").get("/api/v1/events/" + id).then().extract().jsonPath().getLong("version"));
            return r.body(input).put("/api/v1/events/" + id);
        }, changes));
        Map<Caller, Expect> deletes = new HashMap<>(changes);
        deletes.put(Caller.ADMIN, Expect.both(204));
        deletes.put(Caller.ANALYST, new Expect(204, 404));
        deletes.put(Caller.COORDINATOR, new Expect(204, 404));
        c.put("DELETE /api/v1/events/{id}", new Case((t, r) -> {
            long id = event(t);
            return r.queryParam("version", Api.as("admin").get("/api/v1/events/" + id).then().extract().jsonPath().getLong("version"))
                    .delete("/api/v1/events/" + id);
        }, deletes));
        c.put("POST /api/v1/events/{id}/files", new Case((t, r) -> r.contentType("multipart/form-data")
                .multiPart("files", "protocol.pdf", "%PDF-1.4 test protocol".getBytes(), "application/pdf")
                .post("/api/v1/events/" + event(t) + "/files"), changes));
    }

    static Map<String, Object> teacherInput() {
        StringBuilder name = new StringBuilder("Матрицева");
        for (int i = 0; i < 6; i++) {
            name.append((char) ('а' + ThreadLocalRandom.current().nextInt(32)));
        }
        Map<String, Object> input = new HashMap<>(Map.of("lastName", name.toString(), "firstName", "Анна", "position", "учитель химии",
                "subjects", List.of("CHEMISTRY"), "category", "NONE"));
        return input;
    }

    /** A teacher of the own (Kerch) or foreign (Slavsk) school, added by the administrator; its body with its version. */
    static Map<String, Object> teacher(Target t) {
        return Api.as("admin").body(teacherInput()).post("/api/v1/schools/" + pick(t, ownSchool, foreignSchool) + "/teachers")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    static byte[] staffSheet() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Педагоги");
            String[] header = {"Фамилия", "Имя", "Отчество", "Должность", "Предметы", "Квалификационная категория",
                    "Дата присвоения категории", "Стаж (лет)", "Последнее повышение квалификации (дата)"};
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
            }
            Map<String, Object> input = teacherInput();
            ws.value(1, 0, (String) input.get("lastName"));
            ws.value(1, 1, "Анна");
            ws.value(1, 3, "учитель химии");
            ws.value(1, 4, "Химия");
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Personal data: the school and those above it keep it, the region's analysts read it, an integrator gets none of it. */
    static void staffCases(Map<String, Case> c) {
        Map<Caller, Expect> lists = withIntegrator(lists(), Expect.both(403));
        Map<Caller, Expect> reads = withIntegrator(readable(), Expect.both(403));
        Map<Caller, Expect> changes = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(403, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> additions = Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(403, 404),
                Caller.COORDINATOR, new Expect(201, 404), Caller.SCHOOL_STAFF, new Expect(201, 404), Caller.INTEGRATOR, Expect.both(403));
        String staff = "/api/v1/schools/{schoolId}/teachers";
        c.put("GET /api/v1/teachers", new Case((t, r) -> r.get("/api/v1/teachers"), lists));
        c.put("GET /api/v1/teachers/export", new Case((t, r) -> r.queryParam("regionId", pick(t, ownRegion, foreignRegion))
                .get("/api/v1/teachers/export"), lists));
        c.put("GET /api/v1/teachers/{id}", new Case((t, r) -> r.get("/api/v1/teachers/" + teacher(t).get("id")), reads));
        c.put("GET " + staff, new Case((t, r) -> r.get("/api/v1/schools/" + pick(t, ownSchool, foreignSchool) + "/teachers"), reads));
        c.put("POST " + staff, new Case((t, r) -> r.body(teacherInput()).post("/api/v1/schools/" + pick(t, ownSchool, foreignSchool)
                + "/teachers"), additions));
        c.put("PUT /api/v1/teachers/{id}", new Case((t, r) -> {
            Map<String, Object> teacher = teacher(t);
            Map<String, Object> input = teacherInput();
            input.put("version", teacher.get("version"));
            return r.body(input).put("/api/v1/teachers/" + teacher.get("id"));
        }, changes));
        c.put("POST /api/v1/teachers/{id}/archive", new Case((t, r) -> {
            Map<String, Object> teacher = teacher(t);
            return r.body(Map.of("reason", "Увольнение", "archivedOn", "2026-11-30", "version", teacher.get("version")))
                    .post("/api/v1/teachers/" + teacher.get("id") + "/archive");
        }, changes));
        c.put("POST /api/v1/teachers/{id}/restore", new Case((t, r) -> {
            Map<String, Object> teacher = teacher(t);
            Map<String, Object> archived = Api.as("admin").body(Map.of("reason", "Увольнение", "archivedOn", "2026-11-30",
                    "version", teacher.get("version"))).post("/api/v1/teachers/" + teacher.get("id") + "/archive").then().statusCode(200)
                    .extract().jsonPath().getMap("");
            return r.body(Map.of("version", archived.get("version"))).post("/api/v1/teachers/" + teacher.get("id") + "/restore");
        }, changes));
        c.put("GET " + staff + "/template", new Case((t, r) -> r.get("/api/v1/schools/" + pick(t, ownSchool, foreignSchool)
                + "/teachers/template"), changes));
        c.put("POST " + staff + "/import", new Case((t, r) -> r.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(staffSheet()).post("/api/v1/schools/" + pick(t, ownSchool, foreignSchool) + "/teachers/import"), changes));
    }

    /** A teacher of kerch1 (own) or slavsk1 (foreign) with a name no demo teacher has, for the import to find. */
    static long teacher(long school) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            ru.rostok.staff.Teacher t = new ru.rostok.staff.Teacher();
            t.school = ru.rostok.school.School.findById(school);
            t.lastName = "Матрицева";
            t.firstName = "Анна";
            t.middleName = String.valueOf(school);
            t.position = "учитель математики";
            t.subjects = new ArrayList<>(List.of("MATHEMATICS"));
            t.persist();
            return t.id;
        });
    }

    static final Map<String, Object> ASSESSED = Map.of("subject", "MATHEMATICS", "heldOn", "2026-10-15", "method", "Диагностика ЦНППМ",
            "topics", List.of(Map.of("topic", "Функции и графики", "score", 3, "maxScore", 10)));

    static String teacherAssessments(Target t) {
        return "/api/v1/teachers/" + pick(t, ownTeacher, foreignTeacher) + "/assessments";
    }

    /** An assessment the administrator entered for the own or foreign teacher, with its version. */
    static Map<String, Object> assessment(Target t) {
        return Api.as("admin").body(ASSESSED).post(teacherAssessments(t)).then().statusCode(201).extract().jsonPath().getMap("");
    }

    static byte[] assessmentSheet(Target t) {
        long teacher = pick(t, ownTeacher, foreignTeacher);
        String inn = t == Target.OWN ? Demo.KERCH_SCHOOL_1_INN : Demo.SLAVSK_SCHOOL_1_INN;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Диагностика");
            String[] header = {"ИНН школы", "Фамилия", "Имя", "Отчество", "Предмет", "Дата", "Способ оценки", "Тема/компетенция", "Балл", "Максимальный балл"};
            String[] row = {inn, "Матрицева", "Анна", String.valueOf(pick(t, ownSchool, foreignSchool)), "Математика", "15.10.2026", "ЦНППМ",
                "Функции и графики", "3", "10"};
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
                ws.value(1, i, row[i]);
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("teacher " + teacher, e);
        }
    }

    /** Assessments and deficits: personal data, kept by whoever sees the teacher, never seen by an integrator. */
    static void deficitCases(Map<String, Case> c) {
        Map<Caller, Expect> reads = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> creates = Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, new Expect(201, 404), Caller.SCHOOL_STAFF, new Expect(201, 404), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> deletes = Map.of(Caller.ADMIN, Expect.both(204), Caller.ANALYST, new Expect(204, 404),
                Caller.COORDINATOR, new Expect(204, 404), Caller.SCHOOL_STAFF, new Expect(204, 404), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> imports = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 422),
                Caller.COORDINATOR, new Expect(200, 422), Caller.SCHOOL_STAFF, new Expect(200, 422), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> anyone = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(200),
                Caller.COORDINATOR, Expect.both(200), Caller.SCHOOL_STAFF, Expect.both(200), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/teachers/{id}/assessments", new Case((t, r) -> r.get(teacherAssessments(t)), reads));
        c.put("POST /api/v1/teachers/{id}/assessments", new Case((t, r) -> r.body(ASSESSED).post(teacherAssessments(t)), creates));
        c.put("PUT /api/v1/assessments/{id}", new Case((t, r) -> {
            Map<String, Object> a = assessment(t);
            Map<String, Object> input = new HashMap<>(ASSESSED);
            input.put("version", a.get("version"));
            return r.body(input).put("/api/v1/assessments/" + a.get("id"));
        }, reads));
        c.put("DELETE /api/v1/assessments/{id}", new Case((t, r) -> {
            Map<String, Object> a = assessment(t);
            return r.queryParam("version", a.get("version")).delete("/api/v1/assessments/" + a.get("id"));
        }, deletes));
        c.put("GET /api/v1/assessments/template", new Case((t, r) -> r.get("/api/v1/assessments/template"), anyone));
        c.put("POST /api/v1/assessments/import", new Case((t, r) -> r.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(assessmentSheet(t)).post("/api/v1/assessments/import"), imports));
        c.put("GET /api/v1/deficits/summary", new Case((t, r) -> r.queryParam("schoolId", pick(t, ownSchool, foreignSchool))
                .get("/api/v1/deficits/summary"), reads));
        c.put("GET /api/v1/deficits/summary/export", new Case((t, r) -> r.queryParam("schoolId", pick(t, ownSchool, foreignSchool))
                .get("/api/v1/deficits/summary/export"), reads));
        c.put("GET /api/v1/schools/{id}/deficits", new Case((t, r) -> r.get("/api/v1/schools/" + pick(t, ownSchool, foreignSchool) + "/deficits"), reads));
    }

    static String pointPath(long decision, long point) {
        return "/api/v1/decisions/" + decision + "/points/" + point;
    }

    /** A campaign of Kerch (own) or Slavsk (foreign) asking VPR_F2; of the given schools or the whole municipality. */
    static Map<String, Object> municipalCampaign(Target t, List<Long> schools, boolean required) {
        return Monitoring.campaignInput(pick(t, ownRegion, foreignRegion), pick(t, ownMunicipality, foreignMunicipality),
                pick(t, ownBody, foreignBody), schools, List.of(pick(t, ownIndicator, foreignIndicator)), required);
    }

    /** An open campaign of one school (kerch1 or slavsk1) whose draft the administrator has saved. */
    static long campaignWithDraft(Target t) {
        long school = pick(t, ownSchool, foreignSchool);
        long campaign = Monitoring.openCampaign(municipalCampaign(t, List.of(school), true));
        Monitoring.saveAsAdmin(campaign, school, List.of(Monitoring.percent(pick(t, ownIndicator, foreignIndicator), 3, 30)));
        return campaign;
    }

    /** An open campaign of the region's municipalities (Crimea's or Kaliningrad Oblast's). */
    static long monitoringOfMunicipalities(Target t) {
        return Monitoring.openCampaign(Monitoring.municipalCampaignInput(pick(t, ownRegion, foreignRegion),
                Api.bodyId(t == Target.OWN ? Demo.CRIMEA_MINISTRY_INN : Demo.KALININGRAD_MINISTRY_INN),
                List.of(pick(t, ownMunicipalIndicator, foreignMunicipalIndicator))));
    }

    static List<Map<String, Object>> municipalValue(Target t, int value) {
        return List.of(Map.of("indicatorId", pick(t, ownMunicipalIndicator, foreignMunicipalIndicator), "value", value));
    }

    /** A fresh campaign of municipalities in which the administrator has saved Kerch's (or Slavsk's) draft. */
    static long monitoringOfMunicipalitiesWithDraft(Target t) {
        long campaign = monitoringOfMunicipalities(t);
        Monitoring.saveMunicipalAsAdmin(campaign, pick(t, ownMunicipality, foreignMunicipality), municipalValue(t, 3));
        return campaign;
    }

    static List<Map<String, Object>> oneValue(Target t) {
        return List.of(Map.of("schoolInn", t == Target.OWN ? Demo.KERCH_SCHOOL_1_INN : Demo.SLAVSK_SCHOOL_1_INN,
                "indicatorCode", "VPR_F2", "numerator", 4, "denominator", 25));
    }

    static byte[] valuesSheet(Target t) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Значения");
            ws.value(0, 0, "ИНН");
            ws.value(0, 1, "VPR_F2:числитель");
            ws.value(0, 2, "VPR_F2:знаменатель");
            ws.value(3, 0, t == Target.OWN ? Demo.KERCH_SCHOOL_1_INN : Demo.SLAVSK_SCHOOL_1_INN);
            ws.value(3, 1, 6);
            ws.value(3, 2, 24);
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static long pick(Target t, long own, long foreign) {
        return t == Target.OWN ? own : foreign;
    }

    /** Everybody may; admin sees everything, so "foreign" is in scope for the admin too. */
    static Map<Caller, Expect> readable() {
        return Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, new Expect(200, 404),
                Caller.INTEGRATOR, new Expect(200, 404));
    }

    static Map<Caller, Expect> lists() {
        return Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(200), Caller.COORDINATOR, Expect.both(200),
                Caller.SCHOOL_STAFF, Expect.both(200), Caller.INTEGRATOR, Expect.both(200));
    }

    static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("GET /api/v1/me", new Case((t, r) -> r.get("/api/v1/me"), lists()));

        c.put("GET /api/v1/regions", new Case((t, r) -> r.get("/api/v1/regions"), lists()));
        c.put("GET /api/v1/regions/{id}", new Case((t, r) -> r.get("/api/v1/regions/" + pick(t, ownRegion, foreignRegion)), readable()));
        c.put("POST /api/v1/regions", new Case((t, r) -> r.body(Map.of("code", Api.newRegionCode(),
                "name", "Тестовый субъект")).post("/api/v1/regions"), Map.of(
                Caller.ADMIN, Expect.both(201), Caller.ANALYST, Expect.both(403), Caller.COORDINATOR, Expect.both(403),
                Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("PUT /api/v1/regions/{id}", new Case((t, r) -> {
            long id = pick(t, ownRegion, foreignRegion);
            Map<String, Object> region = Api.as("admin").get("/api/v1/regions/" + id).then().extract().jsonPath().getMap("");
            return r.body(Map.of("code", region.get("code"), "name", region.get("name"), "version", region.get("version")))
                    .put("/api/v1/regions/" + id);
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(403), Caller.COORDINATOR, Expect.both(403),
                Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));

        c.put("GET /api/v1/municipalities", new Case((t, r) -> r.get("/api/v1/municipalities"), lists()));
        c.put("GET /api/v1/municipalities/{id}", new Case((t, r) -> r.get("/api/v1/municipalities/" + pick(t, ownMunicipality, foreignMunicipality)), readable()));
        Map<Caller, Expect> analystWrites = Map.of(Caller.ADMIN, new Expect(201, 201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, Expect.both(403), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> analystUpdates = Map.of(Caller.ADMIN, new Expect(200, 200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, Expect.both(403), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("POST /api/v1/municipalities", new Case((t, r) -> r.body(Map.of(
                "regionId", pick(t, ownRegion, foreignRegion),
                "oktmo", String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                "name", "Тестовый муниципальный округ", "kind", "MUNICIPAL_OKRUG")).post("/api/v1/municipalities"), analystWrites));
        c.put("PUT /api/v1/municipalities/{id}", new Case((t, r) -> {
            long id = pick(t, ownMunicipality, foreignMunicipality);
            Map<String, Object> m = Api.as("admin").get("/api/v1/municipalities/" + id).then().extract().jsonPath().getMap("");
            return r.body(Map.of("regionId", m.get("regionId"), "oktmo", m.get("oktmo"), "name", m.get("name"),
                    "kind", m.get("kind"), "version", m.get("version"))).put("/api/v1/municipalities/" + id);
        }, analystUpdates));

        c.put("GET /api/v1/bodies", new Case((t, r) -> r.get("/api/v1/bodies"), lists()));
        c.put("GET /api/v1/bodies/{id}", new Case((t, r) -> r.get("/api/v1/bodies/" + pick(t, ownBody, foreignBody)), readable()));
        c.put("POST /api/v1/bodies", new Case((t, r) -> r.body(Map.of("inn", newInn(), "kind", "METHODOLOGICAL_CENTRE",
                "shortName", "Тестовый ИМЦ", "fullName", "Тестовый информационно-методический центр",
                "regionId", pick(t, ownRegion, foreignRegion))).post("/api/v1/bodies"), analystWrites));
        c.put("PUT /api/v1/bodies/{id}", new Case((t, r) -> {
            long id = pick(t, ownBody, foreignBody);
            Map<String, Object> b = Api.as("admin").get("/api/v1/bodies/" + id).then().extract().jsonPath().getMap("");
            Map<String, Object> input = new HashMap<>();
            for (String f : List.of("inn", "kind", "shortName", "fullName", "regionId", "municipalityId", "head", "address", "version")) {
                input.put(f, b.get(f));
            }
            return r.body(input).put("/api/v1/bodies/" + id);
        }, analystUpdates));

        c.put("GET /api/v1/schools", new Case((t, r) -> r.get("/api/v1/schools"), lists()));
        c.put("GET /api/v1/schools/{id}", new Case((t, r) -> r.get("/api/v1/schools/" + pick(t, ownSchool, foreignSchool)), readable()));
        c.put("POST /api/v1/schools", new Case((t, r) -> r.body(Api.newSchool(pick(t, ownMunicipality, foreignMunicipality)))
                .post("/api/v1/schools"), Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, new Expect(201, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("PUT /api/v1/schools/{id}", new Case((t, r) -> {
            long id = pick(t, ownSchool, foreignSchool);
            return r.body(asInput(Api.school(id))).put("/api/v1/schools/" + id);
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403))));
        c.put("GET /api/v1/schools/export", new Case((t, r) -> r.queryParam("format", "csv")
                .queryParam("regionId", pick(t, ownRegion, foreignRegion)).get("/api/v1/schools/export"), lists()));
        Map<Caller, Expect> analystOnly = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(200),
                Caller.COORDINATOR, Expect.both(403), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/schools/import/template", new Case((t, r) -> r.get("/api/v1/schools/import/template"), analystOnly));
        c.put("POST /api/v1/schools/import", new Case((t, r) -> r
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(importSheet(t == Target.OWN ? Demo.KERCH : Demo.SLAVSK)).post("/api/v1/schools/import"),
                Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 422), Caller.COORDINATOR, Expect.both(403),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("GET /api/v1/audit", new Case((t, r) -> r.get("/api/v1/audit"), analystOnly));
        accountCases(c);
        monitoringCases(c, analystWrites, analystUpdates);
        municipalMonitoringCases(c);
        planCases(c);
        eventCases(c);
        staffCases(c);
        deficitCases(c);
        routeCases(c);
        c.replaceAll((operation, testCase) -> PEOPLES_WORK.stream().anyMatch(operation.substring(operation.indexOf(' ') + 1)::startsWith)
                ? new Case(testCase.call(), withIntegrator(testCase.expect(), Expect.both(403))) : testCase);
        return c;
    }

    /** The people's work: an integrator gets none of it, only the registry and the monitoring data (IntegratorScopeTest). */
    static final List<String> PEOPLES_WORK = List.of("/api/v1/analyses", "/api/v1/campaigns/{id}/analyses", "/api/v1/campaigns/{id}/letter",
            "/api/v1/submissions",
            "/api/v1/campaigns/{id}/schools/{schoolId}/submission", "/api/v1/roadmaps", "/api/v1/decisions", "/api/v1/identification-rules",
            "/api/v1/school-lists", "/api/v1/schools/{id}/lists", "/api/v1/risk-factors", "/api/v1/schools/{id}/risk-profile",
            "/api/v1/partnerships", "/api/v1/recommendations", "/api/v1/evidence", "/api/v1/my-work", "/api/v1/control",
            "/api/v1/notifications", "/api/v1/events", "/api/v1/teachers", "/api/v1/trainings", "/api/v1/schools/{schoolId}/trainings",
            "/api/v1/routes", "/api/v1/teachers/{teacherId}/routes", "/api/v1/teachers/{teacherId}/mentor-candidates");

    /** An import saved: the input as a JSON part beside the file it was read from. */
    static Response imported(RequestSpecification r, String part, String seed, Map<String, Object> input) {
        try {
            return r.contentType("multipart/form-data").multiPart("file", part + ".txt", SeedFiles.txt(seed))
                    .multiPart(part, part + ".json", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(input), "application/json")
                    .post("/api/v1/documents/" + part + "s");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<Caller, Expect> withIntegrator(Map<Caller, Expect> expect, Expect integrator) {
        Map<Caller, Expect> changed = new HashMap<>(expect);
        changed.put(Caller.INTEGRATOR, integrator);
        return changed;
    }

    static void monitoringCases(Map<String, Case> c, Map<Caller, Expect> analystWrites, Map<Caller, Expect> analystUpdates) {
        c.put("GET /api/v1/indicators", new Case((t, r) -> r.get("/api/v1/indicators"), lists()));
        c.put("GET /api/v1/indicators/{id}", new Case((t, r) -> r.get("/api/v1/indicators/" + pick(t, ownIndicator, foreignIndicator)), readable()));
        c.put("POST /api/v1/indicators", new Case((t, r) -> r.body(Monitoring.newIndicator(pick(t, ownRegion, foreignRegion)))
                .post("/api/v1/indicators"), analystWrites));
        c.put("PUT /api/v1/indicators/{id}", new Case((t, r) -> {
            long id = pick(t, ownSpareIndicator, foreignSpareIndicator);
            return r.body(Monitoring.asInput(Monitoring.indicator(id))).put("/api/v1/indicators/" + id);
        }, analystUpdates));
        c.put("POST /api/v1/indicators/{id}/revisions", new Case((t, r) -> {
            Map<String, Object> fresh = Api.as("admin").body(Monitoring.newIndicator(pick(t, ownRegion, foreignRegion)))
                    .post("/api/v1/indicators").then().statusCode(201).extract().jsonPath().getMap("");
            Map<String, Object> input = Monitoring.asInput(fresh);
            input.put("name", "Новая редакция показателя");
            return r.body(input).post("/api/v1/indicators/" + fresh.get("id") + "/revisions");
        }, analystWrites));

        Map<Caller, Expect> campaignWrites = Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, new Expect(201, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> campaignChanges = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/campaigns", new Case((t, r) -> r.get("/api/v1/campaigns"), lists()));
        c.put("GET /api/v1/campaigns/{id}", new Case((t, r) -> r.get("/api/v1/campaigns/" + pick(t, ownCampaign, foreignCampaign)), readable()));
        c.put("POST /api/v1/campaigns", new Case((t, r) -> r.body(municipalCampaign(t, null, true)).post("/api/v1/campaigns"), campaignWrites));
        c.put("PUT /api/v1/campaigns/{id}", new Case((t, r) -> {
            Map<String, Object> draft = Monitoring.createDraft(municipalCampaign(t, null, true));
            Map<String, Object> input = municipalCampaign(t, null, false);
            input.put("version", draft.get("version"));
            return r.body(input).put("/api/v1/campaigns/" + draft.get("id"));
        }, campaignChanges));
        c.put("POST /api/v1/campaigns/{id}/transitions", new Case((t, r) -> {
            Map<String, Object> draft = Monitoring.createDraft(municipalCampaign(t, null, true));
            return r.body(Map.of("to", "OPEN", "version", draft.get("version"))).post("/api/v1/campaigns/" + draft.get("id") + "/transitions");
        }, campaignChanges));
        c.put("GET /api/v1/campaigns/{id}/analyses", new Case((t, r) -> r.get("/api/v1/campaigns/" + pick(t, ownCampaign, foreignCampaign)
                + "/analyses"), readable()));
        c.put("POST /api/v1/campaigns/{id}/analyses", new Case((t, r) -> r.body(Map.of("comparison", "REGION"))
                .post("/api/v1/campaigns/" + Monitoring.openCampaign(municipalCampaign(t, null, true)) + "/analyses"), campaignWrites));
        c.put("GET /api/v1/analyses/{id}", new Case((t, r) -> r.get("/api/v1/analyses/" + pick(t, ownAnalysis, foreignAnalysis)), readable()));
        c.put("GET /api/v1/analyses/{id}/schools", new Case((t, r) -> r.get("/api/v1/analyses/" + pick(t, ownAnalysis, foreignAnalysis)
                + "/schools"), readable()));
        c.put("GET /api/v1/analyses/{id}/schools/{schoolId}", new Case((t, r) -> r.get("/api/v1/analyses/" + pick(t, ownAnalysis, foreignAnalysis)
                + "/schools/" + pick(t, ownSchool, foreignSchoolOfPublished)), readable()));
        c.put("GET /api/v1/campaigns/{id}/progress", new Case((t, r) -> r.get("/api/v1/campaigns/" + pick(t, ownCampaign, foreignCampaign) + "/progress"), readable()));
        c.put("GET /api/v1/campaigns/{id}/values", new Case((t, r) -> r.get("/api/v1/campaigns/" + pick(t, ownCampaign, foreignCampaign) + "/values"), readable()));
        c.put("GET /api/v1/campaigns/{id}/values/export", new Case((t, r) -> r.queryParam("format", "csv")
                .get("/api/v1/campaigns/" + pick(t, ownCampaign, foreignCampaign) + "/values/export"), readable()));

        Map<Caller, Expect> loaders = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, Expect.both(403), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, new Expect(200, 404));
        c.put("GET /api/v1/campaigns/{id}/template", new Case((t, r) -> r.get("/api/v1/campaigns/" + pick(t, ownOpenCampaign, foreignOpenCampaign) + "/template"), loaders));
        c.put("POST /api/v1/campaigns/{id}/import", new Case((t, r) -> r.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(valuesSheet(t)).post("/api/v1/campaigns/" + pick(t, ownOpenCampaign, foreignOpenCampaign) + "/import"), loaders));
        c.put("POST /api/v1/campaigns/{id}/values", new Case((t, r) -> r.body(oneValue(t))
                .post("/api/v1/campaigns/" + pick(t, ownOpenCampaign, foreignOpenCampaign) + "/values"), loaders));

        String one = "/api/v1/campaigns/{id}/schools/{schoolId}/submission";
        c.put("GET /api/v1/submissions", new Case((t, r) -> r.get("/api/v1/submissions"), lists()));
        c.put("GET " + one, new Case((t, r) -> r.get(Monitoring.submissionPath(pick(t, ownCampaign, foreignCampaign),
                pick(t, ownSchool, foreignSchoolOfPublished))), readable()));
        Map<Caller, Expect> schoolWrites = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(403),
                Caller.COORDINATOR, Expect.both(403), Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403));
        c.put("PUT " + one, new Case((t, r) -> {
            long campaign = pick(t, ownOpenCampaign, foreignOpenCampaign);
            long school = pick(t, ownSchool, foreignSchool);
            return r.body(Map.of("version", Monitoring.version(campaign, school),
                            "values", List.of(Monitoring.percent(pick(t, ownIndicator, foreignIndicator), 2, 20))))
                    .put(Monitoring.submissionPath(campaign, school));
        }, schoolWrites));
        c.put("POST " + one + "/submit", new Case((t, r) -> {
            long campaign = campaignWithDraft(t);
            long school = pick(t, ownSchool, foreignSchool);
            return r.body(Map.of("version", Monitoring.version(campaign, school))).post(Monitoring.submissionPath(campaign, school) + "/submit");
        }, schoolWrites));
        c.put("POST " + one + "/review", new Case((t, r) -> {
            long campaign = campaignWithDraft(t);
            long school = pick(t, ownSchool, foreignSchool);
            Monitoring.submitAsAdmin(campaign, school);
            return r.body(Map.of("action", "ACCEPT", "version", Monitoring.version(campaign, school)))
                    .post(Monitoring.submissionPath(campaign, school) + "/review");
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
    }

    /** A municipality's data: its coordinator fills it in, the region's analysts review it; no school, no integrator. */
    static void municipalMonitoringCases(Map<String, Case> c) {
        String one = "/api/v1/campaigns/{id}/municipalities/{municipalityId}/submission";
        Map<Caller, Expect> reads = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> coordinatorWrites = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(403),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/campaigns/{id}/municipalities", new Case((t, r) -> r.get("/api/v1/campaigns/"
                + pick(t, ownMunicipalCampaign, foreignMunicipalCampaign) + "/municipalities"), reads));
        c.put("GET " + one, new Case((t, r) -> r.get(Monitoring.municipalPath(pick(t, ownMunicipalCampaign, foreignMunicipalCampaign),
                pick(t, ownMunicipality, foreignMunicipality))), reads));
        c.put("PUT " + one, new Case((t, r) -> {
            long campaign = pick(t, ownMunicipalCampaign, foreignMunicipalCampaign);
            long municipality = pick(t, ownMunicipality, foreignMunicipality);
            return r.body(Map.of("version", Monitoring.municipalVersion(campaign, municipality), "values", municipalValue(t, 5)))
                    .put(Monitoring.municipalPath(campaign, municipality));
        }, coordinatorWrites));
        c.put("POST " + one + "/submit", new Case((t, r) -> {
            long campaign = monitoringOfMunicipalitiesWithDraft(t);
            long municipality = pick(t, ownMunicipality, foreignMunicipality);
            return r.body(Map.of("version", Monitoring.municipalVersion(campaign, municipality)))
                    .post(Monitoring.municipalPath(campaign, municipality) + "/submit");
        }, coordinatorWrites));
        c.put("POST " + one + "/review", new Case((t, r) -> {
            long campaign = monitoringOfMunicipalitiesWithDraft(t);
            long municipality = pick(t, ownMunicipality, foreignMunicipality);
            Monitoring.submitMunicipalAsAdmin(campaign, municipality);
            return r.body(Map.of("action", "ACCEPT", "version", Monitoring.municipalVersion(campaign, municipality)))
                    .post(Monitoring.municipalPath(campaign, municipality) + "/review");
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, Expect.both(403),
                Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
    }

    static void planCases(Map<String, Case> c) {
        Map<Caller, Expect> planWrites = Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, new Expect(201, 404), Caller.SCHOOL_STAFF, new Expect(403, 404), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> planChanges = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, new Expect(403, 404), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/roadmaps", new Case((t, r) -> r.get("/api/v1/roadmaps"), lists()));
        c.put("GET /api/v1/roadmaps/{id}", new Case((t, r) -> r.get("/api/v1/roadmaps/" + pick(t, ownRoadmap, foreignRoadmap)), readable()));
        c.put("POST /api/v1/roadmaps", new Case((t, r) -> r.body(roadmapInput(t)).post("/api/v1/roadmaps"), planWrites));
        c.put("PUT /api/v1/roadmaps/{id}", new Case((t, r) -> {
            Map<String, Object> input = roadmapInput(t);
            long id = Plans.createRoadmap(input);
            input.put("version", Plans.roadmap(id).get("version"));
            return r.body(input).put("/api/v1/roadmaps/" + id);
        }, planChanges));
        c.put("POST /api/v1/roadmaps/{id}/transitions", new Case((t, r) -> {
            long id = Plans.createRoadmap(roadmapInput(t));
            return r.body(Map.of("to", "APPROVED", "version", Plans.roadmap(id).get("version"))).post("/api/v1/roadmaps/" + id + "/transitions");
        }, planChanges));
        c.put("POST /api/v1/roadmaps/{id}/corrections", new Case((t, r) -> {
            Map<String, Object> input = roadmapInput(t);
            long id = Plans.approvedRoadmap(input);
            input.put("version", Plans.roadmap(id).get("version"));
            return r.body(Map.of("reason", "По итогам мониторинга", "roadmap", input)).post("/api/v1/roadmaps/" + id + "/corrections");
        }, planChanges));
        c.put("GET /api/v1/roadmaps/{id}/revisions/{number}", new Case((t, r) -> r.get("/api/v1/roadmaps/" + pick(t, ownRoadmap, foreignRoadmap)
                + "/revisions/0"), readable()));
        c.put("GET /api/v1/roadmaps/{id}/measures/{measureId}/reports", new Case((t, r) -> r.get("/api/v1/roadmaps/"
                + pick(t, ownRoadmap, foreignRoadmap) + "/measures/" + pick(t, ownMeasure, foreignMeasure) + "/reports"), readable()));
        c.put("POST /api/v1/roadmaps/{id}/measures/{measureId}/reports", new Case((t, r) -> Plans.report(r, "/api/v1/roadmaps/"
                + pick(t, ownRoadmap, foreignRoadmap) + "/measures/" + pick(t, ownMeasure, foreignMeasure) + "/reports", "Проведено", "IN_PROGRESS"),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, new Expect(201, 404), Caller.INTEGRATOR, Expect.both(403))));

        // the documents: whoever sees the record may download it
        c.put("GET /api/v1/roadmaps/{id}/document", new Case((t, r) -> r.get("/api/v1/roadmaps/" + pick(t, ownRoadmap, foreignRoadmap)
                + "/document"), readable()));
        c.put("GET /api/v1/roadmaps/{id}/annual-report", new Case((t, r) -> r.get("/api/v1/roadmaps/" + pick(t, ownRoadmap, foreignRoadmap)
                + "/annual-report"), readable()));
        c.put("GET /api/v1/roadmaps/{id}/controlling-points", new Case((t, r) -> r.get("/api/v1/roadmaps/" + pick(t, ownRoadmap, foreignRoadmap)
                + "/controlling-points"), readable()));
        c.put("GET /api/v1/decisions/{id}/document", new Case((t, r) -> r.get("/api/v1/decisions/" + pick(t, ownDecision, foreignDecision)
                + "/document"), readable()));
        c.put("GET /api/v1/school-lists/{id}/order", new Case((t, r) -> r.get("/api/v1/school-lists/" + pick(t, ownList, foreignList)
                + "/order"), readable()));
        // the effect of support: whoever sees the subject sees its effect (schools outside their sight only in aggregates);
        // people's work, not the integrator's
        for (String[] subject : new String[][] {{"school-lists", "list"}, {"roadmaps", "roadmap"}, {"partnerships", "partnership"},
            {"schools", "school"}, {"municipalities", "municipality"}}) {
            for (String suffix : List.of("/effect", "/effect.xlsx")) {
                c.put("GET /api/v1/" + subject[0] + "/{id}" + suffix, new Case((t, r) -> r.get("/api/v1/" + subject[0] + "/" + switch (subject[1]) {
                    case "list" -> pick(t, ownList, foreignList);
                    case "roadmap" -> pick(t, ownRoadmap, foreignRoadmap);
                    case "partnership" -> pick(t, ownPartnership, foreignPartnership);
                    case "school" -> pick(t, ownSchool, foreignSchool);
                    default -> pick(t, ownMunicipality, foreignMunicipality);
                } + suffix), withIntegrator(readable(), Expect.both(403))));
            }
        }
        // the school's page: whoever sees the school; people's work, not the integrator's
        c.put("GET /api/v1/schools/{id}/dossier", new Case((t, r) -> r.get("/api/v1/schools/" + pick(t, ownSchool, foreignSchool) + "/dossier"),
                withIntegrator(readable(), Expect.both(403))));
        c.put("GET /api/v1/campaigns/{id}/letter", new Case((t, r) -> r.get("/api/v1/campaigns/" + pick(t, ownCampaign, foreignCampaign)
                + "/letter"), readable()));

        // imports: a draft is read for a place of the caller's own; an imported decision or plan is created as a typed one is
        c.put("POST /api/v1/documents/drafts", new Case((t, r) -> {
            RequestSpecification form = r.contentType("multipart/form-data").multiPart("file", "decision.txt", SeedFiles.txt(SeedFiles.KERCH_DECISION));
            return (t == Target.OWN ? form : form.multiPart("regionId", String.valueOf(foreignRegion))).post("/api/v1/documents/drafts");
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403))));
        c.put("POST /api/v1/documents/decisions", new Case((t, r) -> imported(r, "decision", SeedFiles.KERCH_DECISION, decisionInput(t)),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("POST /api/v1/documents/roadmaps", new Case((t, r) -> imported(r, "roadmap", SeedFiles.SLAVSK_ROADMAP, roadmapInput(t)),
                c.get("POST /api/v1/roadmaps").expect()));

        c.put("GET /api/v1/decisions", new Case((t, r) -> r.get("/api/v1/decisions"), lists()));
        c.put("GET /api/v1/decisions/{id}", new Case((t, r) -> r.get("/api/v1/decisions/" + pick(t, ownDecision, foreignDecision)), readable()));
        c.put("POST /api/v1/decisions", new Case((t, r) -> r.body(decisionInput(t)).post("/api/v1/decisions"),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("PUT /api/v1/decisions/{id}", new Case((t, r) -> {
            Map<String, Object> d = Plans.createDecision(decisionInput(t));
            Map<String, Object> input = decisionInput(t);
            input.put("title", "О работе со школами с низкими результатами (уточнено)");
            input.put("version", d.get("version"));
            return r.body(input).put("/api/v1/decisions/" + d.get("id"));
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("GET /api/v1/decisions/{id}/assessments", new Case((t, r) -> r.get("/api/v1/decisions/" + pick(t, ownDecision, foreignDecision)
                + "/assessments"), readable()));
        c.put("PUT /api/v1/decisions/{id}/assessments", new Case((t, r) -> {
            Map<String, Object> d = Plans.createDecision(decisionInput(t));
            return r.body(Map.of("version", d.get("version"), "assessments", List.of(Map.of("bodyId", pick(t, ownBody, foreignBody),
                    "verdict", "ADEQUATE")))).put("/api/v1/decisions/" + d.get("id") + "/assessments");
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        // the management cycle: the analyst's region, the coordinator's own row; no school, no integrator
        Map<Caller, Expect> cycle = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/cycle", new Case((t, r) -> r.queryParam("regionId", pick(t, ownRegion, foreignRegion)).get("/api/v1/cycle"), cycle));
        c.put("GET /api/v1/cycle/export", new Case((t, r) -> r.queryParam("regionId", pick(t, ownRegion, foreignRegion))
                .get("/api/v1/cycle/export"), cycle));
        c.put("GET /api/v1/municipalities/{id}/cycle", new Case((t, r) -> r.get("/api/v1/municipalities/"
                + pick(t, ownMunicipality, foreignMunicipality) + "/cycle"), cycle));
        // trends: a school's own trend for its staff, its coordinator and the region's analysts; never the integrator's
        c.put("GET /api/v1/trends", new Case((t, r) -> r.queryParam("indicatorId", pick(t, ownIndicator, foreignIndicator))
                .queryParam("schoolId", pick(t, ownSchool, foreignSchool)).get("/api/v1/trends"),
                Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                        Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403))));
        // the comparison of municipalities: the region's analysts, its coordinators (their own row), no school, no integrator
        for (String suffix : List.of("", ".xlsx")) {
            c.put("GET /api/v1/campaigns/{id}/municipality-comparison" + suffix, new Case((t, r) -> r.get("/api/v1/campaigns/"
                    + pick(t, ownCampaign, foreignCampaign) + "/municipality-comparison" + suffix), cycle));
        }
        // the region's overview: its analysts and the administrators; a coordinator of the region is refused
        c.put("GET /api/v1/regions/{id}/overview", new Case((t, r) -> r.get("/api/v1/regions/" + pick(t, ownRegion, foreignRegion) + "/overview"),
                Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(403, 404),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        String point = "/api/v1/decisions/{id}/points/{pointId}";
        c.put("GET " + point + "/reports", new Case((t, r) -> r.get(pointPath(pick(t, ownDecision, foreignDecision), pick(t, ownPoint, foreignPoint))
                + "/reports"), readable()));
        c.put("POST " + point + "/reports", new Case((t, r) -> Plans.report(r, pointPath(pick(t, ownDecision, foreignDecision),
                        pick(t, ownPoint, foreignPoint)) + "/reports", "Совещание проведено", null),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(403, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, new Expect(403, 404), Caller.INTEGRATOR, Expect.both(403))));
        Map<Caller, Expect> controller = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("POST " + point + "/reports/{reportId}/review", new Case((t, r) -> {
            Map<String, Object> d = Plans.createDecision(decisionInput(t));
            String path = pointPath(((Number) d.get("id")).longValue(), Plans.pointId(d, "1"));
            long report = Plans.report(Plans.multipartAs("admin"), path + "/reports", "Сделано", null).then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            return r.body(Map.of("decision", "ACCEPTED")).post(path + "/reports/" + report + "/review");
        }, controller));
        c.put("POST " + point + "/extensions", new Case((t, r) -> {
            Map<String, Object> d = Plans.createDecision(decisionInput(t));
            long p = Plans.pointId(d, "1");
            long version = Api.as("admin").get("/api/v1/decisions/" + d.get("id")).then().extract().jsonPath()
                    .getLong("points.find { it.id == " + p + " }.version");
            return r.body(Map.of("newDue", "2027-12-31", "reason", "Перенос по ходатайству", "version", version))
                    .post(pointPath(((Number) d.get("id")).longValue(), p) + "/extensions");
        }, controller));
        Map<Caller, Expect> listMakers = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, Expect.both(403), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> listCreators = Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, Expect.both(403), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/identification-rules", new Case((t, r) -> r.get("/api/v1/identification-rules"), lists()));
        c.put("GET /api/v1/identification-rules/{id}", new Case((t, r) -> r.get("/api/v1/identification-rules/" + pick(t, ownRule, foreignRule)),
                readable()));
        c.put("POST /api/v1/identification-rules", new Case((t, r) -> r.body(ruleInput(t)).post("/api/v1/identification-rules"), listCreators));
        c.put("PUT /api/v1/identification-rules/{id}", new Case((t, r) -> {
            var rule = Api.as("admin").body(ruleInput(t)).post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath();
            Map<String, Object> input = ruleInput(t);
            input.put("version", rule.getLong("version"));
            return r.body(input).put("/api/v1/identification-rules/" + rule.getLong("id"));
        }, listMakers));
        c.put("GET /api/v1/school-lists", new Case((t, r) -> r.get("/api/v1/school-lists"), lists()));
        c.put("GET /api/v1/school-lists/{id}", new Case((t, r) -> r.get("/api/v1/school-lists/" + pick(t, ownList, foreignList)), readable()));
        c.put("POST /api/v1/school-lists", new Case((t, r) -> r.body(Map.of("regionId", pick(t, ownRegion, listRegion), "year", listYear++,
                "ruleId", pick(t, ownRule, foreignRule), "campaignIds", List.of(pick(t, ownCampaign, foreignCampaign)))).post("/api/v1/school-lists"),
                listCreators));
        c.put("PUT /api/v1/school-lists/{id}/entries/{schoolId}", new Case((t, r) -> {
            Map<String, Object> list = draftList(t);
            return r.body(Map.of("included", false, "reason", "Уточнены данные", "version", list.get("version")))
                    .put("/api/v1/school-lists/" + list.get("id") + "/entries/" + pick(t, ownSchool, foreignSchoolOfPublished));
        }, listMakers));
        c.put("POST /api/v1/school-lists/{id}/approval", new Case((t, r) -> {
            Map<String, Object> list = draftList(t);
            return r.body(approval(t, list.get("version"))).post("/api/v1/school-lists/" + list.get("id") + "/approval");
        }, listMakers));
        c.put("GET /api/v1/schools/{id}/lists", new Case((t, r) -> r.get("/api/v1/schools/" + pick(t, ownSchool, foreignSchoolOfPublished) + "/lists"),
                readable()));
        // school staff read the factors behind their own profile in it, not the region's set-up
        c.put("GET /api/v1/risk-factors", new Case((t, r) -> r.get("/api/v1/risk-factors"), Map.of(Caller.ADMIN, Expect.both(200),
                Caller.ANALYST, Expect.both(200), Caller.COORDINATOR, Expect.both(200), Caller.SCHOOL_STAFF, Expect.both(403),
                Caller.INTEGRATOR, Expect.both(403))));
        c.put("POST /api/v1/risk-factors", new Case((t, r) -> r.body(riskFactorInput(t)).post("/api/v1/risk-factors"), listCreators));
        c.put("PUT /api/v1/risk-factors/{id}", new Case((t, r) -> {
            var factor = Api.as("admin").body(riskFactorInput(t)).post("/api/v1/risk-factors").then().statusCode(201).extract().jsonPath();
            Map<String, Object> input = riskFactorInput(t);
            input.put("version", factor.getLong("version"));
            return r.body(input).put("/api/v1/risk-factors/" + factor.getLong("id"));
        }, listMakers));
        c.put("GET /api/v1/schools/{id}/risk-profile", new Case((t, r) -> r.get("/api/v1/schools/" + pick(t, ownSchool, foreignSchoolOfPublished)
                + "/risk-profile"), readable()));
        c.put("PUT /api/v1/schools/{id}/risk-profile/{factorId}", new Case((t, r) -> {
            long campaign = campaignWithDraft(t);
            long school = pick(t, ownSchool, foreignSchool);
            Monitoring.submitAsAdmin(campaign, school);
            long factor = Api.as("admin").queryParam("regionId", pick(t, ownRegion, foreignRegion)).get("/api/v1/risk-factors").then()
                    .extract().jsonPath().getLong("items[0].id");
            return r.body(Map.of("campaignId", campaign, "level", "HIGH", "comment", "Оценка школы"))
                    .put("/api/v1/schools/" + school + "/risk-profile/" + factor);
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403))));
        c.put("GET /api/v1/analyses/{id}/schools/{schoolId}/partners", new Case((t, r) -> r.get("/api/v1/analyses/"
                + pick(t, ownAnalysis, foreignAnalysis) + "/schools/" + pick(t, ownSchool, foreignSchoolOfPublished) + "/partners"),
                Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("GET /api/v1/partnerships", new Case((t, r) -> r.get("/api/v1/partnerships"), lists()));
        c.put("GET /api/v1/partnerships/plan", new Case((t, r) -> r.get("/api/v1/partnerships/plan"), lists()));
        c.put("GET /api/v1/partnerships/{id}", new Case((t, r) -> r.get("/api/v1/partnerships/" + pick(t, ownPartnership, foreignPartnership)),
                readable()));
        c.put("POST /api/v1/partnerships", new Case((t, r) -> r.body(partnershipInput(t)).post("/api/v1/partnerships"),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("POST /api/v1/partnerships/{id}/transitions", new Case((t, r) -> {
            long id = partnership(t);
            return r.body(Map.of("to", "AGREED", "version", 0, "agreementNumber", "7", "agreementDate", "2026-11-20"))
                    .post("/api/v1/partnerships/" + id + "/transitions");
        }, Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404), Caller.COORDINATOR, new Expect(200, 404),
                Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403))));
        c.put("GET /api/v1/recommendations", new Case((t, r) -> r.get("/api/v1/recommendations"), lists()));
        c.put("GET /api/v1/recommendations/{id}", new Case((t, r) -> r.get("/api/v1/recommendations/"
                + pick(t, ownRecommendation, foreignRecommendation)), readable()));
        c.put("POST /api/v1/recommendations", new Case((t, r) -> r.body(recommendationInput(t)).post("/api/v1/recommendations"),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("POST /api/v1/recommendations/{id}/transitions", new Case((t, r) -> r.body(Map.of("to", "ACCEPTED", "version", 0))
                .post("/api/v1/recommendations/" + recommendation(t) + "/transitions"),
                Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(403, 404), Caller.COORDINATOR, new Expect(403, 404),
                        Caller.SCHOOL_STAFF, new Expect(200, 404), Caller.INTEGRATOR, Expect.both(403))));
        trainingCases(c);
        c.put("GET /api/v1/evidence/{id}", new Case((t, r) -> r.get("/api/v1/evidence/" + pick(t, ownEvidence, foreignEvidence)), readable()));
        c.put("GET /api/v1/my-work", new Case((t, r) -> r.get("/api/v1/my-work"), lists()));
        Map<Caller, Expect> controlViews = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(200),
                Caller.COORDINATOR, Expect.both(200), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(200));
        c.put("GET /api/v1/control/dashboard", new Case((t, r) -> r.get("/api/v1/control/dashboard"), controlViews));
        c.put("GET /api/v1/control/export", new Case((t, r) -> r.get("/api/v1/control/export"), controlViews));
        c.put("GET /api/v1/notifications", new Case((t, r) -> r.get("/api/v1/notifications"), lists()));
        // a reminder belongs to its recipient: the Kerch authority's is the Kerch coordinator's only
        c.put("POST /api/v1/notifications/{id}/read", new Case((t, r) -> r.post("/api/v1/notifications/"
                + pick(t, ownNotification, foreignNotification) + "/read"), Map.of(Caller.ADMIN, Expect.both(200),
                Caller.ANALYST, Expect.both(404), Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, Expect.both(404),
                Caller.INTEGRATOR, Expect.both(404))));
    }

    /** A teacher of the own (Kerch 1) or foreign (Slavsk 1) school. */
    static long firstTeacher(Target t) {
        long school = pick(t, ownSchool, foreignSchool);
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ru.rostok.staff.Teacher.<ru.rostok.staff.Teacher>find(
                "school.id = ?1 and archivedOn is null order by id", school).firstResult().id);
    }

    static Map<String, Object> trainingInput() {
        Map<String, Object> c = new HashMap<>(Map.of("programme", "Школа современного учителя математики",
                "provider", "ФГАОУ ДПО «Академия Минпросвещения России»", "hours", 36, "startsOn", "2026-02-01", "endsOn", "2026-02-20",
                "format", "DISTANCE"));
        return c;
    }

    static long training(Target t) {
        return Api.as("admin").body(trainingInput()).post("/api/v1/teachers/" + firstTeacher(t) + "/trainings").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Further training: whoever sees the teacher keeps it; integrators get none of it (personal data). */
    static void trainingCases(Map<String, Case> c) {
        Map<Caller, Expect> created = Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404),
                Caller.COORDINATOR, new Expect(201, 404), Caller.SCHOOL_STAFF, new Expect(201, 404), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/teachers/{teacherId}/trainings", new Case((t, r) -> r.get("/api/v1/teachers/" + firstTeacher(t) + "/trainings"), readable()));
        c.put("POST /api/v1/teachers/{teacherId}/trainings", new Case((t, r) -> r.body(trainingInput())
                .post("/api/v1/teachers/" + firstTeacher(t) + "/trainings"), created));
        c.put("POST /api/v1/schools/{schoolId}/trainings", new Case((t, r) -> {
            Map<String, Object> group = trainingInput();
            group.put("teacherIds", List.of(firstTeacher(t)));
            return r.body(group).post("/api/v1/schools/" + pick(t, ownSchool, foreignSchool) + "/trainings");
        }, created));
        c.put("PUT /api/v1/trainings/{id}", new Case((t, r) -> {
            Map<String, Object> input = trainingInput();
            input.put("version", 0);
            return r.body(input).put("/api/v1/trainings/" + training(t));
        }, readable()));
        c.put("POST /api/v1/trainings/{id}/complete", new Case((t, r) -> r.body(Map.of("completedOn", "2026-02-20", "documentNumber", "1", "version", 0))
                .post("/api/v1/trainings/" + training(t) + "/complete"), readable()));
        c.put("POST /api/v1/trainings/{id}/cancel", new Case((t, r) -> r.body(Map.of("version", 0))
                .post("/api/v1/trainings/" + training(t) + "/cancel"), readable()));
        c.put("GET /api/v1/trainings", new Case((t, r) -> r.get("/api/v1/trainings"), lists()));
        c.put("GET /api/v1/trainings/export", new Case((t, r) -> r.get("/api/v1/trainings/export"), lists()));
        c.put("GET /api/v1/trainings/summary", new Case((t, r) -> r.get("/api/v1/trainings/summary"), lists()));
        c.put("GET /api/v1/trainings/summary/export", new Case((t, r) -> r.get("/api/v1/trainings/summary/export"), lists()));
        c.put("GET /api/v1/trainings/due", new Case((t, r) -> r.get("/api/v1/trainings/due"), lists()));
    }

    /** Accounts: kept by the administrator, a region's analysts and a municipality's coordinator, each within their own. */
    static void accountCases(Map<String, Case> c) {
        Map<Caller, Expect> keepers = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, Expect.both(200),
                Caller.COORDINATOR, Expect.both(200), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        Map<Caller, Expect> ownOnly = Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 404),
                Caller.COORDINATOR, new Expect(200, 404), Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403));
        c.put("GET /api/v1/users", new Case((t, r) -> r.get("/api/v1/users"), keepers));
        c.put("GET /api/v1/users/options", new Case((t, r) -> r.get("/api/v1/users/options"), keepers));
        c.put("GET /api/v1/users/{id}", new Case((t, r) -> r.get("/api/v1/users/" + Accounts.idOf(t == Target.OWN ? "school.kerch2" : "school.slavsk1")),
                ownOnly));
        c.put("POST /api/v1/users", new Case((t, r) -> r.body(staffInput(pick(t, ownSchool, foreignSchool))).post("/api/v1/users"),
                Map.of(Caller.ADMIN, Expect.both(201), Caller.ANALYST, new Expect(201, 404), Caller.COORDINATOR, new Expect(201, 404),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        c.put("POST /api/v1/users/{id}/disable", new Case((t, r) -> r.post("/api/v1/users/" + staffAccount(t) + "/disable"), ownOnly));
        c.put("POST /api/v1/users/{id}/enable", new Case((t, r) -> r.post("/api/v1/users/" + staffAccount(t) + "/enable"), ownOnly));
        c.put("POST /api/v1/users/{id}/setup", new Case((t, r) -> r.post("/api/v1/users/" + staffAccount(t) + "/setup"), ownOnly));
        c.put("PUT /api/v1/users/{id}/school", new Case((t, r) -> r.body(Map.of("schoolId", pick(t, ownPartners.get(0), foreignPartners.get(0))))
                .put("/api/v1/users/" + staffAccount(t) + "/school"), ownOnly));
        c.put("GET /api/v1/users/import/template", new Case((t, r) -> r.get("/api/v1/users/import/template"), keepers));
        c.put("POST /api/v1/users/import", new Case((t, r) -> r.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(usersSheet(t == Target.OWN ? Demo.KERCH_SCHOOL_1_INN : Demo.SLAVSK_SCHOOL_1_INN)).post("/api/v1/users/import"),
                Map.of(Caller.ADMIN, Expect.both(200), Caller.ANALYST, new Expect(200, 422), Caller.COORDINATOR, new Expect(200, 422),
                        Caller.SCHOOL_STAFF, Expect.both(403), Caller.INTEGRATOR, Expect.both(403))));
        // a new school each time: the demo schools' staff must keep signing in
        c.put("POST /api/v1/schools/{id}/accounts/disable", new Case((t, r) -> r.post("/api/v1/schools/"
                + Api.as("admin").body(Api.newSchool(pick(t, ownMunicipality, foreignMunicipality))).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id") + "/accounts/disable"), ownOnly));
        // the setup link is the proof: anyone may try one, a made-up one is not found
        Map<Caller, Expect> nobody = new HashMap<>();
        for (Caller caller : Caller.values()) {
            nobody.put(caller, Expect.both(404));
        }
        c.put("GET /api/v1/account-setup/{token}", new Case((t, r) -> r.get("/api/v1/account-setup/no-such-token-" + t), nobody));
        c.put("POST /api/v1/account-setup/{token}", new Case((t, r) -> r.body(Map.of("password", "a-long-enough-password"))
                .post("/api/v1/account-setup/no-such-token-" + t), nobody));
    }

    static Map<String, Object> staffInput(long school) {
        return Map.of("lastName", "Матрицева", "firstName", "Анна", "email", Accounts.newEmail("matrix"), "role", "school-staff", "schoolId", school);
    }

    /** A new staff account of the own (Kerch) or foreign (Slavsk) school, made by the administrator. */
    static String staffAccount(Target t) {
        return Api.as("admin").body(staffInput(pick(t, ownSchool, foreignSchool))).post("/api/v1/users").then().statusCode(201).extract()
                .jsonPath().getString("user.id");
    }

    static byte[] usersSheet(String inn) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Пользователи");
            String[] row0 = {"ФИО", "E-mail", "Роль", "ИНН школы или ОКТМО муниципалитета или код субъекта"};
            String[] row1 = {"Матрицева Анна Сергеевна", Accounts.newEmail("matrix"), "Сотрудник школы", inn};
            for (int i = 0; i < row0.length; i++) {
                ws.value(0, i, row0[i]);
                ws.value(1, i, row1[i]);
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void deleteTheAccountsMade() {
        Accounts.deleteThisRun();
    }

    static byte[] importSheet(String oktmo) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "test", "1.0");
            Worksheet ws = wb.newWorksheet("Школы");
            String[] header = {"ИНН", "Краткое наименование", "Полное наименование", "Тип", "Местность", "Адрес", "Директор", "Обучающихся", "Педагогов", "ОКТМО"};
            for (int i = 0; i < header.length; i++) {
                ws.value(0, i, header[i]);
            }
            Object[] row = {newInn(), "МБОУ «Матрица»", "Муниципальное бюджетное общеобразовательное учреждение «Матрица»", "СОШ", "сельская",
                    "с. Тестовое", "Иванова И.И.", 100, 10, oktmo};
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof Integer n) {
                    ws.value(1, i, n);
                } else {
                    ws.value(1, i, (String) row[i]);
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RequestSpecification request(Caller caller) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        return switch (caller) {
            case ANONYMOUS -> r;
            case ADMIN -> r.auth().oauth2(Tokens.of("admin"));
            case ANALYST -> r.auth().oauth2(Tokens.of("analyst.crimea"));
            case COORDINATOR -> r.auth().oauth2(Tokens.of("coord.kerch"));
            case SCHOOL_STAFF -> r.auth().oauth2(Tokens.of("school.kerch1"));
            case INTEGRATOR -> r.auth().oauth2(Tokens.integrator());
        };
    }

    @SuppressWarnings("unchecked")
    static List<String> documentedOperations() {
        String yaml = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Map<String, Object> doc = new Yaml().load(yaml);
        List<String> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, item) -> item.keySet().stream()
                .filter(m -> List.of("get", "post", "put", "patch", "delete").contains(m))
                .forEach(m -> operations.add(m.toUpperCase() + " " + path)));
        return operations;
    }

    @Test
    void everyDocumentedOperationHasARowInTheMatrix() {
        assertThat(new TreeSet<>(cases().keySet()))
                .as("operations of the OpenAPI document; add a row to ScopeMatrixTest.cases() for a new endpoint")
                .isEqualTo(new TreeSet<>(documentedOperations()));
    }

    @Test
    void everyOperationAnswersEachRoleAsTheScopeRulesSay() {
        lookUpDemoRecords();
        lookUpNotifications();
        List<String> failures = new ArrayList<>();
        cases().forEach((operation, testCase) -> {
            for (Caller caller : Caller.values()) {
                for (Target target : Target.values()) {
                    int expected = caller == Caller.ANONYMOUS && !testCase.expect().containsKey(Caller.ANONYMOUS) ? 401
                            : target == Target.OWN ? testCase.expect().get(caller).own() : testCase.expect().get(caller).foreign();
                    Response response = testCase.call().apply(target, request(caller));
                    if (response.statusCode() != expected) {
                        failures.add(operation + " as " + caller + " on " + target + ": expected " + expected + ", got "
                                + response.statusCode() + " " + response.asString());
                    } else if (expected >= 400) {
                        assertThat(response.contentType()).as(operation + " as " + caller).startsWith("application/problem+json");
                    }
                }
            }
        });
        assertThat(failures).isEmpty();
    }
}
