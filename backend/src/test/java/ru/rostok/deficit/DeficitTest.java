package ru.rostok.deficit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.rostok.school.School;
import ru.rostok.staff.Teacher;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Xlsx;

/** Competence assessments of teachers: who enters and reads them, the 50 % rule, the import, the counts, the link to weak results. */
@QuarkusTest
class DeficitTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String LESOSIBIRSK_1_INN = "2481430102";

    /** A teacher put straight into the staff list: the staff's own API belongs to another feature. */
    static long teacher(long schoolId, String last, String first, String middle, String... subjects) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Teacher t = new Teacher();
            t.school = School.findById(schoolId);
            t.lastName = last;
            t.firstName = first;
            t.middleName = middle;
            t.position = "учитель";
            t.subjects = new ArrayList<>(List.of(subjects));
            t.persist();
            return t.id;
        });
    }

    static long newSchool(String oktmo) {
        return Api.as("admin").body(Api.newSchool(Api.municipalityId(oktmo))).post("/api/v1/schools").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static Map<String, Object> topic(String topic, int score, int max) {
        return new HashMap<>(Map.of("topic", topic, "score", score, "maxScore", max));
    }

    static Map<String, Object> assessment(String subject, String heldOn, List<Map<String, Object>> topics) {
        return new HashMap<>(Map.of("subject", subject, "heldOn", heldOn, "method", "Диагностика ЦНППМ", "topics", topics));
    }

    static String assessments(long teacher) {
        return "/api/v1/teachers/" + teacher + "/assessments";
    }

    static JsonPath create(String user, long teacher, Map<String, Object> input) {
        return Api.as(user).body(input).post(assessments(teacher)).then().statusCode(201).extract().jsonPath();
    }

    static int count(long teacher) {
        return Api.as("admin").get(assessments(teacher)).then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void aTopicBelowHalfOfItsMaximumIsADeficit_unlessTheAssessmentSaysOtherwise() {
        long school = newSchool(Demo.KERCH);
        long t = teacher(school, "Тестова", "Анна", "Ивановна", "MATHEMATICS");
        Map<String, Object> overridden = topic("Функции и графики", 6, 10);
        overridden.put("deficit", true);
        JsonPath a = create("admin", t, assessment("MATHEMATICS", "2026-10-15",
                List.of(topic("Решение текстовых задач", 4, 10), topic("Геометрия: площади фигур", 5, 10), overridden,
                        topic("Вероятность", 2, 5))));
        assertThat(a.getList("topics.deficit", Boolean.class)).containsExactly(true, false, true, true);
        assertThat(a.getList("topics.deficitByRule", Boolean.class)).containsExactly(true, false, false, true);
        assertThat(a.getInt("deficits")).isEqualTo(3);
        assertThat(a.getString("subjectName")).isEqualTo("Математика");
        Api.as("admin").get(assessments(t)).then().statusCode(200)
                .body("teacherName", equalTo("Тестова Анна Ивановна"))
                .body("items", hasSize(1)).body("actions", equalTo(List.of("create")))
                .body("items[0].actions", equalTo(List.of("edit", "delete")));
    }

    @Test
    void badInputIs400AndChangesNothing() {
        long school = newSchool(Demo.KERCH);
        long t = teacher(school, "Проверкина", "Ольга", null, "RUSSIAN");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(topic("Тема " + i, 1, 2));
        }
        List<Map<String, Object>> bad = List.of(
                assessment("ASTRONOMY", "2026-10-15", List.of(topic("Орфография", 1, 2))),
                assessment("RUSSIAN", LocalDate.now().plusDays(1).toString(), List.of(topic("Орфография", 1, 2))),
                assessment("RUSSIAN", "2026-10-15", List.of()),
                assessment("RUSSIAN", "2026-10-15", many),
                assessment("RUSSIAN", "2026-10-15", List.of(topic("Орфография", 3, 2))),
                assessment("RUSSIAN", "2026-10-15", List.of(topic("Орфография", -1, 2))),
                assessment("RUSSIAN", "2026-10-15", List.of(topic("Орфография", 1, 2), topic("орфография ", 2, 2))),
                assessment("RUSSIAN", "2026-10-15", List.of(topic("Орфография", 1, 0))));
        for (Map<String, Object> input : bad) {
            Api.as("coord.kerch").body(input).post(assessments(t)).then().statusCode(400);
        }
        Api.as("coord.kerch").body(assessment("RUSSIAN", "2026-10-15", List.of(topic("Орфография", 1, 2), topic("орфография ", 2, 2))))
                .post(assessments(t)).then().statusCode(400).body("errors[0].field", equalTo("topics[1].topic"));
        assertThat(count(t)).isZero();
    }

    @Test
    void aStaleVersionIs409_andADeletionIsAudited() {
        long school = newSchool(Demo.KERCH);
        long t = teacher(school, "Версиева", "Марина", "Петровна", "MATHEMATICS");
        JsonPath a = create("coord.kerch", t, assessment("MATHEMATICS", "2026-10-15", List.of(topic("Функции и графики", 3, 10))));
        long id = a.getLong("id");
        Map<String, Object> change = assessment("MATHEMATICS", "2026-10-16", List.of(topic("Функции и графики", 8, 10)));
        change.put("version", a.getLong("version"));
        JsonPath changed = Api.as("coord.kerch").body(change).put("/api/v1/assessments/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(changed.getList("topics.deficit", Boolean.class)).containsExactly(false);
        Api.as("coord.kerch").body(change).put("/api/v1/assessments/" + id).then().statusCode(409);
        Api.as("coord.kerch").queryParam("version", a.getLong("version")).delete("/api/v1/assessments/" + id).then().statusCode(409);
        Api.as("coord.kerch").queryParam("version", changed.getLong("version")).delete("/api/v1/assessments/" + id).then().statusCode(204);
        assertThat(count(t)).isZero();
        List<String> actions = Api.as("admin").queryParam("entityType", "CompetenceAssessment").queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(actions).containsExactlyInAnyOrder("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void aTeacherIsSeenByTheSchoolItsCoordinatorAndTheRegion_neverByOthersNorByAnIntegrator() {
        long school = Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
        long t = teacher(school, "Областная", "Вера", "Игоревна", "RUSSIAN");
        Map<String, Object> input = assessment("RUSSIAN", "2026-10-15", List.of(topic("Пунктуация", 1, 4)));
        for (String user : List.of("school.kerch1", "coord.kerch", "analyst.crimea", "admin")) {
            long id = create(user, t, input).getLong("id");
            Api.as(user).get(assessments(t)).then().statusCode(200);
            Api.as(user).body(withVersion(input, t, id)).put("/api/v1/assessments/" + id).then().statusCode(200);
        }
        long id = Api.as("admin").get(assessments(t)).then().extract().jsonPath().getLong("items[0].id");
        for (String user : List.of("school.kerch2", "coord.feodosia", "analyst.kaliningrad", "school.slavsk1", "coord.slavsk")) {
            Api.as(user).get(assessments(t)).then().statusCode(404);
            Api.as(user).body(input).post(assessments(t)).then().statusCode(404);
            Api.as(user).body(withVersion(input, t, id)).put("/api/v1/assessments/" + id).then().statusCode(404);
            Api.as(user).queryParam("version", 0).delete("/api/v1/assessments/" + id).then().statusCode(404);
            Api.as(user).get("/api/v1/schools/" + school + "/deficits").then().statusCode(404);
        }
        Api.asIntegrator().get(assessments(t)).then().statusCode(403);
        Api.asIntegrator().body(input).post(assessments(t)).then().statusCode(403);
        Api.asIntegrator().get("/api/v1/deficits/summary?regionId=" + Api.regionId(Demo.CRIMEA)).then().statusCode(403);
        Api.asIntegrator().get("/api/v1/schools/" + school + "/deficits").then().statusCode(403);
        Api.as("coord.feodosia").get("/api/v1/deficits/summary?municipalityId=" + Api.municipalityId(Demo.KERCH)).then().statusCode(404);
        Api.as("coord.kerch").get("/api/v1/deficits/summary?regionId=" + Api.regionId(Demo.CRIMEA)).then().statusCode(404);
        Api.as("analyst.kaliningrad").get("/api/v1/deficits/summary?schoolId=" + school).then().statusCode(404);
        String summary = Api.as("analyst.crimea").get("/api/v1/deficits/summary").then().statusCode(200).extract().asString();
        assertThat(summary).doesNotContain("Областная").doesNotContain(String.valueOf(t));
    }

    static Map<String, Object> withVersion(Map<String, Object> input, long teacher, long id) {
        long version = Api.as("admin").get(assessments(teacher)).then().extract().jsonPath().getLong("items.find { it.id == " + id + " }.version");
        Map<String, Object> v = new HashMap<>(input);
        v.put("version", version);
        return v;
    }

    @Test
    void theSummaryCountsEachTeacherOncePerSubjectByTheLatestAssessment() {
        long school = newSchool(Demo.KERCH);
        long a = teacher(school, "Счётова", "Анна", "Ивановна", "MATHEMATICS");
        long b = teacher(school, "Счётов", "Борис", "Ильич", "MATHEMATICS");
        long c = teacher(school, "Словесная", "Вера", null, "RUSSIAN");
        create("admin", a, assessment("MATHEMATICS", "2025-10-01", List.of(topic("Функции и графики", 9, 10))));
        create("admin", a, assessment("MATHEMATICS", "2026-10-15", List.of(topic("Функции и графики", 4, 10), topic("Решение текстовых задач", 8, 10))));
        create("admin", b, assessment("MATHEMATICS", "2026-10-15", List.of(topic("Функции и графики", 7, 10), topic("Решение текстовых задач", 8, 10))));
        create("admin", c, assessment("RUSSIAN", "2026-10-15", List.of(topic("Пунктуация", 1, 4))));
        String body = Api.as("coord.kerch").queryParam("schoolId", school).get("/api/v1/deficits/summary").then().statusCode(200).extract().asString();
        assertThat(body).doesNotContain("Счётов").doesNotContain("Словесная");
        JsonPath s = new JsonPath(body);
        assertThat(s.getString("level")).isEqualTo("SCHOOL");
        assertThat(s.getMap("all")).containsEntry("assessed", 3).containsEntry("withDeficit", 2);
        assertThat(s.getList("subjects.subject")).containsExactly("RUSSIAN", "MATHEMATICS");
        Map<String, Object> maths = s.getMap("subjects.find { it.subject == 'MATHEMATICS' }");
        assertThat((Map<String, Object>) maths.get("all")).containsEntry("assessed", 2).containsEntry("withDeficit", 1).containsEntry("share", 50.0f);
        List<Map<String, Object>> topics = (List<Map<String, Object>>) maths.get("topics");
        assertThat(topics.get(0)).containsEntry("topic", "Функции и графики");
        assertThat((Map<String, Object>) topics.get(0).get("all")).containsEntry("assessed", 2).containsEntry("withDeficit", 1);
        assertThat((Map<String, Object>) topics.get(1).get("all")).containsEntry("assessed", 2).containsEntry("withDeficit", 0).containsEntry("share", 0.0f);
        Api.as("coord.kerch").queryParam("schoolId", school).get("/api/v1/deficits/summary/export").then().statusCode(200).contentType(XLSX);

        // the school's page names its assessed teachers, those with deficits first, for those who see its staff
        JsonPath own = Api.as("coord.kerch").get("/api/v1/schools/" + school + "/deficits").then().statusCode(200)
                .extract().jsonPath();
        assertThat(own.getList("subjects.find { it.subject == 'MATHEMATICS' }.assessed.name")).containsExactly("Счётова Анна Ивановна", "Счётов Борис Ильич");
        assertThat(own.getList("subjects.find { it.subject == 'MATHEMATICS' }.assessed[0].deficitTopics")).containsExactly("Функции и графики");
        assertThat(own.getList("subjects.find { it.subject == 'RUSSIAN' }.assessed.teacherId", Long.class)).containsExactly(c);
    }

    @Test
    void lesosibirsksDiagnosticIsCountedForTheLowResultsSchoolsAgainstTheOthers() {
        JsonPath s = Api.as("analyst.krasnoyarsk").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK))
                .get("/api/v1/deficits/summary").then().statusCode(200).extract().jsonPath();
        assertThat(s.getInt("listYear")).isPositive();
        assertThat(s.getInt("lowResultsSchools")).isPositive();
        assertThat(s.getList("subjects.subject")).containsExactly("RUSSIAN", "MATHEMATICS");
        for (String subject : List.of("RUSSIAN", "MATHEMATICS")) {
            Map<String, Object> row = s.getMap("subjects.find { it.subject == '" + subject + "' }");
            Map<String, Integer> all = (Map<String, Integer>) row.get("all");
            Map<String, Integer> low = (Map<String, Integer>) row.get("lowResults");
            Map<String, Integer> others = (Map<String, Integer>) row.get("others");
            assertThat(low.get("assessed") + others.get("assessed")).isEqualTo(all.get("assessed"));
            assertThat(low.get("withDeficit") + others.get("withDeficit")).isEqualTo(all.get("withDeficit"));
            assertThat(low.get("assessed")).isPositive();
        }
        Map<String, Object> all = s.getMap("all");
        double share = ((Number) all.get("share")).doubleValue();
        assertThat(share).isBetween(20.0, 50.0);
    }

    @Test
    void aSchoolsDeficitsStandBesideItsWeakIndicatorsOfTheSameSubject() {
        List<Long> schools = Api.as("admin").queryParam("municipalityId", Api.municipalityId(Demo.LESOSIBIRSK)).queryParam("size", 100)
                .get("/api/v1/schools").then().extract().jsonPath().getList("items.id", Long.class);
        int linked = 0;
        for (long school : schools) {
            JsonPath d = Api.as("coord.lesosibirsk").get("/api/v1/schools/" + school + "/deficits").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> subjects = d.getList("subjects");
            for (Map<String, Object> subject : subjects) {
                for (Map<String, Object> weak : (List<Map<String, Object>>) subject.get("weakIndicators")) {
                    JsonPath analysis = Api.as("admin").get("/api/v1/analyses/" + d.getLong("analysisRunId") + "/schools/" + school).then()
                            .statusCode(200).extract().jsonPath();
                    assertThat(analysis.getList("weaknesses")).contains(weak.get("code"));
                    assertThat(((String) weak.get("code")).endsWith(subject.get("subject").equals("MATHEMATICS") ? "_MA" : "_RU")).isTrue();
                    if (((Number) ((Map<String, Object>) subject.get("teachers")).get("assessed")).intValue() > 0) {
                        linked++;
                    }
                }
            }
        }
        assertThat(linked).as("a school with teachers' deficits and a weak indicator of the same subject").isPositive();
    }

    @Test
    void anImportWithBadRowsWritesNothingAndListsEveryOne_aGoodOneCreatesAnAssessmentPerTeacherSubjectAndDate() {
        long school = Api.schoolId(LESOSIBIRSK_1_INN);
        long t1 = teacher(school, "Импортова", "Дарья", "Сергеевна", "MATHEMATICS");
        long t2 = teacher(school, "Импортов", "Егор", null, "RUSSIAN");
        List<String> header = List.of("ИНН школы", "Фамилия", "Имя", "Отчество", "Предмет", "Дата", "Способ оценки", "Тема/компетенция", "Балл",
                "Максимальный балл", "Дефицит");
        List<List<String>> bad = List.of(
                List.of(LESOSIBIRSK_1_INN, "Импортова", "Дарья", "Сергеевна", "Математика", "15.10.2026", "ЦНППМ", "Функции и графики", "4", "10", ""),
                List.of(LESOSIBIRSK_1_INN, "Неизвестная", "Дарья", "", "Математика", "15.10.2026", "ЦНППМ", "Функции и графики", "4", "10", ""),
                List.of(Demo.KERCH_SCHOOL_1_INN, "Импортова", "Дарья", "Сергеевна", "Математика", "15.10.2026", "ЦНППМ", "Геометрия", "4", "10", ""),
                List.of(LESOSIBIRSK_1_INN, "Импортова", "Дарья", "Сергеевна", "Астрономия", "15.10.2026", "ЦНППМ", "Звёзды", "4", "10", ""),
                List.of(LESOSIBIRSK_1_INN, "Импортова", "Дарья", "Сергеевна", "Математика", "15.10.2026", "ЦНППМ", "Геометрия", "четыре", "10", ""),
                List.of(LESOSIBIRSK_1_INN, "Импортова", "Дарья", "Сергеевна", "Математика", "15.10.2026", "ЦНППМ", "Уравнения", "12", "10", ""),
                List.of(LESOSIBIRSK_1_INN, "Импортов", "Егор", "", "Русский язык", LocalDate.now().plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                        "ЦНППМ", "Орфография", "1", "4", ""),
                List.of(LESOSIBIRSK_1_INN, "Импортов", "Егор", "", "Русский язык", "15.10.2026", "ЦНППМ", "Пунктуация", "1", "4", "может быть"),
                List.of(LESOSIBIRSK_1_INN, "Импортова", "Дарья", "Сергеевна", "Математика", "15.10.2026", "ЦНППМ", "функции и графики", "5", "10", ""));
        var rejected = Api.as("coord.lesosibirsk").contentType(XLSX).body(sheet(header, bad)).post("/api/v1/assessments/import").then()
                .statusCode(422).extract().jsonPath();
        assertThat(rejected.getList("errors.row", Integer.class)).containsExactly(3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rejected.getList("errors.column", String.class)).containsExactly("Фамилия", "ИНН школы", "Предмет", "Балл", "Балл", "Дата",
                "Дефицит", "Тема/компетенция");
        assertThat(count(t1) + count(t2)).isZero();

        List<List<String>> good = List.of(
                List.of(LESOSIBIRSK_1_INN, "Импортова", "Дарья", "Сергеевна", "Математика", "15.10.2026", "ЦНППМ", "Функции и графики", "4", "10", ""),
                List.of(LESOSIBIRSK_1_INN, "ИМПОРТОВА", "дарья", "Сергеевна", "Математика", "15.10.2026", "ЦНППМ", "Геометрия", "6", "10", "да"),
                List.of(LESOSIBIRSK_1_INN, "Импортова", "Дарья", "Сергеевна", "Математика", "2026-09-01", "ЦНППМ", "Геометрия", "9", "10", ""),
                List.of(LESOSIBIRSK_1_INN, "Импортов", "Егор", "", "Русский язык", "15.10.2026", "ЦНППМ", "Орфография", "3,5", "4", "нет"),
                List.of(LESOSIBIRSK_1_INN, "Импортов", "Егор", "", "русский язык", "15.10.2026", "ЦНППМ", "Пунктуация", "1", "4", ""));
        Api.as("coord.lesosibirsk").contentType(XLSX).body(sheet(header, good)).post("/api/v1/assessments/import").then().statusCode(200)
                .body("assessments", equalTo(3)).body("topics", equalTo(5)).body("teachers", equalTo(2));
        JsonPath first = Api.as("coord.lesosibirsk").get(assessments(t1)).then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.heldOn")).containsExactly("2026-10-15", "2026-09-01");
        assertThat(first.getList("items[0].topics.deficit", Boolean.class)).containsExactly(true, true);
        JsonPath second = Api.as("school.lesosibirsk1").get(assessments(t2)).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items[0].topics.deficit", Boolean.class)).containsExactly(false, true);
        Api.as("coord.lesosibirsk").get("/api/v1/assessments/template").then().statusCode(200).contentType(XLSX);
        Api.asIntegrator().contentType(XLSX).body(sheet(header, good)).post("/api/v1/assessments/import").then().statusCode(403);
    }

    @Test
    void anIndicatorNamesTheSubjectItIsAbout_andTheDemoCatalogueLinksTheExams() {
        long crimea = Api.regionId(Demo.CRIMEA);
        Map<String, Object> input = ru.rostok.support.Monitoring.newIndicator(crimea);
        input.put("subject", "ASTRONOMY");
        Api.as("analyst.crimea").body(input).post("/api/v1/indicators").then().statusCode(400);
        input.put("subject", "MATHEMATICS");
        Api.as("analyst.crimea").body(input).post("/api/v1/indicators").then().statusCode(201).body("subject", equalTo("MATHEMATICS"));
        long krasnoyarsk = Api.regionId(Demo.KRASNOYARSK);
        assertThat(ru.rostok.support.Monitoring.indicator(ru.rostok.support.Monitoring.indicatorId(krasnoyarsk, "OGE_F2_MA")).get("subject"))
                .isEqualTo("MATHEMATICS");
        assertThat(ru.rostok.support.Monitoring.indicator(ru.rostok.support.Monitoring.indicatorId(krasnoyarsk, "EGE_AVG_RU")).get("subject"))
                .isEqualTo("RUSSIAN");
        assertThat(ru.rostok.support.Monitoring.indicator(ru.rostok.support.Monitoring.indicatorId(krasnoyarsk, "VPR_F2")).get("subject")).isNull();
    }

    static byte[] sheet(List<String> header, List<List<String>> rows) {
        List<String> xml = new ArrayList<>();
        xml.add(row(1, header));
        for (int i = 0; i < rows.size(); i++) {
            xml.add(row(i + 2, rows.get(i)));
        }
        return Xlsx.of(xml);
    }

    static String row(int number, List<String> cells) {
        List<String> xml = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
                xml.add(Xlsx.text((char) ('A' + c) + String.valueOf(number), cells.get(c)));
            }
        }
        return Xlsx.row(number, xml.toArray(String[]::new));
    }
}
