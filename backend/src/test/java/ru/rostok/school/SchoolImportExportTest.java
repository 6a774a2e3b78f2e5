package ru.rostok.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static ru.rostok.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;

@QuarkusTest
class SchoolImportExportTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = {"ИНН", "Краткое наименование", "Полное наименование", "Тип", "Местность", "Адрес",
            "Директор", "Обучающихся", "Педагогов", "ОКТМО"};

    static byte[] sheet(Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Школы");
        for (int c = 0; c < HEADER.length; c++) {
            ws.value(0, c, HEADER[c]);
        }
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    static Object[] row(String inn, String name, Object pupils, String oktmo) {
        return new Object[] {inn, name, "Муниципальное бюджетное общеобразовательное учреждение «" + name + "»", "СОШ", "сельская",
                "с. Импортное, ул. Новая, 1", "Кузнецова Анна Петровна", pupils, 12, oktmo};
    }

    @Test
    void analystImportsNewAndChangedSchoolsInOneGo() throws IOException {
        String a = Api.newInn();
        String b = Api.newInn();
        as("analyst.crimea").contentType(XLSX).body(sheet(row(a, "Импорт А", 101, Demo.KERCH), row(b, "Импорт Б", 202, Demo.FEODOSIA)))
                .post("/api/v1/schools/import").then().statusCode(200)
                .body("created", is(2)).body("updated", is(0));
        as("analyst.crimea").contentType(XLSX).body(sheet(row(a, "Импорт А", 150, Demo.KERCH), row(b, "Импорт Б", 202, Demo.FEODOSIA)))
                .post("/api/v1/schools/import").then().statusCode(200)
                .body("created", is(0)).body("updated", is(1)).body("unchanged", is(1));
        assertThat(Api.school(Api.schoolId(a)).get("pupils")).isEqualTo(150);
        as("analyst.crimea").queryParam("entityType", "School").queryParam("entityId", Api.schoolId(a))
                .queryParam("sort", "-occurredAt").get("/api/v1/audit").then()
                .body("items[0].action", is("IMPORT")).body("items[0].changes[0].field", is("pupils"));
    }

    @Test
    void aSheetWithBadRowsIsRejectedWholeWithEveryRowNamed() throws IOException {
        String good = Api.newInn();
        String dup = Api.newInn();
        byte[] file = sheet(
                row(good, "Хорошая", 100, Demo.KERCH),
                row("123", "Плохой ИНН", 100, Demo.KERCH),
                row(dup, "Дубль 1", "сто", Demo.KERCH),
                row(dup, "Дубль 2", 100, Demo.SLAVSK));
        var errors = as("analyst.crimea").contentType(XLSX).body(file).post("/api/v1/schools/import").then()
                .statusCode(422).contentType("application/problem+json")
                .extract().jsonPath().getList("errors", Map.class);
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("column")).containsExactlyInAnyOrder(
                "3:ИНН", "4:Обучающихся", "5:ИНН", "5:ОКТМО");
        as("admin").queryParam("q", good).get("/api/v1/schools").then().body("total", is(0));
    }

    @Test
    void aSheetWithoutTheNeededColumnsOrNotExcelIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        wb.newWorksheet("Лист1").value(0, 0, "ИНН");
        wb.finish();
        as("analyst.crimea").contentType(XLSX).body(out.toByteArray()).post("/api/v1/schools/import").then().statusCode(422)
                .body("errors.column", org.hamcrest.Matchers.hasItems("ОКТМО", "Тип"));
        as("analyst.crimea").contentType(XLSX).body("это не Excel".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/schools/import").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aTooLargeUploadIs413() {
        byte[] big = new byte[5 * 1024 * 1024 + 10];
        as("analyst.crimea").contentType(XLSX).body(big).post("/api/v1/schools/import").then().statusCode(413)
                .contentType("application/problem+json");
        byte[] huge = new byte[7 * 1024 * 1024];
        as("analyst.crimea").contentType(XLSX).body(huge).post("/api/v1/schools/import").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
    }

    @Test
    void csvExportHasTheFilteredSchoolsOfTheScopeOnly() {
        String csv = new String(as("coord.kerch").queryParam("format", "csv").queryParam("type", "GYMNASIUM")
                .get("/api/v1/schools/export").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFИНН;Краткое наименование");
        assertThat(lines.subList(1, lines.size())).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains(";гимназия;").contains("Городской округ Керчь"));
        assertThat(csv).contains(Demo.KERCH_GYMNASIUM_2_INN);
    }

    @Test
    void xlsxExportOpensAndCanBeImportedBack() throws IOException {
        byte[] xlsx = as("school.kerch1").queryParam("format", "xlsx").get("/api/v1/schools/export").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(2);
            assertThat(all.get(1).getCellText(0)).isEqualTo(Demo.KERCH_SCHOOL_1_INN);
        }
        as("analyst.crimea").contentType(XLSX).body(xlsx).post("/api/v1/schools/import").then().statusCode(200)
                .body("created", is(0));
    }
}
