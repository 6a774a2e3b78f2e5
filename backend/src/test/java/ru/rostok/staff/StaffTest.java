package ru.rostok.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.rostok.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;

/** The staff of a school: who sees and keeps it, the audit of its reads, the archive, the XLSX import and export. */
@QuarkusTest
class StaffTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"Фамилия", "Имя", "Отчество", "Должность", "Предметы", "Квалификационная категория",
            "Дата присвоения категории", "Стаж (лет)", "Последнее повышение квалификации (дата)"};

    static long kerch1() {
        return Api.schoolId(Demo.KERCH_SCHOOL_1_INN);
    }

    /** A surname no demo teacher has, so that a test finds its own teachers by it. */
    static String surname() {
        String letters = "абвгдежзиклмнопрстуфхцчшэюя";
        StringBuilder s = new StringBuilder("Тестова");
        for (int i = 0; i < 8; i++) {
            s.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return s.toString();
    }

    static Map<String, Object> input(String lastName) {
        Map<String, Object> in = new HashMap<>();
        in.put("lastName", lastName);
        in.put("firstName", "Мария");
        in.put("middleName", "Петровна");
        in.put("position", "учитель математики");
        in.put("subjects", List.of("MATHEMATICS", "INFORMATICS"));
        in.put("category", "FIRST");
        in.put("categoryDate", "2022-09-01");
        in.put("experienceYears", 12);
        in.put("lastTrainingDate", "2025-03-15");
        return in;
    }

    static JsonPath create(String user, long school, Map<String, Object> input) {
        return as(user).body(input).post("/api/v1/schools/" + school + "/teachers").then().statusCode(201).extract().jsonPath();
    }

    static long count(String user, String q, boolean archived) {
        return as(user).queryParam("q", q).queryParam("archived", archived).get("/api/v1/teachers").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    static List<Map<String, Object>> audit(long teacherId) {
        return as("admin").queryParam("entityType", "Teacher").queryParam("entityId", teacherId).queryParam("size", 100)
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void eachSeesTheStaffOfTheirOwnPlaceOnly() {
        long school = kerch1();
        JsonPath own = as("school.kerch1").queryParam("size", 500).get("/api/v1/teachers").then().statusCode(200).extract().jsonPath();
        assertThat(own.getLong("total")).isPositive();
        assertThat(own.getList("items.schoolId", Long.class)).containsOnly(school);
        assertThat(own.getList("items.actions", List.class)).allSatisfy(a -> assertThat(a).contains("edit"));

        assertThat(as("school.kerch2").queryParam("schoolId", school).get("/api/v1/teachers").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();
        assertThat(as("coord.slavsk").queryParam("schoolId", school).get("/api/v1/teachers").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();

        JsonPath kerch = as("coord.kerch").queryParam("size", 500).get("/api/v1/teachers").then().statusCode(200).extract().jsonPath();
        assertThat(new java.util.HashSet<>(kerch.getList("items.municipalityName", String.class))).hasSize(1);
        assertThat(kerch.getLong("total")).isGreaterThan(own.getLong("total"));
        assertThat(as("coord.feodosia").queryParam("schoolId", school).get("/api/v1/teachers").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();

        JsonPath region = as("analyst.crimea").queryParam("size", 500).queryParam("sort", "municipalityName,lastName")
                .get("/api/v1/teachers").then().statusCode(200).extract().jsonPath();
        assertThat(region.getLong("total")).isGreaterThan(kerch.getLong("total"));
        assertThat(region.getList("items.actions", List.class)).allSatisfy(a -> assertThat(a).doesNotContain("edit"));
        assertThat(as("analyst.kaliningrad").queryParam("schoolId", school).get("/api/v1/teachers").then().statusCode(200)
                .extract().jsonPath().getLong("total")).isZero();
    }

    @Test
    void theIntegratorGetsNoPersonalDataAtAll() {
        long school = kerch1();
        String name = surname();
        long id = create("school.kerch1", school, input(name)).getLong("id");
        for (String answer : List.of(
                Api.asIntegrator().get("/api/v1/teachers").then().statusCode(403).extract().asString(),
                Api.asIntegrator().queryParam("q", name).get("/api/v1/teachers").then().statusCode(403).extract().asString(),
                Api.asIntegrator().get("/api/v1/teachers/" + id).then().statusCode(403).extract().asString(),
                Api.asIntegrator().get("/api/v1/teachers/export").then().statusCode(403).extract().asString(),
                Api.asIntegrator().get("/api/v1/schools/" + school + "/teachers/template").then().statusCode(403).extract().asString(),
                Api.asIntegrator().body(input(surname())).post("/api/v1/schools/" + school + "/teachers").then().statusCode(403).extract().asString())) {
            assertThat(answer).doesNotContain(name).doesNotContain("Мария");
        }
    }

    @Test
    void everyReadOfACardIsAuditedWithItsReader() {
        long id = create("school.kerch1", kerch1(), input(surname())).getLong("id");
        as("coord.kerch").get("/api/v1/teachers/" + id).then().statusCode(200);
        as("analyst.crimea").get("/api/v1/teachers/" + id).then().statusCode(200);
        List<Map<String, Object>> reads = audit(id).stream().filter(e -> "READ".equals(e.get("action"))).toList();
        assertThat(reads).extracting(e -> e.get("actor")).contains("coord.kerch", "analyst.crimea");
        assertThat(reads).allSatisfy(e -> assertThat(e.get("occurredAt")).isNotNull());

        // out of scope: as if there were no such teacher, and nothing read
        as("school.kerch2").get("/api/v1/teachers/" + id).then().statusCode(404);
        as("coord.feodosia").get("/api/v1/teachers/" + id).then().statusCode(404);
        as("analyst.kaliningrad").get("/api/v1/teachers/" + id).then().statusCode(404);
        assertThat(audit(id).stream().filter(e -> "READ".equals(e.get("action"))).count()).isEqualTo(reads.size());
    }

    @Test
    void theSchoolAddsEditsArchivesAndReturnsATeacher() {
        String name = surname();
        JsonPath made = create("school.kerch1", kerch1(), input(name));
        long id = made.getLong("id");
        assertThat(made.getString("fullName")).isEqualTo(name + " Мария Петровна");
        assertThat(made.getString("categoryExpiresOn")).isEqualTo("2027-09-01");
        assertThat(made.getList("actions", String.class)).contains("edit");

        Map<String, Object> edit = input(name);
        edit.put("position", "заместитель директора");
        edit.put("version", made.getLong("version"));
        JsonPath edited = as("coord.kerch").body(edit).put("/api/v1/teachers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getString("position")).isEqualTo("заместитель директора");
        as("school.kerch1").body(edit).put("/api/v1/teachers/" + id).then().statusCode(409);

        as("school.kerch1").body(Map.of("reason", "", "version", edited.getLong("version"))).post("/api/v1/teachers/" + id + "/archive")
                .then().statusCode(400);
        JsonPath archived = as("school.kerch1").body(Map.of("reason", "Переезд", "archivedOn", LocalDate.now().toString(),
                "version", edited.getLong("version"))).post("/api/v1/teachers/" + id + "/archive").then().statusCode(200).extract().jsonPath();
        assertThat(archived.getString("archiveReason")).isEqualTo("Переезд");
        assertThat(count("school.kerch1", name, false)).isZero();
        assertThat(count("school.kerch1", name, true)).isOne();

        as("school.kerch1").body(Map.of("version", archived.getLong("version") - 1)).post("/api/v1/teachers/" + id + "/restore")
                .then().statusCode(409);
        JsonPath restored = as("school.kerch1").body(Map.of("version", archived.getLong("version")))
                .post("/api/v1/teachers/" + id + "/restore").then().statusCode(200).extract().jsonPath();
        assertThat(restored.getString("archivedOn")).isNull();
        assertThat(count("school.kerch1", name, false)).isOne();
        as("admin").delete("/api/v1/teachers/" + id).then().statusCode(405);

        assertThat(audit(id)).extracting(e -> e.get("action")).contains("CREATE", "UPDATE");
    }

    @Test
    void analystsReadButDoNotKeepAndOtherPlacesSeeNothing() {
        long school = kerch1();
        String name = surname();
        JsonPath made = create("school.kerch1", school, input(name));
        long id = made.getLong("id");
        Map<String, Object> edit = input(name);
        edit.put("position", "директор");
        edit.put("version", made.getLong("version"));
        as("analyst.crimea").body(input(surname())).post("/api/v1/schools/" + school + "/teachers").then().statusCode(403);
        as("analyst.crimea").body(edit).put("/api/v1/teachers/" + id).then().statusCode(403);
        as("analyst.crimea").body(Map.of("reason", "—", "archivedOn", "2026-01-01", "version", 0)).post("/api/v1/teachers/" + id + "/archive")
                .then().statusCode(403);
        as("analyst.crimea").get("/api/v1/schools/" + school + "/teachers/template").then().statusCode(403);
        as("school.kerch2").body(edit).put("/api/v1/teachers/" + id).then().statusCode(404);
        as("coord.slavsk").body(input(surname())).post("/api/v1/schools/" + school + "/teachers").then().statusCode(404);
        as("school.kerch2").body(input(surname())).post("/api/v1/schools/" + school + "/teachers").then().statusCode(404);
        assertThat(as("school.kerch1").get("/api/v1/teachers/" + id).then().statusCode(200).extract().jsonPath().getString("position"))
                .isEqualTo("учитель математики");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndChangesNothing() {
        String name = surname();
        Map<String, Object> bad = input(name);
        bad.put("firstName", "");
        bad.put("middleName", "Петр0вна");
        bad.put("subjects", List.of("MATHEMATICS", "ALCHEMY"));
        bad.put("categoryDate", null);
        bad.put("experienceYears", 71);
        bad.put("lastTrainingDate", LocalDate.now().plusDays(1).toString());
        List<String> fields = as("school.kerch1").body(bad).post("/api/v1/schools/" + kerch1() + "/teachers").then().statusCode(400)
                .extract().jsonPath().getList("errors.field", String.class);
        assertThat(fields).containsExactlyInAnyOrder("firstName", "middleName", "subjects[1]", "categoryDate", "experienceYears", "lastTrainingDate");
        assertThat(count("school.kerch1", name, false)).isZero();

        JsonPath made = create("school.kerch1", kerch1(), input(name));
        Map<String, Object> none = input(name);
        none.put("category", "NONE");
        none.put("categoryDate", null);
        none.put("experienceYears", -1);
        none.put("version", made.getLong("version"));
        assertThat(as("school.kerch1").body(none).put("/api/v1/teachers/" + made.getLong("id")).then().statusCode(400)
                .extract().jsonPath().getList("errors.field", String.class)).containsExactly("experienceYears");
        JsonPath after = as("school.kerch1").get("/api/v1/teachers/" + made.getLong("id")).then().statusCode(200).extract().jsonPath();
        assertThat(after.getString("category")).isEqualTo("FIRST");
        assertThat(after.getInt("experienceYears")).isEqualTo(12);
        assertThat(after.getLong("version")).isEqualTo(made.getLong("version"));
    }

    static byte[] sheet(Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Педагоги");
        for (int c = 0; c < HEADER.length; c++) {
            ws.value(0, c, HEADER[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v instanceof LocalDate d) {
                    ws.value(r + 1, c, d);
                    ws.style(r + 1, c).format("dd.mm.yyyy").set();
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    @Test
    void anImportWithBadRowsListsEveryOneAndWritesNothing() throws IOException {
        String a = surname();
        String b = surname();
        byte[] file = sheet(
                new Object[] {a, "Анна", "Ивановна", "учитель физики", "Физика", "Высшая", LocalDate.of(2021, 5, 20), 20, "10.10.2024"},
                new Object[] {b, "", null, "учитель химии", "Химия; Алхимия", "Вторая", null, "много", "2099-01-01"},
                new Object[] {a, "Анна", "Ивановна", "учитель физики", "Физика", "Первая", null, 3, null});
        JsonPath problem = as("school.kerch1").contentType(XLSX).body(file).post("/api/v1/schools/" + kerch1() + "/teachers/import")
                .then().statusCode(422).extract().jsonPath();
        List<Map<String, Object>> errors = problem.getList("errors");
        assertThat(errors).extracting(e -> e.get("row")).containsOnly(3, 4);
        assertThat(errors).extracting(e -> e.get("row") + " " + e.get("column")).contains("3 Имя", "3 Предметы",
                "3 Квалификационная категория", "3 Стаж (лет)", "3 Последнее повышение квалификации (дата)",
                "4 Фамилия", "4 Дата присвоения категории");
        assertThat(count("school.kerch1", a, false)).isZero();
        assertThat(count("school.kerch1", b, false)).isZero();
    }

    @Test
    void anImportUpdatesTheTeachersItNamesAndAddsTheOthers() throws IOException {
        String known = surname();
        String fresh = surname();
        long id = create("school.kerch1", kerch1(), input(known)).getLong("id");
        byte[] file = sheet(
                new Object[] {known, "мария", "Петровна", "учитель математики", "Математика, информатика", "Высшая",
                        LocalDate.of(2024, 2, 1), 13, "01.02.2025"},
                new Object[] {fresh, "Олег", null, "учитель истории", "История; Обществознание", "Без категории", null, 2, null});
        JsonPath result = as("coord.kerch").contentType(XLSX).body(file).post("/api/v1/schools/" + kerch1() + "/teachers/import")
                .then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("created")).isOne();
        assertThat(result.getInt("updated")).isOne();
        JsonPath updated = as("school.kerch1").get("/api/v1/teachers/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(updated.getString("category")).isEqualTo("HIGHEST");
        assertThat(updated.getString("categoryDate")).isEqualTo("2024-02-01");
        assertThat(updated.getInt("experienceYears")).isEqualTo(13);
        JsonPath added = as("school.kerch1").queryParam("q", fresh).get("/api/v1/teachers").then().statusCode(200).extract().jsonPath();
        assertThat(added.getList("items.subjects[0]", String.class)).containsExactly("HISTORY", "SOCIAL_STUDIES");
        assertThat(audit(id)).extracting(e -> e.get("action")).contains("IMPORT");

        as("analyst.crimea").contentType(XLSX).body(file).post("/api/v1/schools/" + kerch1() + "/teachers/import").then().statusCode(403);
        as("school.kerch2").contentType(XLSX).body(file).post("/api/v1/schools/" + kerch1() + "/teachers/import").then().statusCode(404);
    }

    @Test
    void theTemplateHasTheImportColumnsAndTheExportTheFilteredListAudited() throws IOException {
        byte[] template = as("school.kerch1").get("/api/v1/schools/" + kerch1() + "/teachers/template").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        assertThat(rows(template).get(0)).containsExactly(HEADER);

        String name = surname();
        create("school.kerch1", kerch1(), input(name));
        byte[] export = as("coord.kerch").queryParam("q", name).get("/api/v1/teachers/export").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        List<List<String>> rows = rows(export);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith(name, "Мария", "Петровна", "учитель математики", "Математика, Информатика", "Первая",
                "01.09.2022", "12", "15.03.2025", "01.09.2027");
        List<Map<String, Object>> exports = audit(0).stream().filter(e -> "coord.kerch".equals(e.get("actor"))).toList();
        assertThat(exports).isNotEmpty();
        assertThat(exports.get(0).get("action")).isEqualTo("READ");
        assertThat(exports.get(0).toString()).contains(name);
    }

    static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<List<String>> out = new ArrayList<>();
            rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    cells.add(r.getCell(c) == null ? null : r.getCell(c).getText());
                }
                out.add(cells);
            });
            return out;
        }
    }
}
