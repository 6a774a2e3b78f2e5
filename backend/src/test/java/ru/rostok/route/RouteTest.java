package ru.rostok.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.StaffRecords;

/** Individual routes: who keeps them, mentors only from partner schools, a route changed like a small roadmap, reported, completed. */
@QuarkusTest
class RouteTest {
    static final LocalDate TODAY = LocalDate.now();

    /** Kerch school 1 (school.kerch1) with a partner, a closed partnership and a school without one, each with a maths teacher. */
    static long kerch1, partner, closedPartner, stranger;
    static long teacher, bestMentor, secondMentor, historian, closedMentor, strangerTeacher;

    static synchronized void setUp() {
        if (kerch1 != 0) {
            return;
        }
        kerch1 = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long kerch = Api.municipalityId(Demo.KERCH);
        partner = newSchool(kerch);
        closedPartner = newSchool(kerch);
        stranger = newSchool(kerch);
        StaffRecords.partnership(kerch1, partner, PartnershipStatus.PROPOSED);
        StaffRecords.partnership(closedPartner, kerch1, PartnershipStatus.CLOSED);
        teacher = StaffRecords.teacher(kerch1, "MATHEMATICS", QualificationCategory.NONE, 2);
        secondMentor = StaffRecords.teacher(partner, "MATHEMATICS", QualificationCategory.FIRST, 30);
        bestMentor = StaffRecords.teacher(partner, "MATHEMATICS", QualificationCategory.HIGHEST, 12);
        historian = StaffRecords.teacher(partner, "HISTORY", QualificationCategory.HIGHEST, 20);
        closedMentor = StaffRecords.teacher(closedPartner, "MATHEMATICS", QualificationCategory.HIGHEST, 25);
        strangerTeacher = StaffRecords.teacher(stranger, "MATHEMATICS", QualificationCategory.HIGHEST, 25);
    }

    static long newSchool(long municipality) {
        return Api.as("admin").body(Api.newSchool(municipality)).post("/api/v1/schools").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> step(String kind, String text, LocalDate due, Long mentorId) {
        Map<String, Object> s = new HashMap<>(Map.of("kind", kind, "text", text, "due", due.toString()));
        if (mentorId != null) {
            s.put("mentorId", mentorId);
        }
        return s;
    }

    static Map<String, Object> route(List<Map<String, Object>> steps) {
        return new HashMap<>(Map.of("title", "ИОМ по математике", "startsOn", TODAY.minusDays(30).toString(),
                "endsOn", TODAY.plusDays(200).toString(), "steps", steps));
    }

    static List<Map<String, Object>> threeSteps() {
        return new ArrayList<>(List.of(
                step("COURSE", "Курс «Методика обучения решению текстовых задач» (КИПК, 36 ч.)", TODAY.plusDays(10), null),
                step("MENTORING", "Посещение уроков наставника", TODAY.plusDays(40), bestMentor),
                step("OPEN_LESSON", "Открытый урок по теме «Площади фигур»", TODAY.plusDays(90), null)));
    }

    static Map<String, Object> create(String user, long teacherId, Map<String, Object> input) {
        return Api.as(user).body(input).post("/api/v1/teachers/" + teacherId + "/routes").then().statusCode(201).extract().jsonPath().getMap("");
    }

    static int routesOf(long teacherId) {
        return Api.as("admin").get("/api/v1/teachers/" + teacherId + "/routes").then().statusCode(200).extract().jsonPath().getList("").size();
    }

    @SuppressWarnings("unchecked")
    static long stepId(Map<String, Object> route, int index) {
        return ((Number) ((List<Map<String, Object>>) route.get("steps")).get(index).get("id")).longValue();
    }

    static ValidatableResponse report(String user, Map<String, Object> route, long stepId) {
        return Api.as(user).body(Map.of("report", "Выполнено", "reportedOn", TODAY.toString(), "version", route.get("version")))
                .post("/api/v1/routes/" + route.get("id") + "/steps/" + stepId + "/report").then();
    }

    @Test
    void mentorCandidatesAreTeachersOfPartnerSchoolsBestFirstNamedOnly() {
        setUp();
        List<Map<String, Object>> found = Api.as("coord.kerch").queryParam("subject", "MATHEMATICS")
                .get("/api/v1/teachers/" + teacher + "/mentor-candidates").then().statusCode(200).extract().jsonPath().getList("");
        assertThat(found).extracting(m -> ((Number) m.get("id")).longValue()).containsExactly(bestMentor, secondMentor);
        assertThat(found.get(0).keySet()).containsExactlyInAnyOrder("id", "name", "position", "schoolId", "schoolName", "category");
        assertThat(Api.as("school.kerch1").get("/api/v1/teachers/" + teacher + "/mentor-candidates").then().statusCode(200)
                .extract().jsonPath().getList("id", Long.class)).contains(bestMentor, secondMentor, historian)
                .doesNotContain(closedMentor, strangerTeacher);
        Api.as("school.kerch1").queryParam("subject", "ALCHEMY").get("/api/v1/teachers/" + teacher + "/mentor-candidates").then().statusCode(400);
        Api.as("school.kerch2").get("/api/v1/teachers/" + teacher + "/mentor-candidates").then().statusCode(404);
        Api.asIntegrator().get("/api/v1/teachers/" + teacher + "/mentor-candidates").then().statusCode(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMentorMustBeACandidateAndBadInputChangesNothing() {
        setUp();
        long t = StaffRecords.teacher(kerch1, "MATHEMATICS", QualificationCategory.NONE, 1);
        for (Long mentor : new Long[] {strangerTeacher, closedMentor, t}) {
            List<Map<String, Object>> steps = threeSteps();
            steps.set(1, step("MENTORING", "Посещение уроков наставника", TODAY.plusDays(40), mentor));
            Api.as("coord.kerch").body(route(steps)).post("/api/v1/teachers/" + t + "/routes").then().statusCode(400)
                    .body("errors.field", org.hamcrest.Matchers.hasItem("steps[1].mentorId"));
        }
        List<Map<String, Object>> noMentor = threeSteps();
        noMentor.set(1, step("MENTORING", "Посещение уроков наставника", TODAY.plusDays(40), null));
        List<Map<String, Object>> late = threeSteps();
        late.set(2, step("OPEN_LESSON", "Открытый урок", TODAY.plusDays(400), null));
        List<Map<String, Object>> blank = threeSteps();
        blank.set(0, step("COURSE", "  ", TODAY.plusDays(10), null));
        Api.as("coord.kerch").body(route(noMentor)).post("/api/v1/teachers/" + t + "/routes").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("steps[1].mentorId"));
        Api.as("coord.kerch").body(route(late)).post("/api/v1/teachers/" + t + "/routes").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("steps[2].due"));
        Api.as("coord.kerch").body(route(blank)).post("/api/v1/teachers/" + t + "/routes").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("steps[0].text"));
        Api.as("coord.kerch").body(route(List.of())).post("/api/v1/teachers/" + t + "/routes").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("steps"));
        Map<String, Object> badKind = route(List.of(step("COURSE", "Курс", TODAY.plusDays(10), null)));
        ((List<Map<String, Object>>) badKind.get("steps")).get(0).put("kind", "PICNIC");
        Api.as("coord.kerch").body(badKind).post("/api/v1/teachers/" + t + "/routes").then().statusCode(400);
        assertThat(routesOf(t)).isZero();

        Map<String, Object> made = create("school.kerch1", t, route(threeSteps()));
        assertThat(made.get("teacherId")).isEqualTo((int) t);
        assertThat(made.get("actions")).asList().contains("edit", "report", "cancel").doesNotContain("complete");
        assertThat(made.toString()).contains("mentor").doesNotContain("experienceYears");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRouteIsChangedLikeARoadmapAndItsDoneStepsStay() {
        setUp();
        long t = StaffRecords.teacher(kerch1, "MATHEMATICS", QualificationCategory.NONE, 1);
        Map<String, Object> made = create("coord.kerch", t, route(threeSteps()));
        long course = stepId(made, 0);
        long mentoring = stepId(made, 1);
        long lesson = stepId(made, 2);
        Map<String, Object> reported = report("school.kerch1", made, course).statusCode(200).extract().jsonPath().getMap("");
        assertThat(((List<Map<String, Object>>) reported.get("steps")).get(0)).containsEntry("status", "DONE").containsEntry("report", "Выполнено");

        // reorder: the lesson first, the done course kept as it is, the mentoring removed, a self-study added
        List<Map<String, Object>> steps = threeSteps();
        Map<String, Object> lessonStep = steps.get(2);
        lessonStep.put("id", lesson);
        Map<String, Object> courseStep = steps.get(0);
        courseStep.put("id", course);
        Map<String, Object> input = route(new ArrayList<>(List.of(lessonStep, courseStep,
                step("SELF_STUDY", "Самообразование: разбор заданий ВПР", TODAY.plusDays(20), null))));
        input.put("version", reported.get("version"));
        Map<String, Object> changed = Api.as("analyst.crimea").body(input).put("/api/v1/routes/" + made.get("id")).then().statusCode(200)
                .extract().jsonPath().getMap("");
        List<Map<String, Object>> now = (List<Map<String, Object>>) changed.get("steps");
        assertThat(now).extracting(s -> s.get("kind")).containsExactly("OPEN_LESSON", "COURSE", "SELF_STUDY");
        assertThat(now).extracting(s -> ((Number) s.get("id")).longValue()).startsWith(lesson, course).doesNotContain(mentoring);
        assertThat(now.get(1)).containsEntry("status", "DONE");

        // the stale version
        Api.as("coord.kerch").body(input).put("/api/v1/routes/" + made.get("id")).then().statusCode(409);
        // a done step changed, or removed: refused, nothing changes
        Map<String, Object> touched = new HashMap<>(input);
        touched.put("version", changed.get("version"));
        Map<String, Object> changedCourse = new HashMap<>(courseStep);
        changedCourse.put("text", "Другой курс");
        touched.put("steps", List.of(lessonStep, changedCourse));
        Api.as("coord.kerch").body(touched).put("/api/v1/routes/" + made.get("id")).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("steps[1]"));
        touched.put("steps", List.of(lessonStep));
        Api.as("coord.kerch").body(touched).put("/api/v1/routes/" + made.get("id")).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("steps"));
        Map<String, Object> foreignStep = new HashMap<>(lessonStep);
        foreignStep.put("id", Long.MAX_VALUE);
        touched.put("steps", List.of(foreignStep, courseStep));
        Api.as("coord.kerch").body(touched).put("/api/v1/routes/" + made.get("id")).then().statusCode(400);
        Map<String, Object> after = Api.as("coord.kerch").get("/api/v1/routes/" + made.get("id")).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(after.get("version")).isEqualTo(changed.get("version"));
        assertThat(after.get("steps")).isEqualTo(changed.get("steps"));
    }

    @Test
    void aRouteIsCompletedWhenEveryStepIsDone() {
        setUp();
        long t = StaffRecords.teacher(kerch1, "MATHEMATICS", QualificationCategory.NONE, 1);
        Map<String, Object> made = create("coord.kerch", t, route(threeSteps().subList(0, 2)));
        String path = "/api/v1/routes/" + made.get("id");
        Api.as("school.kerch1").body(Map.of("version", made.get("version"))).post(path + "/complete").then().statusCode(409);
        Api.as("school.kerch1").body(Map.of("report", " ", "version", made.get("version")))
                .post(path + "/steps/" + stepId(made, 0) + "/report").then().statusCode(400);
        Api.as("school.kerch1").body(Map.of("report", "Сделано", "reportedOn", TODAY.plusDays(3).toString(), "version", made.get("version")))
                .post(path + "/steps/" + stepId(made, 0) + "/report").then().statusCode(400);
        Map<String, Object> one = report("school.kerch1", made, stepId(made, 0)).statusCode(200).extract().jsonPath().getMap("");
        report("school.kerch1", one, stepId(made, 0)).statusCode(409);
        report("school.kerch1", made, stepId(made, 1)).statusCode(409); // the stale version
        Map<String, Object> two = report("school.kerch1", one, stepId(made, 1)).statusCode(200).extract().jsonPath().getMap("");
        assertThat(two.get("actions")).asList().contains("complete");
        Map<String, Object> done = Api.as("school.kerch1").body(Map.of("version", two.get("version"))).post(path + "/complete").then()
                .statusCode(200).extract().jsonPath().getMap("");
        assertThat(done).containsEntry("status", "COMPLETED");
        assertThat(done.get("actions")).asList().isEmpty();
        Map<String, Object> input = route(threeSteps());
        input.put("version", done.get("version"));
        Api.as("coord.kerch").body(input).put(path).then().statusCode(409);
        Api.as("coord.kerch").body(Map.of("reason", "Уволилась", "version", done.get("version"))).post(path + "/cancel").then().statusCode(409);

        List<Map<String, Object>> audit = Api.as("analyst.crimea").queryParam("entityType", "IndividualRoute").queryParam("entityId", made.get("id"))
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(audit).extracting(e -> e.get("action")).contains("CREATE", "UPDATE");
    }

    @Test
    void aRouteIsSeenAndKeptWithinTheTeachersScope() {
        setUp();
        Map<String, Object> made = create("admin", teacher, route(threeSteps()));
        String path = "/api/v1/routes/" + made.get("id");
        for (String user : List.of("admin", "analyst.crimea", "coord.kerch", "school.kerch1")) {
            Api.as(user).get(path).then().statusCode(200);
            Api.as(user).get("/api/v1/teachers/" + teacher + "/routes").then().statusCode(200);
        }
        for (String user : List.of("school.kerch2", "coord.feodosia", "analyst.kaliningrad", "coord.slavsk")) {
            Api.as(user).get(path).then().statusCode(404);
            Api.as(user).get("/api/v1/teachers/" + teacher + "/routes").then().statusCode(404);
            Api.as(user).body(route(threeSteps())).post("/api/v1/teachers/" + teacher + "/routes").then().statusCode(404);
            Map<String, Object> input = route(threeSteps());
            input.put("version", made.get("version"));
            Api.as(user).body(input).put(path).then().statusCode(404);
            report(user, made, stepId(made, 0)).statusCode(404);
            Api.as(user).body(Map.of("reason", "Нет", "version", made.get("version"))).post(path + "/cancel").then().statusCode(404);
            assertThat(Api.as(user).queryParam("size", 500).get("/api/v1/routes").then().statusCode(200).extract().jsonPath()
                    .getList("items.id", Long.class)).doesNotContain(((Number) made.get("id")).longValue());
        }
        Api.asIntegrator().get(path).then().statusCode(403);
        Api.asIntegrator().get("/api/v1/routes").then().statusCode(403);
        Api.asIntegrator().get("/api/v1/routes/summary").then().statusCode(403);
        Api.asIntegrator().body(route(threeSteps())).post("/api/v1/teachers/" + teacher + "/routes").then().statusCode(403);
        assertThat(Api.as("coord.kerch").queryParam("size", 500).get("/api/v1/routes").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class)).contains(((Number) made.get("id")).longValue());
        Map<String, Object> cancelled = Api.as("school.kerch1").body(Map.of("reason", "Педагог перешёл в другую школу", "version", made.get("version")))
                .post(path + "/cancel").then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("cancelReason", "Педагог перешёл в другую школу");
    }

    @Test
    void stepsDueSoonAreInMyWorkOfTheTeachersSchoolOnly() {
        setUp();
        long t = StaffRecords.teacher(kerch1, "MATHEMATICS", QualificationCategory.NONE, 1);
        Map<String, Object> made = create("coord.kerch", t, route(List.of(
                step("SELF_STUDY", "Самообразование: разбор заданий ВПР " + t, TODAY.minusDays(3), null),
                step("COURSE", "Курс до конца месяца " + t, TODAY.plusDays(20), null),
                step("OPEN_LESSON", "Открытый урок весной " + t, TODAY.plusDays(120), null))));
        List<Map<String, Object>> mine = Api.as("school.kerch1").get("/api/v1/my-work").then().statusCode(200).extract().jsonPath().getList("");
        List<Map<String, Object>> ofRoute = mine.stream().filter(i -> "ROUTE_STEP".equals(i.get("type"))
                && ((Number) i.get("planId")).longValue() == ((Number) made.get("id")).longValue()).toList();
        assertThat(ofRoute).extracting(i -> i.get("itemId")).containsExactlyInAnyOrder((int) stepId(made, 0), (int) stepId(made, 1));
        assertThat(ofRoute).filteredOn(i -> ((Number) i.get("itemId")).longValue() == stepId(made, 0)).singleElement()
                .satisfies(i -> assertThat(i.get("overdue")).isEqualTo(true));
        assertThat(Api.as("school.kerch2").get("/api/v1/my-work").then().statusCode(200).extract().asString()).doesNotContain("разбор заданий ВПР " + t);
        report("school.kerch1", made, stepId(made, 0)).statusCode(200);
        assertThat(Api.as("school.kerch1").get("/api/v1/my-work").then().extract().jsonPath().getList("itemId", Long.class))
                .doesNotContain(stepId(made, 0)).contains(stepId(made, 1));
    }

    @Test
    void aMentorsSchoolSeesTheStepsItsTeachersMentorWithoutTheMenteesName() {
        setUp();
        long weak = newSchool(Api.municipalityId(Demo.KERCH));
        StaffRecords.partnership(weak, kerch1, PartnershipStatus.ACTIVE);
        long mentee = StaffRecords.teacher(weak, "MATHEMATICS", QualificationCategory.NONE, 1);
        long mentor = StaffRecords.teacher(kerch1, "MATHEMATICS", QualificationCategory.HIGHEST, 30);
        Map<String, Object> made = create("coord.kerch", mentee, route(List.of(step("MENTORING", "Посещение уроков наставника", TODAY.plusDays(5), mentor))));
        List<Map<String, Object>> steps = Api.as("school.kerch1").queryParam("schoolId", kerch1).get("/api/v1/routes/mentored").then().statusCode(200)
                .extract().jsonPath().getList("");
        Map<String, Object> ours = steps.stream().filter(s -> ((Number) s.get("routeId")).longValue() == ((Number) made.get("id")).longValue())
                .findFirst().orElseThrow();
        assertThat(ours).containsEntry("menteeSchoolId", (int) weak).doesNotContainKey("teacherName");
        assertThat(ours.toString()).doesNotContain((String) made.get("teacherName"));
        Api.as("school.kerch1").get("/api/v1/routes/" + made.get("id")).then().statusCode(404); // the mentee's route is another school's
        Api.as("school.kerch2").queryParam("schoolId", kerch1).get("/api/v1/routes/mentored").then().statusCode(404);
        Api.as("coord.kerch").queryParam("schoolId", kerch1).get("/api/v1/routes/mentored").then().statusCode(200);
        Api.as("coord.slavsk").queryParam("schoolId", kerch1).get("/api/v1/routes/mentored").then().statusCode(404);
        Api.as("school.kerch1").get("/api/v1/routes/mentored").then().statusCode(400);
    }

    @Test
    void theListAndSummaryCountAKnownSet() {
        long region = Api.regionId(Demo.CRIMEA);
        long municipality = Api.as("admin").body(Map.of("regionId", region, "oktmo", String.valueOf(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(10_000_000, 99_999_999)), "name", "Тестовый округ маршрутов", "kind", "MUNICIPAL_OKRUG")).post("/api/v1/municipalities")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long school = newSchool(municipality);
        long a = StaffRecords.teacher(school, "MATHEMATICS", QualificationCategory.NONE, 1);
        long b = StaffRecords.teacher(school, "RUSSIAN", QualificationCategory.FIRST, 5);
        Map<String, Object> late = create("admin", a, route(List.of(step("SELF_STUDY", "Разбор заданий ВПР", TODAY.minusDays(2), null),
                step("OPEN_LESSON", "Открытый урок", TODAY.plusDays(30), null))));
        create("admin", a, route(List.of(step("COURSE", "Курс", TODAY.plusDays(10), null))));
        Map<String, Object> toCancel = create("admin", b, route(List.of(step("SELF_STUDY", "Чтение", TODAY.minusDays(1), null))));
        Map<String, Object> toComplete = create("admin", b, route(List.of(step("COURSE", "Курс", TODAY.minusDays(5), null))));
        Api.as("admin").body(Map.of("reason", "Отменён", "version", toCancel.get("version"))).post("/api/v1/routes/" + toCancel.get("id") + "/cancel")
                .then().statusCode(200);
        Map<String, Object> reported = report("admin", toComplete, stepId(toComplete, 0)).statusCode(200).extract().jsonPath().getMap("");
        Api.as("admin").body(Map.of("version", reported.get("version"))).post("/api/v1/routes/" + toComplete.get("id") + "/complete").then().statusCode(200);

        var list = Api.as("analyst.crimea").queryParam("municipalityId", municipality).queryParam("sort", "status,title")
                .get("/api/v1/routes").then().statusCode(200).extract().jsonPath();
        assertThat(list.getInt("total")).isEqualTo(4);
        assertThat(list.getList("items.status", String.class)).containsExactly("ACTIVE", "ACTIVE", "CANCELLED", "COMPLETED");
        Map<String, Object> lateRow = list.getList("items", Map.class).stream().filter(r -> r.get("id").equals(late.get("id"))).findFirst().orElseThrow();
        assertThat(lateRow).containsEntry("stepsDone", 0).containsEntry("stepsTotal", 2).containsEntry("stepsOverdue", 1)
                .containsEntry("nextDue", TODAY.minusDays(2).toString());
        assertThat(Api.as("analyst.crimea").queryParam("municipalityId", municipality).queryParam("status", "ACTIVE").get("/api/v1/routes")
                .then().extract().jsonPath().getInt("total")).isEqualTo(2);
        Api.as("analyst.crimea").queryParam("sort", "salary").get("/api/v1/routes").then().statusCode(400);

        var summary = Api.as("analyst.crimea").queryParam("municipalityId", municipality).get("/api/v1/routes/summary").then().statusCode(200)
                .extract().jsonPath();
        assertThat(summary.getMap("all")).containsEntry("active", 2).containsEntry("completed", 1).containsEntry("cancelled", 1)
                .containsEntry("stepsOverdue", 1);
        assertThat(summary.getMap("lowResults")).containsEntry("active", 0);
        assertThat(summary.getMap("others")).containsEntry("active", 2);
        assertThat(Api.as("analyst.kaliningrad").queryParam("municipalityId", municipality).get("/api/v1/routes/summary").then().statusCode(200)
                .extract().jsonPath().getMap("all")).containsEntry("active", 0);

        byte[] xlsx = Api.as("analyst.crimea").queryParam("municipalityId", municipality).get("/api/v1/routes/export").then().statusCode(200)
                .extract().asByteArray();
        assertThat(xlsx.length).isGreaterThan(100);
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(5); // the header and the four routes
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
