package ru.rostok.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.school.School;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.staff.Teacher;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;

/** Further training: planned, completed with its certificate, cancelled; what falls due and where it shows. */
@QuarkusTest
class TrainingTest {
    static final int YEAR = LocalDate.now().getYear();

    static long newSchool(String oktmo) {
        return Api.as("admin").body(Api.newSchool(Api.municipalityId(oktmo))).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A teacher made as the staff feature would keep one (its API is another part's). */
    static long teacher(long schoolId, String lastName, QualificationCategory category, LocalDate categoryDate, LocalDate lastTraining) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Teacher t = new Teacher();
            t.school = School.findById(schoolId);
            t.lastName = lastName;
            t.firstName = "Анна";
            t.middleName = "Юрьевна";
            t.position = "учитель математики";
            t.category = category;
            t.categoryDate = categoryDate;
            t.lastTrainingDate = lastTraining;
            t.persist();
            return t.id;
        });
    }

    static long recentTeacher(long schoolId, String lastName) {
        return teacher(schoolId, lastName, QualificationCategory.NONE, null, LocalDate.of(YEAR - 1, 3, 1));
    }

    static Map<String, Object> course() {
        Map<String, Object> c = new HashMap<>();
        c.put("programme", "Школа современного учителя математики");
        c.put("provider", "ФГАОУ ДПО «Академия Минпросвещения России»");
        c.put("hours", 36);
        c.put("startsOn", LocalDate.of(YEAR, 2, 1).toString());
        c.put("endsOn", LocalDate.of(YEAR, 2, 20).toString());
        c.put("format", "DISTANCE");
        c.put("subject", "MATHEMATICS");
        return c;
    }

    static Map<String, Object> plan(String user, long teacherId) {
        return Api.as(user).body(course()).post("/api/v1/teachers/" + teacherId + "/trainings").then().statusCode(201).extract().jsonPath().getMap("");
    }

    static long trainings(long teacherId) {
        return QuarkusTransaction.requiringNew().call(() -> TeacherTraining.count("teacher.id", teacherId));
    }

    @Test
    @SuppressWarnings("unchecked")
    void schoolStaffPlanCompleteAndCancelWithVersionsAndTheCertificate() {
        long kerch1 = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long teacher = recentTeacher(kerch1, "Задачкина");
        Map<String, Object> planned = plan("school.kerch1", teacher);
        assertThat(planned).containsEntry("status", "PLANNED").containsEntry("teacherName", "Задачкина Анна Юрьевна");
        assertThat((List<Object>) planned.get("actions")).containsExactly("edit", "complete", "cancel");
        long id = ((Number) planned.get("id")).longValue();

        Map<String, Object> changed = new HashMap<>(course());
        changed.put("hours", 72);
        changed.put("version", 0);
        Api.as("school.kerch1").body(changed).put("/api/v1/trainings/" + id).then().statusCode(200).body("hours", org.hamcrest.Matchers.is(72));
        Api.as("school.kerch1").body(changed).put("/api/v1/trainings/" + id).then().statusCode(409);

        // completed: not before the start, not in the future, with the certificate's number
        Api.as("school.kerch1").body(Map.of("completedOn", LocalDate.of(YEAR, 1, 20).toString(), "documentNumber", "612400012345", "version", 1))
                .post("/api/v1/trainings/" + id + "/complete").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("completedOn"));
        Api.as("school.kerch1").body(Map.of("completedOn", LocalDate.now().plusDays(1).toString(), "documentNumber", "612400012345", "version", 1))
                .post("/api/v1/trainings/" + id + "/complete").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("completedOn"));
        Api.as("school.kerch1").body(Map.of("completedOn", LocalDate.of(YEAR, 2, 20).toString(), "documentNumber", " ", "version", 1))
                .post("/api/v1/trainings/" + id + "/complete").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("documentNumber"));
        Api.as("school.kerch1").body(Map.of("completedOn", LocalDate.of(YEAR, 2, 20).toString(), "documentNumber", "612400012345", "version", 0))
                .post("/api/v1/trainings/" + id + "/complete").then().statusCode(409);
        Api.as("school.kerch1").body(Map.of("completedOn", LocalDate.of(YEAR, 2, 20).toString(), "documentNumber", "612400012345", "version", 1))
                .post("/api/v1/trainings/" + id + "/complete").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.is("COMPLETED")).body("documentNumber", org.hamcrest.Matchers.is("612400012345"))
                .body("actions", org.hamcrest.Matchers.empty());
        // a completed training is not edited nor cancelled
        changed.put("version", 2);
        Api.as("school.kerch1").body(changed).put("/api/v1/trainings/" + id).then().statusCode(409);
        Api.as("school.kerch1").body(Map.of("version", 2)).post("/api/v1/trainings/" + id + "/cancel").then().statusCode(409);

        var view = Api.as("school.kerch1").get("/api/v1/teachers/" + teacher + "/trainings").then().statusCode(200).extract().jsonPath();
        assertThat(view.getString("lastTraining")).isEqualTo(LocalDate.of(YEAR, 2, 20).toString());
        assertThat(view.getString("reportedLastTraining")).isEqualTo(LocalDate.of(YEAR - 1, 3, 1).toString());
        assertThat(view.getList("actions")).containsExactly("plan");

        long second = ((Number) plan("coord.kerch", teacher).get("id")).longValue();
        Api.as("analyst.crimea").body(Map.of("reason", "Курс перенесён", "version", 0)).post("/api/v1/trainings/" + second + "/cancel").then()
                .statusCode(200).body("status", org.hamcrest.Matchers.is("CANCELLED")).body("cancelReason", org.hamcrest.Matchers.is("Курс перенесён"));
        long audited = QuarkusTransaction.requiringNew().call(() -> (Long) TeacherTraining.getEntityManager()
                .createNativeQuery("select count(*) from audit_event where entity_type = 'TeacherTraining' and entity_id in (:a, :b)")
                .setParameter("a", id).setParameter("b", second).getSingleResult());
        assertThat(audited).isEqualTo(5);
    }

    @Test
    void badInputIsRefusedWithItsFieldsAndChangesNothing() {
        long teacher = recentTeacher(Api.schoolId(Demo.KERCH_SCHOOL_1_INN), "Линейкина");
        Map<String, Object> bad = new HashMap<>(course());
        bad.put("hours", 0);
        bad.put("endsOn", LocalDate.of(YEAR, 1, 1).toString());
        bad.put("programme", "");
        Api.as("school.kerch1").body(bad).post("/api/v1/teachers/" + teacher + "/trainings").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("hours", "programme"));
        Map<String, Object> backwards = new HashMap<>(course());
        backwards.put("endsOn", LocalDate.of(YEAR, 1, 1).toString());
        Api.as("school.kerch1").body(backwards).post("/api/v1/teachers/" + teacher + "/trainings").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("endsOn"));
        Map<String, Object> tooLong = new HashMap<>(course());
        tooLong.put("hours", 2001);
        Api.as("school.kerch1").body(tooLong).post("/api/v1/teachers/" + teacher + "/trainings").then().statusCode(400);
        assertThat(trainings(teacher)).isZero();
    }

    @Test
    void scopeOfATeachersTrainingsAndIntegratorsGetNone() {
        long gymnasium = Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN);
        long otherSchool = recentTeacher(gymnasium, "Циркулева");
        long otherRegion = recentTeacher(Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN), "Указкина");
        long feodosia = recentTeacher(newSchool(Demo.FEODOSIA), "Чернилова");
        for (long t : List.of(otherSchool, otherRegion, feodosia)) {
            Api.as("school.kerch1").get("/api/v1/teachers/" + t + "/trainings").then().statusCode(404);
            Api.as("school.kerch1").body(course()).post("/api/v1/teachers/" + t + "/trainings").then().statusCode(404);
        }
        Api.as("coord.kerch").get("/api/v1/teachers/" + otherSchool + "/trainings").then().statusCode(200);
        Api.as("coord.kerch").get("/api/v1/teachers/" + feodosia + "/trainings").then().statusCode(404);
        Api.as("analyst.crimea").get("/api/v1/teachers/" + feodosia + "/trainings").then().statusCode(200);
        Api.as("analyst.crimea").get("/api/v1/teachers/" + otherRegion + "/trainings").then().statusCode(404);
        Api.asIntegrator().get("/api/v1/teachers/" + otherSchool + "/trainings").then().statusCode(403);
        Api.asIntegrator().get("/api/v1/trainings").then().statusCode(403);
        Api.asIntegrator().get("/api/v1/trainings/due").then().statusCode(403);
        long foreign = ((Number) plan("admin", otherRegion).get("id")).longValue();
        Api.as("analyst.crimea").body(Map.of("version", 0)).post("/api/v1/trainings/" + foreign + "/cancel").then().statusCode(404);
        Api.as("coord.kerch").get("/api/v1/trainings").then().statusCode(200).body("items.schoolId", org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.hasItem((int) Api.schoolId(Demo.SLAVSK_SCHOOL_1_INN))));
    }

    @Test
    void aGroupPlanIsForTheSchoolsOwnTeachersAllOrNone() {
        long school = newSchool(Demo.KERCH);
        long a = recentTeacher(school, "Атласова");
        long b = recentTeacher(school, "Компасова");
        long stranger = recentTeacher(Api.schoolId(Demo.KERCH_GYMNASIUM_2_INN), "Примерова");
        Map<String, Object> group = new HashMap<>(course());
        group.put("teacherIds", List.of(a, stranger, b));
        Api.as("coord.kerch").body(group).post("/api/v1/schools/" + school + "/trainings").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("teacherIds[1]"));
        assertThat(trainings(a) + trainings(b) + trainings(stranger)).isZero();
        group.put("teacherIds", List.of(a, b));
        Api.as("coord.kerch").body(group).post("/api/v1/schools/" + school + "/trainings").then().statusCode(201)
                .body("size()", org.hamcrest.Matchers.is(2)).body("teacherId", org.hamcrest.Matchers.contains((int) a, (int) b));
        Api.as("school.kerch1").body(group).post("/api/v1/schools/" + school + "/trainings").then().statusCode(404);
        Api.asIntegrator().body(group).post("/api/v1/schools/" + school + "/trainings").then().statusCode(403);
    }

    @Test
    void whatFallsDueFollowsTheCategoryAndTheThreeYearCycle() {
        long school = newSchool(Demo.KERCH);
        LocalDate recent = LocalDate.of(YEAR - 1, 3, 1);
        long expiring = teacher(school, "Истекающая", QualificationCategory.HIGHEST, LocalDate.of(YEAR - 5, 12, 30), recent);
        long expired = teacher(school, "Истёкшая", QualificationCategory.FIRST, LocalDate.of(YEAR - 6, 3, 1), recent);
        long valid = teacher(school, "Действующая", QualificationCategory.HIGHEST, LocalDate.of(YEAR - 2, 1, 10), recent);
        LocalDate old = LocalDate.of(YEAR - 4, 5, 1);
        long cycle = teacher(school, "Давняя", QualificationCategory.NONE, null, old);
        long withPlan = teacher(school, "Запланированная", QualificationCategory.NONE, null, old);
        long completedHere = teacher(school, "Прошедшая", QualificationCategory.NONE, null, old);
        long never = teacher(school, "Новенькая", QualificationCategory.NONE, null, null);
        long archived = teacher(school, "Архивная", QualificationCategory.NONE, null, old);
        QuarkusTransaction.requiringNew().run(() -> Teacher.<Teacher>findById(archived).archivedOn = LocalDate.now());
        plan("coord.kerch", withPlan);
        long done = ((Number) plan("coord.kerch", completedHere).get("id")).longValue();
        Api.as("coord.kerch").body(Map.of("completedOn", LocalDate.of(YEAR, 2, 20).toString(), "documentNumber", "9126001", "version", 0))
                .post("/api/v1/trainings/" + done + "/complete").then().statusCode(200);

        var due = Api.as("coord.kerch").queryParam("schoolId", school).queryParam("size", 100).get("/api/v1/trainings/due").then().statusCode(200)
                .extract().jsonPath();
        Map<String, String> reasons = new HashMap<>();
        List<Map<String, Object>> items = due.getList("items");
        items.forEach(i -> reasons.merge(String.valueOf(i.get("teacherId")), (String) i.get("reason"), (x, y) -> x + "," + y));
        assertThat(reasons).containsOnlyKeys(String.valueOf(expiring), String.valueOf(expired), String.valueOf(cycle), String.valueOf(never));
        assertThat(reasons.get(String.valueOf(expiring))).isEqualTo("CATEGORY_EXPIRES");
        assertThat(reasons.get(String.valueOf(cycle))).isEqualTo("TRAINING_CYCLE");
        Map<String, Object> expiredItem = items.stream().filter(i -> ((Number) i.get("teacherId")).longValue() == expired).findFirst().orElseThrow();
        assertThat(expiredItem).containsEntry("dueOn", LocalDate.of(YEAR - 1, 3, 1).toString()).containsEntry("overdue", true);
        Map<String, Object> cycleItem = items.stream().filter(i -> ((Number) i.get("teacherId")).longValue() == cycle).findFirst().orElseThrow();
        assertThat(cycleItem).containsEntry("dueOn", LocalDate.of(YEAR - 1, 5, 1).toString()).containsEntry("overdue", true);
        Map<String, Object> neverItem = items.stream().filter(i -> ((Number) i.get("teacherId")).longValue() == never).findFirst().orElseThrow();
        assertThat(neverItem).containsEntry("dueOn", LocalDate.of(YEAR, 12, 31).toString()).containsEntry("overdue", false);
        assertThat(due.getList("items.dueOn", String.class)).isSorted();
        assertThat(valid).isPositive();
    }

    @Test
    void dueItemsAppearInMyWorkPerTeacherForTheSchoolAndPerSchoolForTheCoordinator() {
        long kerch1 = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long teacher = teacher(kerch1, "Глобусова", QualificationCategory.HIGHEST, LocalDate.of(YEAR - 5, 12, 30), LocalDate.of(YEAR - 1, 3, 1));
        var mine = Api.as("school.kerch1").get("/api/v1/my-work").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = mine.getList("findAll { it.type == 'CATEGORY_EXPIRES' || it.type == 'TRAINING_DUE' }");
        assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(((Number) i.get("schoolId")).longValue()).isEqualTo(kerch1));
        assertThat(items).anySatisfy(i -> {
            assertThat(((Number) i.get("teacherId")).longValue()).isEqualTo(teacher);
            assertThat((String) i.get("text")).isEqualTo("Глобусова А. Ю. — истекает квалификационная категория (высшая) 30.12." + YEAR);
        });
        // another school's staff see none of Kerch 1's teachers
        assertThat(Api.as("school.kerch2").get("/api/v1/my-work").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.schoolId == " + kerch1 + " }")).isEmpty();

        List<Map<String, Object>> coordinator = Api.as("coord.kerch").get("/api/v1/my-work").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.type == 'TRAINING_DUE' && it.schoolId == " + kerch1 + " }");
        assertThat(coordinator).singleElement().satisfies(i -> {
            assertThat(i.get("teacherId")).isNull();
            assertThat((String) i.get("text")).matches(".+: \\d+ педагог(у|ам) пора пройти повышение квалификации");
        });
        assertThat(Api.as("analyst.crimea").get("/api/v1/my-work").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.type == 'TRAINING_DUE' || it.type == 'CATEGORY_EXPIRES' }")).isEmpty();
    }

    @Test
    void theSummaryCountsPlannedAgainstCompletedTeachersAndHours() {
        int year = 2091; // no demo training ends in it
        long school = newSchool(Demo.KERCH);
        long a = recentTeacher(school, "Сводкина");
        long b = recentTeacher(school, "Итогова");
        Map<String, Object> c = new HashMap<>(course());
        c.put("startsOn", LocalDate.of(year, 3, 1).toString());
        c.put("endsOn", LocalDate.of(year, 3, 10).toString());
        c.put("teacherIds", List.of(a, b));
        List<Integer> ids = Api.as("coord.kerch").body(c).post("/api/v1/schools/" + school + "/trainings").then().statusCode(201)
                .extract().jsonPath().getList("id");
        c.put("hours", 72);
        c.put("teacherIds", List.of(a));
        Api.as("coord.kerch").body(c).post("/api/v1/schools/" + school + "/trainings").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            TeacherTraining done = TeacherTraining.findById((long) ids.get(0));
            done.status = TrainingStatus.COMPLETED;
            done.completedOn = LocalDate.of(year, 3, 10);
            done.documentNumber = "1";
        });
        var summary = Api.as("coord.kerch").queryParam("year", year).get("/api/v1/trainings/summary").then().statusCode(200).extract().jsonPath();
        assertThat(summary.getMap("total")).containsEntry("plannedTeachers", 2).containsEntry("plannedHours", 36 + 36 + 72)
                .containsEntry("completedTeachers", 1).containsEntry("completedHours", 36);
        assertThat(summary.getList("municipalities")).hasSize(1);
        Api.as("analyst.crimea").queryParam("year", year).get("/api/v1/trainings/summary/export").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats"));
        Api.as("school.kerch1").queryParam("year", year).get("/api/v1/trainings/summary").then().statusCode(200)
                .body("total.plannedTeachers", org.hamcrest.Matchers.is(0));
    }
}
