package ru.rostok.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import ru.rostok.support.Api;
import ru.rostok.support.Demo;
import ru.rostok.support.Plans;
import ru.rostok.support.SeedFiles;

/** Importing a document: the warnings of a draft, saving it with its source, and every file that is refused with nothing stored. */
@QuarkusTest
class DocumentImportTest {
    @Inject
    AgroalDataSource db;

    private static JsonPath draft(String user, String name, byte[] data) {
        return Plans.multipartAs(user).multiPart("file", name, data).post("/api/v1/documents/drafts")
                .then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    @Test
    void theKerchDecisionsDraftWarnsAtItsTwoMistakesAndReadsNoDeadlineFromItsPreamble() {
        JsonPath d = draft("coord.kerch", "решение.txt", SeedFiles.txt(SeedFiles.KERCH_DECISION));
        List<Map<String, Object>> warnings = d.getList("warnings");
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.get("kind")).isEqualTo("DEADLINE_BEFORE_DOCUMENT");
            assertThat(w.get("number")).isEqualTo("3.2");
            assertThat((String) w.get("message")).contains("февраль 2020");
            assertThat(d.getList("lines").get((Integer) w.get("line") - 1).toString()).contains("февраль 2020");
        });
        assertThat(warnings).anySatisfy(w -> {
            assertThat(w.get("kind")).isEqualTo("DUPLICATE_NUMBER");
            assertThat(w.get("number")).isEqualTo("3.2");
        });
        assertThat(warnings).extracting(w -> w.get("kind")).doesNotContain("STRAY_TEXT", "UNREAD_DEADLINE", "UNRESOLVED_RESPONSIBLE", "MISSING");
        // the source lines of a point are where its text and deadline are
        int from = d.getInt("decision.points[1].points[0].source.from");
        int to = d.getInt("decision.points[1].points[0].source.to");
        assertThat(d.getList("lines").subList(from - 1, to).toString()).contains("2.1. Взять под контроль").contains("Срок: 2020– 2022 гг");
        // 001's preamble dates are not deadlines: its points' deadlines are all in 2022–2023
        JsonPath crimea = draft("analyst.crimea", "решение.txt", SeedFiles.txt(SeedFiles.CRIMEA_DECISION));
        assertThat(crimea.getList("warnings.kind", String.class)).doesNotContain("DEADLINE_BEFORE_DOCUMENT", "UNREAD_DEADLINE");
        JsonPath slavsk = draft("coord.slavsk", "план.txt", SeedFiles.txt(SeedFiles.SLAVSK_ROADMAP));
        assertThat(slavsk.getString("roadmap.approvalDate")).isEqualTo("2021-02-10"); // not the list order's 24.06.2020 in the preamble
    }

    @Test
    void aSavedImportIsTheDecisionAsCorrectedWithItsFileKeptAsSourceForThoseWhoSeeIt() {
        byte[] file = SeedFiles.docx(SeedFiles.KERCH_DECISION);
        JsonPath d = draft("coord.kerch", "decision-5-3.docx", file);
        Map<String, Object> input = new java.util.HashMap<>(d.getMap("decision"));
        input.remove("header");
        input.put("number", "5/3-импорт");
        input.put("points", inputs(d.getList("decision.points")));
        var saved = Plans.multipartAs("coord.kerch").multiPart("file", "decision-5-3.docx", file)
                .multiPart("decision", "decision.json", toJson(input).getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/v1/documents/decisions").then().log().ifValidationFails().statusCode(201)
                .header("Location", containsString("/api/v1/decisions/"))
                .body("number", equalTo("5/3-импорт")).body("source.name", equalTo("decision-5-3.docx"))
                .body("points.find { it.number == '3' }.assignees[0].bodyId", equalTo((int) Api.bodyId("9173927848")))
                .extract().jsonPath();
        long sourceId = saved.getLong("source.id");
        byte[] kept = Api.as("analyst.crimea").get("/api/v1/evidence/" + sourceId).then().statusCode(200).extract().asByteArray();
        assertThat(kept).isEqualTo(file);
        Api.as("coord.feodosia").get("/api/v1/evidence/" + sourceId).then().statusCode(404);
        Api.as("coord.feodosia").get("/api/v1/decisions/" + saved.getLong("id")).then().statusCode(404);
    }

    @Test
    void aSavedRoadmapKeepsItsTableAndItsSpreadsheet() {
        byte[] file = SeedFiles.xlsx(SeedFiles.OLENEGORSK_ROADMAP);
        JsonPath d = draft("coord.olenegorsk", "plan.xlsx", file);
        Map<String, Object> input = new java.util.HashMap<>(d.getMap("roadmap"));
        input.remove("header");
        List<Map<String, Object>> measures = new ArrayList<>();
        for (Map<String, Object> m : d.<Map<String, Object>>getList("roadmap.measures")) {
            Map<String, Object> copy = new java.util.HashMap<>(m);
            copy.remove("source");
            copy.remove("schedule");
            measures.add(copy);
        }
        input.put("measures", measures);
        Plans.multipartAs("coord.olenegorsk").multiPart("file", "plan.xlsx", file)
                .multiPart("roadmap", "roadmap.json", toJson(input).getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/v1/documents/roadmaps").then().log().ifValidationFails().statusCode(201)
                .body("measures.size()", equalTo(10)).body("source.name", equalTo("plan.xlsx"))
                .body("measures.find { it.number == '5' }.responsible.size()", equalTo(3))
                .body("abbreviations.ИМЦ", equalTo("муниципальное учреждение «Информационно – методический центр»"));
    }

    @Test
    void anInvalidDecisionIsRefusedAndNeitherTheDecisionNorItsFileIsStored() throws Exception {
        byte[] file = SeedFiles.txt(SeedFiles.KERCH_DECISION);
        long before = count("decision") + count("evidence_file");
        Plans.multipartAs("coord.kerch").multiPart("file", "решение.txt", file)
                .multiPart("decision", "decision.json", "{\"kind\":\"COLLEGIUM_DECISION\",\"points\":[]}", "application/json")
                .post("/api/v1/documents/decisions").then().statusCode(400).contentType(containsString("problem+json"));
        // a decision of another municipality is not the coordinator's to create
        JsonPath d = draft("coord.kerch", "решение.txt", file);
        Map<String, Object> input = new java.util.HashMap<>(d.getMap("decision"));
        input.remove("header");
        input.put("points", inputs(d.getList("decision.points")));
        input.put("municipalityId", Api.municipalityId(Demo.FEODOSIA));
        Plans.multipartAs("coord.kerch").multiPart("file", "решение.txt", file)
                .multiPart("decision", "decision.json", toJson(input).getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/v1/documents/decisions").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404), equalTo(400)));
        // a school does not create decisions
        Plans.multipartAs("school.kerch1").multiPart("file", "решение.txt", file)
                .multiPart("decision", "decision.json", toJson(input).getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/v1/documents/decisions").then().statusCode(403);
        assertThat(count("decision") + count("evidence_file")).isEqualTo(before);
    }

    @Test
    void everyFileThatIsNotADecisionOrARoadmapGetsItsOwnReasonAndNothingIsStored() throws Exception {
        long before = count("decision") + count("roadmap") + count("evidence_file");
        refused("пусто.txt", new byte[0], "пуст");
        refused("письмо.txt", SeedFiles.txt(SeedFiles.LESOSIBIRSK_LETTER), "ни на решение");
        refused("старый.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}, "паролем");
        refused("скан.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), "PDF");
        refused("программа.txt", new byte[] {0x4D, 0x5A, (byte) 0x90, 0, 3, 0, 0, 0, 4, 0}, "не похож на текст");
        refused("битый.docx", java.util.Arrays.copyOf(SeedFiles.docx(SeedFiles.KERCH_DECISION), 3000), "повреждён");
        refused("архив.zip", zip("readme.txt", "текст"), "не является документом Word");
        refused("english.txt", "Just some English words".getBytes(StandardCharsets.UTF_8), "не похож на текст");
        Plans.multipartAs("coord.kerch").multiPart("file", "огромный.txt", new byte[5 * 1024 * 1024 + 10]).post("/api/v1/documents/drafts")
                .then().statusCode(413).contentType(containsString("problem+json"));
        // a decision asked for as a roadmap
        Plans.multipartAs("coord.kerch").multiPart("file", "решение.txt", SeedFiles.txt(SeedFiles.KERCH_DECISION)).multiPart("type", "ROADMAP")
                .post("/api/v1/documents/drafts").then().statusCode(400).body("errors[0].message", containsString("таблицы мероприятий"));
        // the integrator keeps nothing
        Api.asIntegrator().contentType("multipart/form-data").multiPart("file", "решение.txt", SeedFiles.txt(SeedFiles.KERCH_DECISION))
                .post("/api/v1/documents/drafts").then().statusCode(403);
        assertThat(count("decision") + count("roadmap") + count("evidence_file")).isEqualTo(before);
    }

    @Test
    void documentsTypedOtherwiseAreReadToo() throws Exception {
        String text = String.join("\n",
                "ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА КЕРЧИ",
                "ПРИКАЗ",
                "от 12 января 2021 г. № 17",
                "Об организации работы со школами с низкими результатами",
                "В целях повышения качества образования ПРИКАЗЫВАЮ:",
                "I. Организационные мероприятия",
                "п. 1 Управлению образования (Иванова И.И.) провести анкетирование школ. Срок – до 1 марта 2021 г.",
                "1.1. Подготовить анкету для \"ОО\" (директоров школ).",
                "Срок: февраль 2021",
                "2. Руководителям общеобразовательных организаций:",
                "а) обеспечить участие педагогов в семинарах;",
                "б) представить отчет о проделанной работе.",
                "Срок: ежеквартально",
                "Начальник отдела                    Петров П.П.");
        JsonPath d = draft("coord.kerch", "приказ.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.getString("decision.kind")).isEqualTo("ORDER");
        assertThat(d.getString("decision.number")).isEqualTo("17");
        assertThat(d.getString("decision.date")).isEqualTo("2021-01-12");
        assertThat(d.getString("decision.title")).isEqualTo("Об организации работы со школами с низкими результатами");
        assertThat(d.getString("decision.points[0].number")).isEqualTo("I");
        assertThat(d.getString("decision.points[0].points[0].number")).isEqualTo("1");
        assertThat(d.getString("decision.points[0].points[0].deadlineText")).isEqualTo("до 1 марта 2021 г.");
        assertThat(d.getString("decision.points[0].points[0].text")).isEqualTo("Управлению образования (Иванова И.И.) провести анкетирование школ.");
        assertThat(d.getString("decision.points[0].points[0].assignees[0].label")).isEqualTo("Управлению образования");
        assertThat(d.getString("decision.points[0].points[0].assignees[0].person")).isEqualTo("Иванова И.И.");
        assertThat(d.getString("decision.points[0].points[0].points[0].number")).isEqualTo("1.1");
        assertThat(d.getString("decision.points[0].points[0].points[0].deadlineText")).isEqualTo("февраль 2021");
        assertThat(d.getString("decision.points[0].points[1].number")).isEqualTo("2");
        assertThat(d.getBoolean("decision.points[0].points[1].assignees[0].allSchools")).isTrue();
        assertThat(d.getList("decision.points[0].points[1].points.number")).containsExactly("а)", "б)");
        assertThat(d.getString("decision.points[0].points[1].points[1].deadlineText")).isEqualTo("ежеквартально");
        assertThat(d.getList("warnings.kind", String.class)).doesNotContain("STRAY_TEXT", "UNREAD_DEADLINE");

        // Word's own numbering, a table with the deadline in a column and no header names
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("РЕШЕНИЕ");
            doc.createParagraph().createRun().setText("21.10.2020 № 9/1");
            doc.createParagraph().createRun().setText("РЕШИЛА:");
            var numbering = doc.createNumbering();
            var abs = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(java.math.BigInteger.ZERO);
            for (int level = 0; level < 2; level++) {
                var lvl = abs.addNewLvl();
                lvl.setIlvl(java.math.BigInteger.valueOf(level));
                lvl.addNewNumFmt().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal(level == 0 ? "%1." : "%1.%2.");
                lvl.addNewStart().setVal(java.math.BigInteger.ONE);
            }
            var numId = numbering.addNum(numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abs)));
            numbered(doc, numId, 0, "Принять информацию к сведению.");
            numbered(doc, numId, 0, "МБУ ДПО «ИМЦ» (Кокиева Н.Ш.):");
            numbered(doc, numId, 1, "Провести семинар для заместителей директоров.");
            doc.createParagraph().createRun().setText("Срок: до 15.12.2020");
            doc.write(out);
            JsonPath w = draft("coord.kerch", "решение.docx", out.toByteArray());
            assertThat(w.getList("decision.points.number")).containsExactly("1", "2");
            assertThat(w.getString("decision.points[1].points[0].number")).isEqualTo("2.1");
            assertThat(w.getString("decision.points[1].points[0].deadlineText")).isEqualTo("до 15.12.2020");
            assertThat(w.getLong("decision.points[1].assignees[0].bodyId")).isEqualTo(Api.bodyId("9173927848"));
        }

        String table = String.join("\n", "План мероприятий на 2022 год", "",
                "1\tПровести совещание с директорами\tянварь 2022 г.\tОтдел образования",
                "2\tПосетить уроки в школах\tежемесячно\tИМЦ; руководители ОО",
                "3\tПодготовить отчет\tдекабрь\tНепонятный исполнитель");
        JsonPath r = draft("coord.kerch", "план.txt", table.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getString("type")).isEqualTo("ROADMAP");
        assertThat(r.getString("roadmap.periodFrom")).isEqualTo("2022-01-01");
        assertThat(r.getList("roadmap.measures.number")).containsExactly("1", "2", "3");
        assertThat(r.getList("roadmap.measures[1].responsible.label")).containsExactly("ИМЦ", "руководители ОО");
        assertThat(r.getBoolean("roadmap.measures[1].responsible[1].allSchools")).isTrue();
        assertThat(r.getList("warnings.findAll { it.kind == 'UNRESOLVED_RESPONSIBLE' }.number")).containsExactly("3");
    }

    @Test
    void pointsLaidOutAsATableAndResponsibleWrittenUnderAPointAreRead() {
        String text = String.join("\n",
                "ПРОТОКОЛ", "совещания руководителей", "15.03.2021 № 4",
                "РЕШИЛИ:",
                "№\tСодержание поручения\tСрок исполнения\tОтветственный",
                "1.\tПровести диагностику метапредметных результатов\tапрель 2021 г.\tМБУ ДПО «ИМЦ» (Кокиева Н.Ш.)",
                "2.\tПредставить планы работы\tдо 20.04.2021\tРуководители ОО",
                "",
                "3. Обеспечить участие школ в семинаре, в срок до 30 апреля 2021 г.",
                "Ответственный: Управление образования Администрации г.Керчи");
        JsonPath d = draft("coord.kerch", "protocol.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.getString("type")).isEqualTo("DECISION");
        assertThat(d.getString("decision.kind")).isEqualTo("PROTOCOL");
        assertThat(d.getList("decision.points.number")).containsExactly("1", "2", "3");
        assertThat(d.getString("decision.points[0].text")).isEqualTo("Провести диагностику метапредметных результатов");
        assertThat(d.getString("decision.points[0].deadlineText")).isEqualTo("апрель 2021 г.");
        assertThat(d.getString("decision.points[0].assignees[0].person")).isEqualTo("Кокиева Н.Ш.");
        assertThat(d.getLong("decision.points[0].assignees[0].bodyId")).isEqualTo(Api.bodyId("9173927848"));
        assertThat(d.getBoolean("decision.points[1].assignees[0].allSchools")).isTrue();
        assertThat(d.getString("decision.points[2].deadlineText")).isEqualTo("до 30 апреля 2021 г.");
        assertThat(d.getLong("decision.points[2].assignees[0].bodyId")).isEqualTo(Api.bodyId(Demo.KERCH_AUTHORITY_INN));
        assertThat(d.getList("warnings.kind", String.class)).doesNotContain("STRAY_TEXT", "UNREAD_DEADLINE", "UNRESOLVED_RESPONSIBLE");

        String plan = String.join("\n", "План мероприятий («дорожная карта») на 2021-2022 годы",
                "Мероприятие\tСрок\tОтветственные\tОжидаемый результат",
                "I. Организационные мероприятия\t\t\t",
                "Провести совещание\tянварь 2021 г.\tОтдел образования\tПротокол совещания",
                "Утвердить планы школ\tфевраль 2021 г.\tОО\tПланы");
        JsonPath r = draft("coord.kerch", "plan.txt", plan.getBytes(StandardCharsets.UTF_8));
        assertThat(r.getList("roadmap.measures.number")).containsExactly("1", "2");
        assertThat(r.getString("roadmap.measures[0].expectedResult")).isEqualTo("Протокол совещания");
        assertThat(r.getString("roadmap.periodTo")).isEqualTo("2022-12-31");
    }

    private static void numbered(XWPFDocument doc, java.math.BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(numId);
        p.setNumILvl(java.math.BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static void refused(String name, byte[] data, String reason) {
        Plans.multipartAs("analyst.crimea").multiPart("file", name, data).post("/api/v1/documents/drafts").then()
                .log().ifValidationFails().statusCode(400).contentType(containsString("problem+json"))
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString(reason));
    }

    private static byte[] zip(String entry, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> inputs(List<Map<String, Object>> points) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> p : points) {
            Map<String, Object> copy = new java.util.HashMap<>(p);
            copy.remove("source");
            copy.remove("schedule");
            copy.put("points", inputs((List<Map<String, Object>>) p.get("points")));
            out.add(copy);
        }
        return out;
    }

    static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String table) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
