package ru.rostok.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;
import ru.rostok.support.Plans;
import ru.rostok.support.SeedFiles;

/**
 * An own path with a foreign id inside the body, for every write of the API that takes ids. Each role that may make the
 * write on a record of its own sends a valid body with one id replaced by a foreign one: of another school of the same
 * municipality, of another municipality of the same region, of another region, or one the caller sees but may not use
 * (the ministry named by a coordinator, a plan of another school, a campaign the school handed nothing in for). The
 * answer is a 4xx problem and the tables the write touches are as they were; the same body with the caller's own ids
 * then succeeds, so the refusal is the foreign id's doing. A write of the OpenAPI document whose body carries an id
 * field without a row here fails {@link #everyIdInTheBodyOfAWriteHasARow()}.
 */
@QuarkusTest
class ForeignIdInBodyTest {
    static final String MINISTRY_OF_CRIMEA_INN = "9134604040";
    static final String FEODOSIA_SCHOOL_1_INN = "9134301937";

    enum Role {
        ANALYST("analyst.crimea"), COORDINATOR("coord.kerch"), SCHOOL_STAFF("school.kerch1");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    /** How far the foreign id lies from the caller's own record. */
    enum Distance { OTHER_SCHOOL, OTHER_MUNICIPALITY, OTHER_REGION, NOT_USABLE }

    /**
     * A valid write on a record of the caller's own: the body built afresh (with the record's current version), how it
     * is sent, whether the unchanged body is sent once to prove it valid, and what to tidy up after that.
     */
    record Own(Supplier<Map<String, Object>> body, BiFunction<RequestSpecification, Map<String, Object>, Response> send,
               boolean control, Consumer<Response> after) {
    }

    /** One id field of a body, the foreign ids each role tries in it, and the own write it is tried on (else the operation's). */
    record Field(String path, Map<Role, Map<Distance, Long>> foreign, Function<Role, Own> own) {
    }

    /** A write operation as the OpenAPI document names it, the tables it writes, and its id fields. */
    record Operation(String key, List<String> tables, Function<Role, Own> own, List<Field> fields) {
    }

    @Inject
    AgroalDataSource db;

    static boolean ready;
    static long crimea, kaliningrad, krasnoyarsk, kerch, feodosia, slavsk, testMunicipality;
    static long kerchAuthority, feodosiaAuthority, slavskAuthority, ministry, testBody;
    static long kerch1, gymnasium2, kerchOther, pairWeak, pairPartner, transitionPartner, feodosiaSchool, slavsk1, testSchool;
    static long indicator, spareIndicator, retiredIndicator, kaliningradIndicator;
    static long crimeaMonitoring, lesosibirskMonitoring, feodosiaCampaign, draftCampaign, submissionCampaign, riskCampaign, riskFactor;
    static long municipalIndicator, kaliningradMunicipalIndicator, monitoringOfMunicipalities;
    static long ownRun, feodosiaRun, foreignRun, ownRule, foreignRule, ownList, foreignList;
    static long regionalMeasure, kerchMeasureAll, kerchMeasureAuthority, feodosiaMeasure, slavskMeasure, gymnasiumMeasure;
    static long ownPartnershipPlan, kerch1SchoolPlan, gymnasiumPartnershipPlan, feodosiaPartnershipPlan, lesosibirskPartnershipPlan;
    static long otherKerchPoint, feodosiaPoint, slavskPoint;
    static long eventPlan, eventMeasure, eventDecision, eventPoint;
    static long kerchPlan, feodosiaPlan, slavskPlan, regionalPlan, approvedList;
    /** Routes: a Kerch school 1 teacher with a mentor of a partner school, and ids of other teachers' records at every distance. */
    static long routeTeacher, routeMentor, routeAssessment, routeTraining, strangerMentor, closedMentor, feodosiaTeacher, slavskTeacher;
    static long otherKerch1Teacher, otherAssessment, feodosiaAssessment, slavskAssessment, otherTraining, feodosiaTraining, slavskTraining;
    static long otherStep, feodosiaStep, slavskStep;
    /** Years no other test makes lists for (the scope matrix counts up from 2060, the lists' test uses 2039 and 2050). */
    static final AtomicInteger YEAR = new AtomicInteger(2001);

    /** Once per class; not in a static @BeforeAll, where REST Assured does not yet know the test port. */
    @BeforeEach
    void lookUpAndMakeRecordsAtEveryDistance() {
        if (ready) {
            return;
        }
        crimea = Api.regionId(Demo.CRIMEA);
        kaliningrad = Api.regionId(Demo.KALININGRAD);
        kerch = Api.municipalityId(Demo.KERCH);
        feodosia = Api.municipalityId(Demo.FEODOSIA);
        slavsk = Api.municipalityId(Demo.SLAVSK);
        kerchAuthority = Api.bodyId(Demo.KERCH_AUTHORITY_INN);
        slavskAuthority = Api.bodyId(Demo.SLAVSK_AUTHORITY_INN);
        ministry = Api.bodyId(MINISTRY_OF_CRIMEA_INN);
        feodosiaAuthority = Api.as("admin").queryParam("municipalityId", feodosia).queryParam("kind", "EDUCATION_AUTHORITY")
                .get("/api/v1/bodies").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        kerch1 = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        gymnasium2 = Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN);
        slavsk1 = Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN);
        // Kerch schools no other test pairs: the scope matrix pairs the first school with the first ones of the list
        List<Long> kerchSchools = schoolsOf(kerch).stream().filter(s -> s != kerch1 && s != gymnasium2).toList();
        kerchOther = kerchSchools.get(kerchSchools.size() / 2);
        pairWeak = kerchSchools.get(kerchSchools.size() - 1);
        pairPartner = kerchSchools.get(kerchSchools.size() - 2);
        transitionPartner = kerchSchools.get(kerchSchools.size() - 3);
        // a Feodosia school in the middle of the list: other tests use the first two, the last two and the demo user's
        long feodosia1 = Api.schoolId(FEODOSIA_SCHOOL_1_INN);
        List<Long> feodosiaSchools = schoolsOf(feodosia).stream().filter(s -> s != feodosia1).toList();
        feodosiaSchool = feodosiaSchools.get(feodosiaSchools.size() / 2);

        testMunicipality = Api.as("admin").body(Map.of("regionId", crimea, "oktmo", oktmo(), "name", "Муниципальный округ для проверки чужих ссылок",
                "kind", "MUNICIPAL_OKRUG")).post("/api/v1/municipalities").then().statusCode(201).extract().jsonPath().getLong("id");
        testBody = Api.as("admin").body(bodyInput()).post("/api/v1/bodies").then().statusCode(201).extract().jsonPath().getLong("id");
        testSchool = Api.as("admin").body(Api.newSchool(testMunicipality)).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        indicator = Monitoring.indicatorId(crimea, "VPR_F2");
        spareIndicator = Monitoring.indicatorId(crimea, "M_VISITS");
        kaliningradIndicator = Monitoring.indicatorId(kaliningrad, "VPR_F2");
        retiredIndicator = freshIndicator();
        Map<String, Object> revision = Monitoring.asInput(Monitoring.indicator(retiredIndicator));
        revision.put("name", "Новая редакция показателя");
        Api.as("admin").body(revision).post("/api/v1/indicators/" + retiredIndicator + "/revisions").then().statusCode(201);

        crimeaMonitoring = Monitoring.campaignId(Demo.CRIMEA_MONITORING);
        lesosibirskMonitoring = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        krasnoyarsk = ((Number) Monitoring.campaign(lesosibirskMonitoring).get("regionId")).longValue();
        feodosiaCampaign = Monitoring.openCampaign(Monitoring.campaignInput(crimea, feodosia, feodosiaAuthority, List.of(feodosiaSchool),
                List.of(indicator), false));
        draftCampaign = ((Number) Monitoring.createDraft(campaign()).get("id")).longValue();
        submissionCampaign = Monitoring.openCampaign(Monitoring.campaignInput(crimea, kerch, kerchAuthority, List.of(kerch1),
                List.of(indicator), false));
        riskCampaign = Monitoring.openCampaign(Monitoring.campaignInput(crimea, kerch, kerchAuthority, List.of(kerch1), List.of(indicator), true));
        municipalIndicator = Monitoring.indicatorId(crimea, "MUN_VISITS");
        kaliningradMunicipalIndicator = Monitoring.indicatorId(kaliningrad, "MUN_VISITS");
        monitoringOfMunicipalities = Monitoring.openCampaign(Monitoring.municipalCampaignInput(crimea, Api.bodyId(MINISTRY_OF_CRIMEA_INN),
                List.of(municipalIndicator)));
        Monitoring.saveAsAdmin(riskCampaign, kerch1, List.of(Monitoring.percent(indicator, 3, 30)));
        Monitoring.submitAsAdmin(riskCampaign, kerch1);
        riskFactor = Api.as("admin").queryParam("regionId", crimea).get("/api/v1/risk-factors").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");

        ownRun = run(crimeaMonitoring);
        feodosiaRun = run(feodosiaCampaign);
        foreignRun = run(lesosibirskMonitoring);
        ownRule = Api.as("admin").body(ruleInput(crimea)).post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        foreignRule = Api.as("admin").body(ruleInput(krasnoyarsk)).post("/api/v1/identification-rules").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        ownList = draftList(crimea, ownRule, crimeaMonitoring);
        foreignList = draftList(krasnoyarsk, foreignRule, lesosibirskMonitoring);
        approvedList = approvedList(crimea, ownRule, crimeaMonitoring, kerch1);

        Map<String, Object> regional = copy(Plans.municipalRoadmap(crimea, kerch, ministry));
        regional.put("level", "REGION");
        regional.remove("municipalityId");
        regional.put("measures", List.of(Map.of("number", "1", "text", "Разработать школьные программы повышения качества образования",
                "deadlineText", "весь период", "responsible", List.of(Map.of("label", "Общеобразовательные организации", "allSchools", true)))));
        regionalPlan = Plans.createRoadmap(regional);
        regionalMeasure = Plans.firstMeasure(regionalPlan);
        kerchPlan = Plans.createRoadmap(Plans.municipalRoadmap(crimea, kerch, kerchAuthority));
        kerchMeasureAll = measureNumbered(kerchPlan, "1");
        kerchMeasureAuthority = measureNumbered(kerchPlan, "2");
        feodosiaPlan = Plans.createRoadmap(Plans.municipalRoadmap(crimea, feodosia, feodosiaAuthority));
        feodosiaMeasure = measureNumbered(feodosiaPlan, "1");
        slavskPlan = Api.as("admin").queryParam("municipalityId", slavsk).get("/api/v1/roadmaps").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        slavskMeasure = Plans.firstMeasure(slavskPlan);
        Map<String, Object> gymnasiumPlan = schoolPlan();
        gymnasiumPlan.put("schoolId", gymnasium2);
        gymnasiumMeasure = Plans.firstMeasure(Plans.createRoadmap(gymnasiumPlan));
        kerch1SchoolPlan = Plans.createRoadmap(schoolPlan());
        ownPartnershipPlan = partnershipPlan(crimea, kerch, kerchAuthority, kerch1);
        gymnasiumPartnershipPlan = partnershipPlan(crimea, kerch, kerchAuthority, gymnasium2);
        feodosiaPartnershipPlan = partnershipPlan(crimea, feodosia, feodosiaAuthority, feodosiaSchool);
        // in Lesosibirsk: the Slavsk plan other tests look up is the newest of Slavsk's
        long lesosibirsk = Api.municipalityId(Demo.LESOSIBIRSK);
        long lesosibirskAuthority = Api.as("admin").queryParam("municipalityId", lesosibirsk).get("/api/v1/bodies").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        lesosibirskPartnershipPlan = partnershipPlan(krasnoyarsk, lesosibirsk, lesosibirskAuthority, schoolsOf(lesosibirsk).get(0));

        otherKerchPoint = Plans.pointId(Plans.createDecision(Plans.municipalDecision(crimea, kerch, kerchAuthority)), "1");
        feodosiaPoint = Plans.pointId(Plans.createDecision(Plans.municipalDecision(crimea, feodosia, feodosiaAuthority)), "1");
        slavskPoint = Plans.pointId(Plans.createDecision(Plans.municipalDecision(kaliningrad, slavsk, slavskAuthority)), "1");
        eventPlan = Plans.approvedRoadmap(Plans.municipalRoadmap(crimea, kerch, kerchAuthority));
        eventMeasure = measureNumbered(eventPlan, "1");
        Map<String, Object> eventDecisionMade = Plans.createDecision(Plans.municipalDecision(crimea, kerch, kerchAuthority));
        eventDecision = ((Number) eventDecisionMade.get("id")).longValue();
        eventPoint = Plans.pointId(eventDecisionMade, "1");
        routeRecords();
        ready = true;
    }

    // ------------------------------------------------------------------ records made as the administrator

    static List<Long> schoolsOf(long municipality) {
        return Api.as("admin").queryParam("municipalityId", municipality).queryParam("size", 500).get("/api/v1/schools").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class);
    }

    static String oktmo() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    }

    static Map<String, Object> bodyInput() {
        String inn = Api.newInn();
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("inn", inn);
        input.put("kind", "METHODOLOGICAL_CENTRE");
        input.put("shortName", "ИМЦ " + inn.substring(6));
        input.put("fullName", "Информационно-методический центр " + inn.substring(6));
        input.put("regionId", crimea);
        input.put("municipalityId", testMunicipality);
        return input;
    }

    static long freshIndicator() {
        return Api.as("admin").body(Monitoring.newIndicator(crimea)).post("/api/v1/indicators").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static long run(long campaign) {
        return Api.as("admin").body(Map.of()).post("/api/v1/campaigns/" + campaign + "/analyses").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static Map<String, Object> ruleInput(long region) {
        return new LinkedHashMap<>(Map.of("regionId", region, "kind", "LOW_RESULTS", "name", "Доля «2» по ВПР",
                "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 0)), "minMatches", 1));
    }

    static Map<String, Object> riskFactorInput(long region) {
        return new LinkedHashMap<>(Map.of("regionId", region, "name", "Высокая доля «2» по ВПР", "lowAt", 1, "mediumAt", 1, "highAt", 1,
                "conditions", List.of(Map.of("indicatorCode", "VPR_F2", "operator", "GE", "threshold", 20, "weight", 1))));
    }

    static Map<String, Object> listInput(long region, long rule, long campaign) {
        return new LinkedHashMap<>(Map.of("regionId", region, "year", YEAR.getAndIncrement(), "ruleId", rule, "campaignIds", List.of(campaign)));
    }

    static long draftList(long region, long rule, long campaign) {
        return Api.as("admin").body(listInput(region, rule, campaign)).post("/api/v1/school-lists").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    /** An approved list of the region with the school on it, whatever the rule proposed. */
    static long approvedList(long region, long rule, long campaign, long school) {
        long id = draftList(region, rule, campaign);
        String path = "/api/v1/school-lists/" + id;
        Api.as("admin").body(Map.of("included", true, "reason", "Включена для проверки", "version", version(path)))
                .put(path + "/entries/" + school).then().statusCode(200);
        Api.as("admin").body(Map.of("orderNumber", "16", "orderDate", "2026-12-01", "orderBodyId", ministry, "version", version(path)))
                .post(path + "/approval").then().statusCode(200);
        return id;
    }

    /** Kerch's monitoring of the approved list's schools. */
    static Map<String, Object> listCampaign() {
        Map<String, Object> input = campaign();
        input.put("schoolScope", "SCHOOL_LIST");
        input.remove("schoolIds");
        input.put("schoolListId", approvedList);
        return input;
    }

    static long measureNumbered(long roadmap, String number) {
        return Api.as("admin").get("/api/v1/roadmaps/" + roadmap).then().statusCode(200).extract().jsonPath()
                .getLong("measures.find { it.number == '" + number + "' }.id");
    }

    static long partnershipPlan(long region, long municipality, long authority, long school) {
        Map<String, Object> plan = copy(Plans.municipalRoadmap(region, municipality, authority));
        plan.put("level", "PARTNERSHIP");
        plan.put("schoolId", school);
        plan.put("measures", List.of(Map.of("number", "1", "text", "Взаимопосещение уроков математики", "deadlineText", "весь период")));
        return Plans.createRoadmap(plan);
    }

    /** Kerch's monitoring of its first school and the gymnasium, asking VPR_F2. */
    static Map<String, Object> campaign() {
        return copy(Monitoring.campaignInput(crimea, kerch, kerchAuthority, List.of(kerch1, gymnasium2), List.of(indicator), true));
    }

    /** Kerch's plan following a measure of the region's plan, its first measure the authority's and every school's, aimed at VPR_F2. */
    static Map<String, Object> municipalPlan() {
        Map<String, Object> plan = copy(Plans.municipalRoadmap(crimea, kerch, kerchAuthority));
        plan.put("parentMeasureId", regionalMeasure);
        return withTarget(plan);
    }

    /** The first school's plan following Kerch's measure of every school; its measure also the authority's, aimed at VPR_F2. */
    static Map<String, Object> schoolPlan() {
        Map<String, Object> plan = copy(Plans.municipalRoadmap(crimea, kerch, kerchAuthority));
        plan.put("level", "SCHOOL");
        plan.put("schoolId", kerch1);
        plan.remove("ownerBodyId");
        plan.put("parentMeasureId", kerchMeasureAll);
        plan.put("measures", copy(List.of(Map.of("number", "1", "text", "Педсовет по итогам ВПР", "deadlineText", "ноябрь 2026 г.",
                "responsible", List.of(Map.of("label", "Управление образования", "bodyId", kerchAuthority, "allSchools", false),
                        Map.of("label", "Заместитель директора по УВР", "allSchools", false))))));
        return withTarget(plan);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withTarget(Map<String, Object> plan) {
        Map<String, Object> first = ((List<Map<String, Object>>) plan.get("measures")).get(0);
        first.put("indicators", copy(List.of(Map.of("indicatorId", indicator, "targetValue", 10))));
        return plan;
    }

    static Map<String, Object> decision() {
        Map<String, Object> input = copy(Plans.municipalDecision(crimea, kerch, kerchAuthority));
        input.put("controllerLabel", "Управление образования");
        input.put("controllerBodyId", kerchAuthority);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) input.get("points")).get(0);
        first.put("indicators", copy(List.of(Map.of("indicatorId", indicator, "targetValue", 10))));
        first.put("plans", copy(List.of(Map.of("roadmapId", kerchPlan, "measureId", kerchMeasureAll))));
        return input;
    }

    static Map<String, Object> recommendation(String kind, String field, long id) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("addresseeKind", kind, field, id, "basisKind", "OTHER", "basis", "Выезд куратора",
                "text", "Провести педсовет по итогам ВПР", "deadline", "2027-01-15"));
        return input;
    }

    static Map<String, Object> recommendationOn(String basisKind, String field, long id) {
        Map<String, Object> input = recommendation("SCHOOL", "schoolId", kerch1);
        input.put("basisKind", basisKind);
        input.remove("basis");
        input.put(field, id);
        return input;
    }

    static Object version(String path) {
        return Api.as("admin").get(path).then().statusCode(200).extract().path("version");
    }

    static void closePartnership(long id) {
        Api.as("admin").body(Map.of("to", "CLOSED", "version", version("/api/v1/partnerships/" + id), "comment", "Закрыто после проверки"))
                .post("/api/v1/partnerships/" + id + "/transitions").then().statusCode(200);
    }

    // ------------------------------------------------------------------ bodies: copies and one id replaced

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> c = new LinkedHashMap<>();
            map.forEach((k, v) -> c.put((String) k, copy(v)));
            return (T) c;
        }
        if (value instanceof List<?> list) {
            List<Object> c = new ArrayList<>();
            list.forEach(v -> c.add(copy(v)));
            return (T) c;
        }
        return value;
    }

    /** The body with the id at the path («measures[].responsible[].bodyId»: of the first of each) replaced; of a list of ids, the first. */
    @SuppressWarnings("unchecked")
    static void routeRecords() {
        long partner = Api.as("admin").body(Api.newSchool(kerch)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
        long closed = Api.as("admin").body(Api.newSchool(kerch)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
        long stranger = Api.as("admin").body(Api.newSchool(kerch)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
        ru.rostok.support.StaffRecords.partnership(kerch1, partner, ru.rostok.partnership.PartnershipStatus.PROPOSED);
        ru.rostok.support.StaffRecords.partnership(closed, kerch1, ru.rostok.partnership.PartnershipStatus.CLOSED);
        var none = ru.rostok.staff.QualificationCategory.NONE;
        routeTeacher = ru.rostok.support.StaffRecords.teacher(kerch1, "MATHEMATICS", none, 3);
        routeMentor = ru.rostok.support.StaffRecords.teacher(partner, "MATHEMATICS", none, 20);
        closedMentor = ru.rostok.support.StaffRecords.teacher(closed, "MATHEMATICS", none, 20);
        strangerMentor = ru.rostok.support.StaffRecords.teacher(stranger, "MATHEMATICS", none, 20);
        otherKerch1Teacher = ru.rostok.support.StaffRecords.teacher(kerch1, "MATHEMATICS", none, 20);
        feodosiaTeacher = ru.rostok.support.StaffRecords.teacher(feodosiaSchool, "MATHEMATICS", none, 20);
        slavskTeacher = ru.rostok.support.StaffRecords.teacher(slavsk1, "MATHEMATICS", none, 20);
        routeAssessment = ru.rostok.support.StaffRecords.assessment(routeTeacher);
        routeTraining = ru.rostok.support.StaffRecords.training(routeTeacher);
        otherAssessment = ru.rostok.support.StaffRecords.assessment(otherKerch1Teacher);
        feodosiaAssessment = ru.rostok.support.StaffRecords.assessment(feodosiaTeacher);
        slavskAssessment = ru.rostok.support.StaffRecords.assessment(slavskTeacher);
        otherTraining = ru.rostok.support.StaffRecords.training(otherKerch1Teacher);
        feodosiaTraining = ru.rostok.support.StaffRecords.training(feodosiaTeacher);
        slavskTraining = ru.rostok.support.StaffRecords.training(slavskTeacher);
        otherStep = firstStep(otherKerch1Teacher);
        feodosiaStep = firstStep(feodosiaTeacher);
        slavskStep = firstStep(slavskTeacher);
    }

    static Map<String, Object> routeInput(Long mentorId, Long assessmentId, Long trainingId) {
        Map<String, Object> step = new LinkedHashMap<>(Map.of("kind", mentorId == null ? "SELF_STUDY" : "MENTORING", "text", "Посещение уроков наставника",
                "due", java.time.LocalDate.now().plusDays(30).toString()));
        if (mentorId != null) {
            step.put("mentorId", mentorId);
        }
        if (trainingId != null) {
            step.put("trainingId", trainingId);
        }
        Map<String, Object> input = new LinkedHashMap<>(Map.of("title", "ИОМ", "startsOn", java.time.LocalDate.now().toString(),
                "endsOn", java.time.LocalDate.now().plusDays(90).toString(), "steps", copy(List.of(step))));
        if (assessmentId != null) {
            input.put("assessmentId", assessmentId);
        }
        return input;
    }

    static long firstStep(long teacherId) {
        return Api.as("admin").body(routeInput(null, null, null)).post("/api/v1/teachers/" + teacherId + "/routes").then().statusCode(201)
                .extract().jsonPath().getLong("steps[0].id");
    }

    /** A route of the teacher made by the administrator, changed with its own step kept. */
    @SuppressWarnings("unchecked")
    static Own routeUpdate() {
        Map<String, Object> made = Api.as("admin").body(routeInput(routeMentor, routeAssessment, routeTraining))
                .post("/api/v1/teachers/" + routeTeacher + "/routes").then().statusCode(201).extract().jsonPath().getMap("");
        String path = "/api/v1/routes/" + made.get("id");
        return put(path, versioned(() -> {
            Map<String, Object> input = routeInput(routeMentor, routeAssessment, routeTraining);
            ((List<Map<String, Object>>) input.get("steps")).get(0).put("id", ((List<Map<String, Object>>) made.get("steps")).get(0).get("id"));
            return input;
        }, path));
    }

    static List<Field> routeFields() {
        Map<Distance, Long> mentors = ids(Distance.OTHER_SCHOOL, strangerMentor, Distance.OTHER_MUNICIPALITY, feodosiaTeacher,
                Distance.OTHER_REGION, slavskTeacher, Distance.NOT_USABLE, closedMentor);
        Map<Distance, Long> assessments = ids(Distance.NOT_USABLE, otherAssessment, Distance.OTHER_MUNICIPALITY, feodosiaAssessment,
                Distance.OTHER_REGION, slavskAssessment);
        Map<Distance, Long> trainings = ids(Distance.NOT_USABLE, otherTraining, Distance.OTHER_MUNICIPALITY, feodosiaTraining,
                Distance.OTHER_REGION, slavskTraining);
        Map<Distance, Long> steps = ids(Distance.NOT_USABLE, otherStep, Distance.OTHER_MUNICIPALITY, feodosiaStep, Distance.OTHER_REGION, slavskStep);
        return List.of(field("assessmentId", roles(assessments, assessments, assessments)),
                field("steps[].mentorId", roles(mentors, mentors, mentors)),
                field("steps[].trainingId", roles(trainings, trainings, trainings)),
                field("steps[].id", roles(steps, steps, steps)));
    }

    static Map<String, Object> with(Map<String, Object> body, String path, long id) {
        Map<String, Object> changed = copy(body);
        String[] steps = path.split("\\.");
        Map<String, Object> node = changed;
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            Object next = node.get(step.replace("[]", ""));
            if (step.endsWith("[]")) {
                assertThat((List<Object>) next).as(path + ": " + step + " in the own body").isNotEmpty();
                next = ((List<Object>) next).get(0);
            }
            assertThat(next).as(path + ": " + step + " in the own body").isInstanceOf(Map.class);
            node = (Map<String, Object>) next;
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("Ids")) {
            List<Object> ids = new ArrayList<>((List<Object>) node.get(last));
            ids.set(0, id);
            node.put(last, ids);
        } else {
            node.put(last, id);
        }
        return changed;
    }

    // ------------------------------------------------------------------ own writes

    static long teacherOf(long school) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ru.rostok.staff.Teacher.<ru.rostok.staff.Teacher>find(
                "school.id = ?1 and archivedOn is null order by id", school).firstResult().id);
    }

    static Map<String, Object> groupTraining(long teacher) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("programme", "Школа современного учителя математики",
                "provider", "ФГАОУ ДПО «Академия Минпросвещения России»", "hours", 36, "startsOn", "2026-02-01", "endsOn", "2026-02-20",
                "format", "DISTANCE"));
        input.put("teacherIds", new ArrayList<>(List.of(teacher)));
        return input;
    }

    static Own post(String path, Supplier<Map<String, Object>> body) {
        return new Own(body, (r, b) -> r.body(b).post(path), true, r -> {
        });
    }

    static Own put(String path, Supplier<Map<String, Object>> body) {
        return new Own(body, (r, b) -> r.body(b).put(path), true, r -> {
        });
    }

    /** The input with the current version of the record at the path. */
    static Supplier<Map<String, Object>> versioned(Supplier<Map<String, Object>> input, String path) {
        return () -> {
            Map<String, Object> body = input.get();
            body.put("version", version(path));
            return body;
        };
    }

    static Own roadmapUpdate(Map<String, Object> plan) {
        long id = Plans.createRoadmap(plan);
        return put("/api/v1/roadmaps/" + id, versioned(() -> copy(plan), "/api/v1/roadmaps/" + id));
    }

    static Own roadmapCorrection(Map<String, Object> plan) {
        long id = Plans.approvedRoadmap(plan);
        Supplier<Map<String, Object>> input = versioned(() -> copy(plan), "/api/v1/roadmaps/" + id);
        return post("/api/v1/roadmaps/" + id + "/corrections", () -> new LinkedHashMap<>(Map.of("reason", "По итогам мониторинга", "roadmap", input.get())));
    }

    static Map<String, Object> planOf(Role role) {
        return role == Role.SCHOOL_STAFF ? schoolPlan() : municipalPlan();
    }

    @SuppressWarnings("unchecked")
    static Own decisionUpdate() {
        Map<String, Object> made = Plans.createDecision(decision());
        String path = "/api/v1/decisions/" + made.get("id");
        return put(path, versioned(() -> {
            Map<String, Object> input = decision();
            for (Map<String, Object> point : (List<Map<String, Object>>) input.get("points")) {
                point.put("id", Plans.pointId(made, (String) point.get("number")));
            }
            return input;
        }, path));
    }

    /** The assessments of a new Kerch decision: one, of the body or the school given. */
    static Own assessments(String field, long id) {
        String path = "/api/v1/decisions/" + Plans.createDecision(decision()).get("id");
        return put(path + "/assessments", versioned(() -> new LinkedHashMap<>(Map.of("assessments",
                copy(List.of(Map.of(field, id, "verdict", "SATISFACTORY", "words", "удовлетворительной"))))), path));
    }

    /** A new account of the role for the record (a fresh e-mail each time); the one made with own ids is deleted again. */
    static Own newUser(String role, String field, long id) {
        return new Own(() -> {
            Map<String, Object> input = new LinkedHashMap<>(Map.of("lastName", "Проверкина", "firstName", "Анна", "role", role,
                    "email", ru.rostok.support.Accounts.newEmail("foreign-id")));
            input.put(field, id);
            return input;
        }, (r, b) -> r.body(b).post("/api/v1/users"), true, r -> ru.rostok.support.Accounts.delete(r.jsonPath().getString("user.id")));
    }

    /** A staff member of the first Kerch school, moved to another Kerch school; deleted after. */
    static Own staffMove() {
        String id = Api.as("admin").body(Map.of("lastName", "Переводова", "firstName", "Анна", "role", "school-staff", "schoolId", kerch1,
                "email", ru.rostok.support.Accounts.newEmail("foreign-id"))).post("/api/v1/users").then().statusCode(201).extract().jsonPath()
                .getString("user.id");
        return new Own(() -> new LinkedHashMap<>(Map.of("schoolId", kerchOther)), (r, b) -> r.body(b).put("/api/v1/users/" + id + "/school"),
                true, r -> ru.rostok.support.Accounts.delete(id));
    }

    static Own schoolUpdate(long school) {
        return put("/api/v1/schools/" + school, () -> Api.asInput(Api.school(school)));
    }

    /** An agreed partnership of the first school: the school, its coordinator and the analyst may hand in its plan. */
    static Own planSubmission() {
        long id = Api.as("admin").body(Map.of("weakSchoolId", kerch1, "partnerSchoolId", transitionPartner)).post("/api/v1/partnerships").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/v1/partnerships/" + id;
        Api.as("admin").body(Map.of("to", "AGREED", "version", version(path), "agreementNumber", "7", "agreementDate", "2026-11-20"))
                .post(path + "/transitions").then().statusCode(200);
        return new Own(() -> new LinkedHashMap<>(Map.of("to", "PLAN_SUBMITTED", "version", version(path), "roadmapId", ownPartnershipPlan)),
                (r, b) -> r.body(b).post(path + "/transitions"), true, r -> closePartnership(id));
    }

    static Own riskAssessment() {
        String path = "/api/v1/schools/" + kerch1 + "/risk-profile";
        return put(path + "/" + riskFactor, () -> {
            Object version = Api.as("admin").queryParam("campaignId", riskCampaign).get(path).then().statusCode(200).extract().jsonPath()
                    .get("factors.find { it.factorId == " + riskFactor + " }.assessmentVersion");
            Map<String, Object> input = new LinkedHashMap<>(Map.of("campaignId", riskCampaign, "level", "HIGH", "comment", "Оценка школы"));
            input.put("version", version);
            return input;
        });
    }

    // ------------------------------------------------------------------ the rows

    static Map<Distance, Long> ids(Object... pairs) {
        Map<Distance, Long> ids = new EnumMap<>(Distance.class);
        for (int i = 0; i < pairs.length; i += 2) {
            ids.put((Distance) pairs[i], (Long) pairs[i + 1]);
        }
        return ids;
    }

    static Map<Role, Map<Distance, Long>> analyst(Map<Distance, Long> ids) {
        return Map.of(Role.ANALYST, ids);
    }

    static Map<Role, Map<Distance, Long>> roles(Map<Distance, Long> analyst, Map<Distance, Long> coordinator) {
        return Map.of(Role.ANALYST, analyst, Role.COORDINATOR, coordinator);
    }

    static Map<Role, Map<Distance, Long>> roles(Map<Distance, Long> analyst, Map<Distance, Long> coordinator, Map<Distance, Long> staff) {
        return Map.of(Role.ANALYST, analyst, Role.COORDINATOR, coordinator, Role.SCHOOL_STAFF, staff);
    }

    static Field field(String path, Map<Role, Map<Distance, Long>> foreign) {
        return new Field(path, foreign, null);
    }

    static Field field(String path, Map<Role, Map<Distance, Long>> foreign, Function<Role, Own> own) {
        return new Field(path, foreign, own);
    }

    static Map<Distance, Long> otherRegion(long id) {
        return ids(Distance.OTHER_REGION, id);
    }

    static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        Map<Role, Map<Distance, Long>> anotherRegion = analyst(otherRegion(kaliningrad));

        // the registry: a region's reference data is its analysts'
        ops.add(new Operation("POST /api/v1/bodies", List.of("body"), role -> post("/api/v1/bodies", ForeignIdInBodyTest::bodyInput), List.of(
                field("regionId", anotherRegion),
                field("municipalityId", analyst(otherRegion(slavsk))))));
        ops.add(new Operation("PUT /api/v1/bodies/{id}", List.of("body"), role -> put("/api/v1/bodies/" + testBody, () -> {
            Map<String, Object> b = Api.as("admin").get("/api/v1/bodies/" + testBody).then().statusCode(200).extract().jsonPath().getMap("");
            Map<String, Object> input = new LinkedHashMap<>();
            for (String f : List.of("inn", "kind", "shortName", "fullName", "regionId", "municipalityId", "head", "address", "version")) {
                input.put(f, b.get(f));
            }
            return input;
        }), List.of(
                field("regionId", anotherRegion),
                field("municipalityId", analyst(otherRegion(slavsk))))));
        ops.add(new Operation("POST /api/v1/municipalities", List.of("municipality"), role -> post("/api/v1/municipalities",
                () -> new LinkedHashMap<>(Map.of("regionId", crimea, "oktmo", oktmo(), "name", "Тестовый муниципальный округ", "kind", "MUNICIPAL_OKRUG"))),
                List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("PUT /api/v1/municipalities/{id}", List.of("municipality"), role -> put("/api/v1/municipalities/" + testMunicipality, () -> {
            Map<String, Object> m = Api.as("admin").get("/api/v1/municipalities/" + testMunicipality).then().statusCode(200).extract().jsonPath()
                    .getMap("");
            return new LinkedHashMap<>(Map.of("regionId", m.get("regionId"), "oktmo", m.get("oktmo"), "name", m.get("name"), "kind", m.get("kind"),
                    "version", m.get("version")));
        }), List.of(field("regionId", anotherRegion))));
        // a coordinator adds schools only to Kerch, whose school count other tests assert: its valid write is the scope matrix's
        ops.add(new Operation("POST /api/v1/schools", List.of("school"), role -> role == Role.ANALYST
                ? post("/api/v1/schools", () -> Api.newSchool(testMunicipality))
                : new Own(() -> Api.newSchool(kerch), (r, b) -> r.body(b).post("/api/v1/schools"), false, r -> {
                }), List.of(
                field("municipalityId", roles(otherRegion(slavsk), ids(Distance.OTHER_MUNICIPALITY, feodosia, Distance.OTHER_REGION, slavsk))))));
        ops.add(new Operation("PUT /api/v1/schools/{id}", List.of("school"), role -> switch (role) {
            case ANALYST -> schoolUpdate(testSchool);
            case COORDINATOR -> schoolUpdate(kerchOther);
            case SCHOOL_STAFF -> schoolUpdate(kerch1);
        }, List.of(
                field("municipalityId", roles(otherRegion(slavsk),
                        ids(Distance.OTHER_MUNICIPALITY, feodosia, Distance.OTHER_REGION, slavsk),
                        ids(Distance.OTHER_MUNICIPALITY, feodosia, Distance.OTHER_REGION, slavsk))))));

        // the indicator catalogue, identification rules, risk factors and school lists: the analysts'
        ops.add(new Operation("POST /api/v1/indicators", List.of("indicator"), role -> post("/api/v1/indicators",
                () -> Monitoring.newIndicator(crimea)), List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("PUT /api/v1/indicators/{id}", List.of("indicator"), role -> {
            long id = freshIndicator();
            return put("/api/v1/indicators/" + id, () -> Monitoring.asInput(Monitoring.indicator(id)));
        }, List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("POST /api/v1/indicators/{id}/revisions", List.of("indicator"), role -> {
            long id = freshIndicator();
            return post("/api/v1/indicators/" + id + "/revisions", () -> {
                Map<String, Object> input = Monitoring.asInput(Monitoring.indicator(id));
                input.put("name", "Новая редакция показателя");
                return input;
            });
        }, List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("POST /api/v1/identification-rules", List.of("identification_rule"), role -> post("/api/v1/identification-rules",
                () -> ruleInput(crimea)), List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("PUT /api/v1/identification-rules/{id}", List.of("identification_rule"), role -> {
            long id = Api.as("admin").body(ruleInput(crimea)).post("/api/v1/identification-rules").then().statusCode(201).extract().jsonPath().getLong("id");
            return put("/api/v1/identification-rules/" + id, versioned(() -> ruleInput(crimea), "/api/v1/identification-rules/" + id));
        }, List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("POST /api/v1/risk-factors", List.of("risk_factor"), role -> post("/api/v1/risk-factors",
                () -> riskFactorInput(crimea)), List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("PUT /api/v1/risk-factors/{id}", List.of("risk_factor"), role -> {
            var made = Api.as("admin").body(riskFactorInput(crimea)).post("/api/v1/risk-factors").then().statusCode(201).extract().jsonPath();
            long id = made.getLong("id");
            return put("/api/v1/risk-factors/" + id, () -> {
                Map<String, Object> input = riskFactorInput(crimea);
                Object version = Api.as("admin").queryParam("regionId", crimea).queryParam("size", 500).get("/api/v1/risk-factors").then()
                        .extract().jsonPath().get("items.find { it.id == " + id + " }.version");
                input.put("version", version);
                return input;
            });
        }, List.of(field("regionId", anotherRegion))));
        ops.add(new Operation("POST /api/v1/school-lists", List.of("school_list", "school_list_entry"), role -> post("/api/v1/school-lists",
                () -> listInput(crimea, ownRule, crimeaMonitoring)), List.of(
                field("regionId", anotherRegion),
                field("ruleId", analyst(otherRegion(foreignRule))),
                // a campaign of the region that has not been held yet: seen, but no ground for a list
                field("campaignIds", analyst(ids(Distance.OTHER_REGION, lesosibirskMonitoring, Distance.NOT_USABLE, draftCampaign))))));
        ops.add(new Operation("POST /api/v1/school-lists/{id}/approval", List.of("school_list", "school_list_entry"), role -> {
            String path = "/api/v1/school-lists/" + draftList(crimea, ownRule, crimeaMonitoring);
            return post(path + "/approval", versioned(() -> new LinkedHashMap<>(Map.of("orderNumber", "15", "orderDate", "2026-12-01",
                    "orderBodyId", ministry)), path));
        }, List.of(field("orderBodyId", analyst(otherRegion(slavskAuthority))))));

        // monitoring: analysts run the region's campaigns, a coordinator the municipality's; a school fills in its own data
        Map<Role, Map<Distance, Long>> orderBody = roles(otherRegion(slavskAuthority),
                ids(Distance.OTHER_MUNICIPALITY, feodosiaAuthority, Distance.OTHER_REGION, slavskAuthority, Distance.NOT_USABLE, ministry));
        List<Field> campaignFields = List.of(
                field("orderBodyId", orderBody),
                field("regionId", roles(otherRegion(kaliningrad), otherRegion(kaliningrad))),
                field("municipalityId", roles(otherRegion(slavsk), ids(Distance.OTHER_MUNICIPALITY, feodosia, Distance.OTHER_REGION, slavsk))),
                field("schoolIds", roles(ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1))),
                // an indicator replaced by a newer revision: still in the catalogue, no longer asked
                field("indicators[].indicatorId", roles(ids(Distance.OTHER_REGION, kaliningradIndicator, Distance.NOT_USABLE, retiredIndicator),
                        ids(Distance.OTHER_REGION, kaliningradIndicator, Distance.NOT_USABLE, retiredIndicator))));
        // a list of another region; a draft list of the region
        Map<Role, Map<Distance, Long>> campaignLists = roles(ids(Distance.OTHER_REGION, foreignList, Distance.NOT_USABLE, ownList),
                ids(Distance.OTHER_REGION, foreignList, Distance.NOT_USABLE, ownList));
        List<String> campaignTables = List.of("campaign", "campaign_indicator", "campaign_school", "campaign_transition");
        ops.add(new Operation("POST /api/v1/campaigns", campaignTables, role -> post("/api/v1/campaigns", ForeignIdInBodyTest::campaign),
                with(campaignFields, field("schoolListId", campaignLists, role -> post("/api/v1/campaigns", ForeignIdInBodyTest::listCampaign)))));
        ops.add(new Operation("PUT /api/v1/campaigns/{id}", campaignTables, role -> {
            String path = "/api/v1/campaigns/" + Monitoring.createDraft(campaign()).get("id");
            return put(path, versioned(ForeignIdInBodyTest::campaign, path));
        }, with(campaignFields, field("schoolListId", campaignLists, role -> {
            String path = "/api/v1/campaigns/" + Monitoring.createDraft(campaign()).get("id");
            return put(path, versioned(ForeignIdInBodyTest::listCampaign, path));
        }))));
        ops.add(new Operation("PUT /api/v1/campaigns/{id}/schools/{schoolId}/submission", List.of("submission", "indicator_value"),
                role -> put(Monitoring.submissionPath(submissionCampaign, kerch1), () -> new LinkedHashMap<>(Map.of(
                        "version", Monitoring.version(submissionCampaign, kerch1), "values", List.of(Monitoring.percent(indicator, 2, 20))))),
                List.of(field("values[].indicatorId", Map.of(Role.SCHOOL_STAFF,
                        // an indicator of the region's catalogue that this campaign does not ask
                        ids(Distance.OTHER_REGION, kaliningradIndicator, Distance.NOT_USABLE, spareIndicator))))));
        ops.add(new Operation("PUT /api/v1/campaigns/{id}/municipalities/{municipalityId}/submission", List.of("submission", "indicator_value"),
                role -> put(Monitoring.municipalPath(monitoringOfMunicipalities, kerch), () -> new LinkedHashMap<>(Map.of(
                        "version", Monitoring.municipalVersion(monitoringOfMunicipalities, kerch),
                        "values", List.of(Map.of("indicatorId", municipalIndicator, "value", 4))))),
                List.of(field("values[].indicatorId", Map.of(Role.COORDINATOR,
                        // a school indicator of the region's catalogue: not asked of municipalities
                        ids(Distance.OTHER_REGION, kaliningradMunicipalIndicator, Distance.NOT_USABLE, indicator))))));
        ops.add(new Operation("PUT /api/v1/schools/{id}/risk-profile/{factorId}", List.of("risk_assessment"), role -> riskAssessment(), List.of(
                // a campaign the school takes part in but has handed nothing in for yet
                field("campaignId", roles(
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaCampaign, Distance.OTHER_REGION, lesosibirskMonitoring, Distance.NOT_USABLE, submissionCampaign),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaCampaign, Distance.OTHER_REGION, lesosibirskMonitoring, Distance.NOT_USABLE, submissionCampaign),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaCampaign, Distance.OTHER_REGION, lesosibirskMonitoring, Distance.NOT_USABLE, submissionCampaign))))));

        // plans: the region's, the municipality's and the school's own, each naming bodies it may name
        Map<Distance, Long> bodiesAbove = ids(Distance.OTHER_MUNICIPALITY, feodosiaAuthority, Distance.OTHER_REGION, slavskAuthority,
                Distance.NOT_USABLE, ministry);
        Function<Role, Own> schoolPlanCreated = role -> post("/api/v1/roadmaps", ForeignIdInBodyTest::schoolPlan);
        Function<Role, Own> schoolPlanUpdated = role -> roadmapUpdate(schoolPlan());
        Function<Role, Own> schoolPlanCorrected = role -> roadmapCorrection(schoolPlan());
        List<String> planTables = List.of("roadmap", "measure", "measure_responsible", "measure_indicator", "roadmap_revision");
        ops.add(new Operation("POST /api/v1/roadmaps", planTables, role -> post("/api/v1/roadmaps", () -> planOf(role)),
                planFields("", bodiesAbove, schoolPlanCreated)));
        ops.add(new Operation("PUT /api/v1/roadmaps/{id}", planTables, role -> roadmapUpdate(planOf(role)),
                planFields("", bodiesAbove, schoolPlanUpdated)));
        ops.add(new Operation("POST /api/v1/roadmaps/{id}/corrections", planTables, role -> roadmapCorrection(planOf(role)),
                planFields("roadmap.", bodiesAbove, schoolPlanCorrected)));

        // decisions: the region's analysts and the municipality's coordinator, naming bodies they may name
        Map<Role, Map<Distance, Long>> bodies = roles(otherRegion(slavskAuthority), bodiesAbove);
        List<Field> decisionFields = decisionFields("", bodies);
        List<String> decisionTables = List.of("decision", "assignment", "assignment_assignee", "assignment_indicator", "assignment_plan");
        ops.add(new Operation("POST /api/v1/decisions", decisionTables, role -> post("/api/v1/decisions", ForeignIdInBodyTest::decision), decisionFields));
        ops.add(new Operation("PUT /api/v1/decisions/{id}", decisionTables, role -> decisionUpdate(), decisionFields));
        // the collegium's assessments: of a body the caller may name, of a school of the decision's territory
        ops.add(new Operation("PUT /api/v1/decisions/{id}/assessments", List.of("decision_assessment"),
                role -> assessments("bodyId", kerchAuthority), List.of(
                field("assessments[].bodyId", bodies),
                field("assessments[].schoolId", roles(ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1)), role -> assessments("schoolId", kerch1)))));

        // documents: a draft is read for a place of the caller's own; what is imported is held to the rules of what is typed in
        ops.add(new Operation("POST /api/v1/documents/drafts", List.of("decision", "roadmap", "evidence_file"), role -> new Own(
                () -> new LinkedHashMap<>(Map.of("regionId", crimea, "municipalityId", kerch)), (r, b) -> {
                    RequestSpecification form = r.contentType("multipart/form-data").multiPart("file", "decision.txt", SeedFiles.txt(SeedFiles.KERCH_DECISION));
                    b.forEach((k, v) -> form.multiPart(k, String.valueOf(v)));
                    return form.post("/api/v1/documents/drafts");
                }, true, r -> {
                }), List.of(
                field("regionId", roles(otherRegion(kaliningrad), otherRegion(kaliningrad))),
                field("municipalityId", roles(otherRegion(slavsk), ids(Distance.OTHER_MUNICIPALITY, feodosia, Distance.OTHER_REGION, slavsk))))));
        ops.add(new Operation("POST /api/v1/documents/decisions", List.of("decision", "assignment", "assignment_assignee", "assignment_indicator",
                "assignment_plan", "evidence_file"),
                role -> imported("decision", ForeignIdInBodyTest::decision), decisionFields("decision.", bodies)));
        ops.add(new Operation("POST /api/v1/documents/roadmaps", List.of("roadmap", "measure", "measure_responsible", "measure_indicator",
                "roadmap_revision", "evidence_file"), role -> imported("roadmap", () -> planOf(role)),
                planFields("roadmap.", bodiesAbove, role -> imported("roadmap", ForeignIdInBodyTest::schoolPlan))));

        // support: partnerships and recommendations
        List<String> partnershipTables = List.of("partnership", "partnership_transition");
        ops.add(new Operation("POST /api/v1/partnerships", partnershipTables, role -> new Own(() -> new LinkedHashMap<>(Map.of(
                "weakSchoolId", pairWeak, "partnerSchoolId", pairPartner, "analysisRunId", ownRun)), (r, b) -> r.body(b).post("/api/v1/partnerships"),
                true, r -> {
                    if (r.statusCode() == 201) {
                        closePartnership(r.jsonPath().getLong("id")); // the pair is free again for the next role
                    }
                }), List.of(
                field("weakSchoolId", roles(otherRegion(slavsk1), ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1))),
                field("partnerSchoolId", roles(otherRegion(slavsk1), ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1))),
                field("analysisRunId", roles(otherRegion(foreignRun), ids(Distance.OTHER_MUNICIPALITY, feodosiaRun, Distance.OTHER_REGION, foreignRun))))));
        ops.add(new Operation("POST /api/v1/partnerships/{id}/transitions", partnershipTables, role -> planSubmission(), List.of(
                // the interaction plan of another school's partnership; for the school, its own plan that is not a partnership's
                field("roadmapId", roles(
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaPartnershipPlan, Distance.OTHER_REGION, lesosibirskPartnershipPlan,
                                Distance.NOT_USABLE, gymnasiumPartnershipPlan),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaPartnershipPlan, Distance.OTHER_REGION, lesosibirskPartnershipPlan,
                                Distance.NOT_USABLE, gymnasiumPartnershipPlan),
                        ids(Distance.OTHER_SCHOOL, gymnasiumPartnershipPlan, Distance.OTHER_MUNICIPALITY, feodosiaPartnershipPlan,
                                Distance.OTHER_REGION, lesosibirskPartnershipPlan, Distance.NOT_USABLE, kerch1SchoolPlan))))));
        ops.add(new Operation("POST /api/v1/recommendations", List.of("recommendation", "recommendation_indicator"), null, List.of(
                field("schoolId", roles(otherRegion(slavsk1), ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1)),
                        role -> post("/api/v1/recommendations", () -> recommendation("SCHOOL", "schoolId", kerch1))),
                // a coordinator addresses no municipality: only the region's analysts do
                field("municipalityId", analyst(otherRegion(slavsk)),
                        role -> post("/api/v1/recommendations", () -> recommendation("MUNICIPALITY", "municipalityId", kerch))),
                field("bodyId", roles(otherRegion(slavskAuthority), bodiesAbove),
                        role -> post("/api/v1/recommendations", () -> recommendation("BODY", "bodyId", kerchAuthority))),
                field("analysisRunId", roles(otherRegion(foreignRun), ids(Distance.OTHER_MUNICIPALITY, feodosiaRun, Distance.OTHER_REGION, foreignRun)),
                        role -> post("/api/v1/recommendations", () -> recommendationOn("ANALYSIS", "analysisRunId", ownRun))),
                field("schoolListId", roles(otherRegion(foreignList), otherRegion(foreignList)),
                        role -> post("/api/v1/recommendations", () -> recommendationOn("LIST", "schoolListId", ownList))),
                field("indicators[].indicatorId", roles(otherRegion(kaliningradIndicator), otherRegion(kaliningradIndicator)), role -> post(
                        "/api/v1/recommendations", () -> {
                            Map<String, Object> input = recommendation("SCHOOL", "schoolId", kerch1);
                            input.put("indicators", copy(List.of(Map.of("indicatorId", indicator, "targetValue", 10))));
                            return input;
                        })))));
        // a group's training: teachers of the school in the path only
        long kerchTeacher = teacherOf(kerch1);
        ops.add(new Operation("POST /api/v1/schools/{schoolId}/trainings", List.of("teacher_training"),
                role -> post("/api/v1/schools/" + kerch1 + "/trainings", () -> groupTraining(kerchTeacher)), List.of(
                field("teacherIds", roles(ids(Distance.OTHER_SCHOOL, teacherOf(gymnasium2), Distance.OTHER_MUNICIPALITY, teacherOf(feodosiaSchool),
                                Distance.OTHER_REGION, teacherOf(slavsk1)),
                        ids(Distance.OTHER_SCHOOL, teacherOf(gymnasium2), Distance.OTHER_MUNICIPALITY, teacherOf(feodosiaSchool),
                                Distance.OTHER_REGION, teacherOf(slavsk1)),
                        ids(Distance.OTHER_SCHOOL, teacherOf(gymnasium2), Distance.OTHER_MUNICIPALITY, teacherOf(feodosiaSchool),
                                Distance.OTHER_REGION, teacherOf(slavsk1)))))));
        // events: the schools of the measure's or point's territory the caller sees; a participant's body of the region it may name
        List<String> eventTables = List.of("work_event", "work_event_school", "work_event_participant");
        String measureEvents = "/api/v1/roadmaps/" + eventPlan + "/measures/" + eventMeasure + "/events";
        Map<Role, Map<Distance, Long>> eventSchools = roles(ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1),
                ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1),
                ids(Distance.OTHER_SCHOOL, gymnasium2, Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1));
        Map<Role, Map<Distance, Long>> eventBodies = roles(otherRegion(slavskAuthority),
                ids(Distance.OTHER_MUNICIPALITY, feodosiaAuthority, Distance.OTHER_REGION, slavskAuthority, Distance.NOT_USABLE, ministry));
        ops.add(new Operation("POST /api/v1/roadmaps/{id}/measures/{measureId}/events", eventTables,
                role -> post(measureEvents, () -> eventInput(role)), List.of(field("schoolIds", eventSchools),
                field("participants[].bodyId", eventBodies))));
        String pointEvents = "/api/v1/decisions/" + eventDecision + "/points/" + eventPoint + "/events";
        ops.add(new Operation("POST /api/v1/decisions/{id}/points/{pointId}/events", eventTables,
                role -> post(pointEvents, () -> eventInput(role)), List.of(
                field("schoolIds", Map.of(Role.COORDINATOR, ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1))),
                field("participants[].bodyId", Map.of(Role.COORDINATOR, ids(Distance.OTHER_MUNICIPALITY, feodosiaAuthority,
                        Distance.OTHER_REGION, slavskAuthority, Distance.NOT_USABLE, ministry))))));
        ops.add(new Operation("PUT /api/v1/events/{id}", eventTables, role -> {
            long id = Api.as(role.user).body(eventInput(role)).post(measureEvents).then().statusCode(201).extract().jsonPath().getLong("id");
            return put("/api/v1/events/" + id, versioned(() -> eventInput(role), "/api/v1/events/" + id));
        }, List.of(field("schoolIds", eventSchools), field("participants[].bodyId", eventBodies))));
        // routes: a teacher's own assessment and training, a mentor of a partner school in force, the route's own steps
        List<String> routeTables = List.of("individual_route", "route_step");
        ops.add(new Operation("POST /api/v1/teachers/{teacherId}/routes", routeTables, role -> post("/api/v1/teachers/" + routeTeacher + "/routes",
                () -> routeInput(routeMentor, routeAssessment, routeTraining)), routeFields()));
        ops.add(new Operation("PUT /api/v1/routes/{id}", routeTables, role -> routeUpdate(), routeFields()));
        // accounts: the record a new or moved account acts for (its role and scope attributes come from it)
        ops.add(new Operation("POST /api/v1/users", List.of("account"), role -> newUser("school-staff", "schoolId", kerch1), List.of(
                field("regionId", analyst(otherRegion(kaliningrad)), role -> newUser("regional-analyst", "regionId", crimea)),
                field("municipalityId", analyst(otherRegion(slavsk)), role -> newUser("municipal-coordinator", "municipalityId", kerch)),
                field("schoolId", roles(otherRegion(slavsk1), ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1))))));
        ops.add(new Operation("PUT /api/v1/users/{id}/school", List.of("account"), role -> staffMove(), List.of(
                field("schoolId", roles(otherRegion(slavsk1), ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1))))));
        return ops;
    }

    /** A visit to the first Kerch school; for the region's and the municipality's people with the Kerch authority's methodist. */
    static Map<String, Object> eventInput(Role role) {
        Map<String, Object> participant = new LinkedHashMap<>(Map.of("role", "директор", "count", 1));
        if (role != Role.SCHOOL_STAFF) {
            participant.put("bodyId", kerchAuthority);
        }
        return copy(new LinkedHashMap<>(Map.of("kind", "VISIT", "heldOn", "2026-10-20", "findings", "Посещены уроки", "lessonsObserved", 2,
                "schoolIds", List.of(kerch1), "participants", List.of(participant))));
    }

    static List<Field> with(List<Field> fields, Field more) {
        List<Field> all = new ArrayList<>(fields);
        all.add(more);
        return all;
    }

    /** The id fields of a plan (under a prefix for a correction's): a school's plan for the school it belongs to. */
    static List<Field> decisionFields(String prefix, Map<Role, Map<Distance, Long>> bodies) {
        return List.of(
                field(prefix + "issuerBodyId", bodies),
                field(prefix + "regionId", roles(otherRegion(kaliningrad), otherRegion(kaliningrad))),
                field(prefix + "municipalityId", roles(otherRegion(slavsk), ids(Distance.OTHER_MUNICIPALITY, feodosia, Distance.OTHER_REGION, slavsk))),
                field(prefix + "controllerBodyId", bodies),
                // a point of another decision: of the caller's own municipality, of another one, of another region
                field(prefix + "points[].id", roles(ids(Distance.OTHER_MUNICIPALITY, feodosiaPoint, Distance.OTHER_REGION, slavskPoint, Distance.NOT_USABLE, otherKerchPoint),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaPoint, Distance.OTHER_REGION, slavskPoint, Distance.NOT_USABLE, otherKerchPoint))),
                field(prefix + "points[].assignees[].bodyId", bodies),
                field(prefix + "points[].indicators[].indicatorId", roles(otherRegion(kaliningradIndicator), otherRegion(kaliningradIndicator))),
                // a plan of another municipality, of another region; for a municipality's decision, the region's plan
                field(prefix + "points[].plans[].roadmapId", roles(
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaPlan, Distance.OTHER_REGION, slavskPlan, Distance.NOT_USABLE, regionalPlan),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaPlan, Distance.OTHER_REGION, slavskPlan, Distance.NOT_USABLE, regionalPlan))),
                // a measure of another plan than the one named
                field(prefix + "points[].plans[].measureId", roles(
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaMeasure, Distance.OTHER_REGION, slavskMeasure, Distance.NOT_USABLE, regionalMeasure),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaMeasure, Distance.OTHER_REGION, slavskMeasure, Distance.NOT_USABLE, regionalMeasure))));
    }

    /** An import: the input as a JSON part named {@code part} beside the file it was read from. */
    static Own imported(String part, Supplier<Map<String, Object>> input) {
        return new Own(() -> new LinkedHashMap<>(Map.of(part, input.get())), (r, b) -> {
            try {
                byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(b.get(part));
                return r.contentType("multipart/form-data").multiPart("file", part + ".txt", SeedFiles.txt(part.equals("decision")
                        ? SeedFiles.KERCH_DECISION : SeedFiles.OLENEGORSK_ROADMAP)).multiPart(part, part + ".json", json, "application/json")
                        .post("/api/v1/documents/" + part + "s");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }, true, r -> {
        });
    }

    static List<Field> planFields(String prefix, Map<Distance, Long> bodiesAbove, Function<Role, Own> schoolPlan) {
        Map<Distance, Long> municipalities = ids(Distance.OTHER_MUNICIPALITY, feodosia, Distance.OTHER_REGION, slavsk);
        return List.of(
                field(prefix + "ownerBodyId", roles(otherRegion(slavskAuthority), bodiesAbove, bodiesAbove)),
                field(prefix + "regionId", roles(otherRegion(kaliningrad), otherRegion(kaliningrad), otherRegion(kaliningrad))),
                field(prefix + "municipalityId", roles(otherRegion(slavsk), municipalities, municipalities)),
                field(prefix + "schoolId", roles(ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1),
                        ids(Distance.OTHER_SCHOOL, gymnasium2, Distance.OTHER_MUNICIPALITY, feodosiaSchool, Distance.OTHER_REGION, slavsk1)), schoolPlan),
                // a measure of a plan that does not cover this one: of the same level, of another territory, not asked of every school
                field(prefix + "parentMeasureId", roles(
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaMeasure, Distance.OTHER_REGION, slavskMeasure),
                        ids(Distance.OTHER_MUNICIPALITY, feodosiaMeasure, Distance.OTHER_REGION, slavskMeasure, Distance.NOT_USABLE, kerchMeasureAll),
                        ids(Distance.OTHER_SCHOOL, gymnasiumMeasure, Distance.OTHER_MUNICIPALITY, feodosiaMeasure, Distance.OTHER_REGION, slavskMeasure,
                                Distance.NOT_USABLE, kerchMeasureAuthority))),
                field(prefix + "measures[].responsible[].bodyId", roles(otherRegion(slavskAuthority), bodiesAbove, bodiesAbove)),
                field(prefix + "measures[].indicators[].indicatorId", roles(otherRegion(kaliningradIndicator), otherRegion(kaliningradIndicator),
                        otherRegion(kaliningradIndicator))),
                field(prefix + "schoolListId", roles(otherRegion(foreignList), otherRegion(foreignList), otherRegion(foreignList))));
    }

    // ------------------------------------------------------------------ what changed

    /** Each table's rows, hashed; the audit trail (append-only) by its count and last id. */
    String fingerprint(List<String> tables) {
        List<String> all = new ArrayList<>(tables);
        all.add("audit_event");
        StringBuilder print = new StringBuilder();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String table : all) {
                String sql = table.equals("audit_event") ? "select count(*) || ':' || coalesce(max(id), 0) from audit_event"
                        : "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '') from " + table + " t";
                try (ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    print.append(table).append('=').append(rs.getString(1)).append(' ');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return print.toString();
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void aForeignIdInTheBodyOfAnOwnWriteIsRefusedAndChangesNothing() {
        List<String> failures = new ArrayList<>();
        int attempts = 0;
        for (Operation op : operations()) {
            for (Role role : Role.values()) {
                Map<Function<Role, Own>, Own> owns = new IdentityHashMap<>();
                List<Own> order = new ArrayList<>();
                for (Field field : op.fields()) {
                    Map<Distance, Long> foreign = field.foreign().get(role);
                    if (foreign == null) {
                        continue;
                    }
                    Function<Role, Own> make = field.own() != null ? field.own() : op.own();
                    Own own = owns.computeIfAbsent(make, m -> {
                        Own made = m.apply(role);
                        order.add(made);
                        return made;
                    });
                    for (Map.Entry<Distance, Long> e : foreign.entrySet()) {
                        attempts++;
                        String what = op.key() + " " + field.path() + " as " + role + " with " + e.getKey() + " id " + e.getValue();
                        Map<String, Object> body = with(own.body().get(), field.path(), e.getValue());
                        String before = fingerprint(op.tables());
                        Response response = own.send().apply(Api.as(role.user), body);
                        String after = fingerprint(op.tables());
                        int status = response.statusCode();
                        if (status < 400 || status >= 500 || status == 401) {
                            failures.add(what + ": expected a 4xx, got " + status + " " + response.asString());
                        } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                            failures.add(what + ": " + status + " is not a problem: " + response.contentType());
                        }
                        if (!before.equals(after)) {
                            failures.add(what + ": the database changed (" + status + "): " + before + " → " + after);
                        }
                    }
                }
                // the same bodies with the caller's own ids pass: what was refused was the foreign id
                for (Own own : order) {
                    Response response = null;
                    if (own.control()) {
                        response = own.send().apply(Api.as(role.user), own.body().get());
                        if (response.statusCode() >= 300) {
                            failures.add(op.key() + " as " + role + " with its own ids: expected a 2xx, got " + response.statusCode() + " "
                                    + response.asString());
                        }
                    }
                    own.after().accept(response);
                }
            }
        }
        assertThat(attempts).as("attempts with a foreign id").isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    /**
     * A body named by its label rather than its id is held to the same rule: a label the system reads as the ministry
     * («Министерство образования») stays a label with no body when the caller may not name the ministry, so that it
     * does not land in the ministry's «Моя работа» either.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aLabelReadAsABodyTheCallerMayNotNameStaysALabel() {
        Map<String, Object> plan = schoolPlan();
        plan.put("measures", copy(List.of(Map.of("number", "1", "text", "Провести аудит школы", "deadlineText", "ноябрь 2026 г.",
                "responsible", List.of(Map.of("label", "Министерство образования Республики Крым", "allSchools", false))))));
        Map<String, Object> schools = Api.as(Role.SCHOOL_STAFF.user).body(plan).post("/api/v1/roadmaps").then().statusCode(201).extract()
                .jsonPath().getMap("measures[0].responsible[0]");
        assertThat(schools.get("bodyId")).as("the ministry named by a school's plan").isNull();

        Map<String, Object> municipal = municipalPlan();
        List<Map<String, Object>> measures = (List<Map<String, Object>>) municipal.get("measures");
        measures.get(1).put("responsible", copy(List.of(Map.of("label", "Министерство образования", "allSchools", false))));
        Map<String, Object> coordinators = Api.as(Role.COORDINATOR.user).body(municipal).post("/api/v1/roadmaps").then().statusCode(201)
                .extract().jsonPath().getMap("measures[1].responsible[0]");
        assertThat(coordinators.get("bodyId")).as("the ministry named by a municipality's plan").isNull();
        // the region's analyst acts for the region: the same label is the ministry
        Map<String, Object> analysts = Api.as(Role.ANALYST.user).body(municipal).post("/api/v1/roadmaps").then().statusCode(201)
                .extract().jsonPath().getMap("measures[1].responsible[0]");
        assertThat(((Number) analysts.get("bodyId")).longValue()).isEqualTo(ministry);

        Map<String, Object> decision = decision();
        decision.remove("controllerBodyId");
        decision.put("controllerLabel", "Министерство образования Республики Крым");
        List<Map<String, Object>> points = (List<Map<String, Object>>) decision.get("points");
        points.get(0).put("assignees", copy(List.of(Map.of("label", "Министерству образования Республики Крым", "allSchools", false))));
        var made = Api.as(Role.COORDINATOR.user).body(decision).post("/api/v1/decisions").then().statusCode(201).extract().jsonPath();
        assertThat(made.getList("points[0].assignees.bodyId")).as("the ministry as an assignee of a municipality's decision").containsOnlyNulls();
        assertThat(made.getLong("controllerBodyId")).as("the controller: the issuer, not the ministry").isEqualTo(kerchAuthority);
    }

    /** Every id field of every write's body (ids of other records: «…Id», «…Ids», and the ids of nested items), from the document. */
    @SuppressWarnings("unchecked")
    static Set<String> idFieldsOfWrites() throws IOException {
        Map<String, Object> doc = new Yaml().load(Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("openapi.yaml"),
                StandardCharsets.UTF_8));
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        Set<String> fields = new TreeSet<>();
        ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, item) -> item.forEach((method, operation) -> {
            if (!List.of("post", "put", "patch", "delete").contains(method)) {
                return;
            }
            Map<String, Object> requestBody = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
            if (requestBody == null) {
                return;
            }
            ((Map<String, Map<String, Object>>) requestBody.get("content")).values().forEach(content -> idFields(content.get("schema"), "",
                    schemas, Set.of(), f -> fields.add(method.toUpperCase() + " " + path + " " + f)));
        }));
        return fields;
    }

    @SuppressWarnings("unchecked")
    static void idFields(Object node, String at, Map<String, Object> schemas, Set<String> seen, Consumer<String> found) {
        if (!(node instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> schema = (Map<String, Object>) node;
        if (schema.get("$ref") instanceof String ref) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (!seen.contains(name)) { // a recursive schema (points of points) is walked once
                Set<String> deeper = new java.util.HashSet<>(seen);
                deeper.add(name);
                idFields(schemas.get(name), at, schemas, deeper, found);
            }
            return;
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(combined) instanceof List<?> parts) {
                parts.forEach(p -> idFields(p, at, schemas, seen, found));
            }
        }
        idFields(schema.get("items"), at + "[]", schemas, seen, found);
        idFields(schema.get("additionalProperties"), at + "{}", schemas, seen, found);
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((key, value) -> {
                String name = (String) key;
                String path = at.isEmpty() ? name : at + "." + name;
                if (name.endsWith("Id") || name.endsWith("Ids") || name.equals("id") && !at.isEmpty()) {
                    found.accept(path);
                }
                idFields(value, path, schemas, seen, found);
            });
        }
    }

    @Test
    void everyIdInTheBodyOfAWriteHasARow() throws IOException {
        Set<String> rows = new TreeSet<>();
        for (Operation op : operations()) {
            for (Field field : op.fields()) {
                rows.add(op.key() + " " + field.path());
                assertThat(field.foreign().values().stream().mapToInt(Map::size).sum()).as(op.key() + " " + field.path() + ": foreign ids tried")
                        .isPositive();
            }
        }
        Set<String> documented = idFieldsOfWrites();
        assertThat(documented).as("the document's writes that take ids").hasSizeGreaterThan(50);
        assertThat(rows).as("id fields in the bodies of the OpenAPI document's writes; add a row to ForeignIdInBodyTest.operations()")
                .isEqualTo(documented);
    }
}
