package ru.rostok.deficit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.ApiException;
import ru.rostok.common.XlsxCells;
import ru.rostok.common.FieldError;
import ru.rostok.common.Numbers;
import ru.rostok.common.Subject;
import ru.rostok.common.Text;
import ru.rostok.common.XlsxLimits;
import ru.rostok.school.School;
import ru.rostok.staff.Teacher;
import ru.rostok.staff.service.StaffPolicy;

/**
 * Reads the results of a diagnostic as a regional institute or a municipal centre gets them: one row per teacher and
 * topic. The rows of one teacher, subject and date make one assessment. A teacher is found by the school's INN and the
 * full name among the school's active teachers. All or nothing: every bad row is reported with its number and column.
 */
@ApplicationScoped
public class AssessmentImport {
    public static final int MAX_ROWS = 20_000;
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    @Inject
    StaffPolicy staffPolicy;

    @Inject
    AssessmentService assessments;

    /** The result: assessments created, topics read, teachers assessed. */
    @Schema(name = "AssessmentImportResult", description = "What an import wrote: assessments, their topics, the teachers assessed")
    public record Result(int assessments, int topics, int teachers) {
    }

    private record Key(long teacherId, Subject subject, LocalDate heldOn) {
    }

    private static final class Group {
        final Teacher teacher;
        final String method;
        final int firstRow;
        final List<TopicInput> topics = new ArrayList<>();
        final Map<String, Integer> topicRows = new HashMap<>();

        Group(Teacher teacher, String method, int firstRow) {
            this.teacher = teacher;
            this.method = method;
            this.firstRow = firstRow;
        }
    }

    @Transactional
    public Result run(byte[] file) {
        List<FieldError> errors = new ArrayList<>();
        Map<Key, Group> groups = read(file, errors);
        if (errors.isEmpty() && groups.isEmpty()) {
            errors.add(FieldError.cell(2, null, "deficit.importNoRows"));
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        for (Map.Entry<Key, Group> e : groups.entrySet()) {
            Group g = e.getValue();
            assessments.imported(g.teacher, new AssessmentInput(e.getKey().subject(), e.getKey().heldOn(), g.method, g.topics, null));
        }
        return new Result(groups.size(), groups.values().stream().mapToInt(g -> g.topics.size()).sum(),
                (int) groups.values().stream().map(g -> g.teacher.id).distinct().count());
    }

    public void template(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Диагностика");
            AssessmentSheet[] columns = AssessmentSheet.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.value(0, c, columns[c].title);
                sheet.style(0, c).bold().set();
                sheet.width(c, c == AssessmentSheet.METHOD.ordinal() || c == AssessmentSheet.TOPIC.ordinal() ? 40 : 16);
            }
            Worksheet help = workbook.newWorksheet("Справка");
            int r = 0;
            help.value(r++, 0, "Одна строка — одна тема (компетенция) одного педагога. Строки одного педагога, предмета и даты составляют одну диагностику.");
            help.value(r++, 0, "Педагог находится по ИНН школы и ФИО среди работающих педагогов школы.");
            help.value(r++, 0, "Дата — в виде ДД.ММ.ГГГГ, не позже сегодняшней. Балл — от 0 до максимального.");
            help.value(r++, 0, "Дефицит: «да» или «нет»; если пусто — дефицит, когда балл ниже 50 % максимального.");
            help.value(r++, 0, "Файл принимается целиком или не принимается вовсе: при ошибках ничего не записывается, а все ошибки перечисляются с номерами строк.");
            r++;
            help.value(r++, 0, "Предмет:");
            for (Subject s : Subject.values()) {
                help.value(r++, 0, s.russian());
            }
            help.width(0, 100);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<Key, Group> read(byte[] file, List<FieldError> errors) {
        XlsxLimits.checkUnpacked(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            if (!rows.hasNext()) {
                throw rejected(List.of(FieldError.cell(1, null, "deficit.importNoHeader")));
            }
            Row first = rows.next();
            XlsxLimits.checkRow(first);
            Map<AssessmentSheet, Integer> columns = header(first, errors);
            if (!errors.isEmpty()) {
                return Map.of();
            }
            Map<Key, Group> groups = new LinkedHashMap<>();
            Map<String, List<Teacher>> staffByInn = new HashMap<>();
            for (int count = 1; rows.hasNext(); count++) {
                Row row = rows.next();
                XlsxLimits.checkRow(row);
                if (count > MAX_ROWS) {
                    throw rejected(List.of(FieldError.cell(MAX_ROWS + 2, null, "deficit.importTooManyRows", MAX_ROWS)));
                }
                Map<AssessmentSheet, String> cells = new EnumMap<>(AssessmentSheet.class);
                columns.forEach((column, index) -> cells.put(column, XlsxCells.text(row, index)));
                if (cells.values().stream().allMatch(v -> v == null)) {
                    continue;
                }
                line(row.getRowNum(), cells, staffByInn, groups, errors);
            }
            return groups;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "/problems/not-xlsx", "problem.notXlsx", null, "deficit.notXlsx");
        }
    }

    private static Map<AssessmentSheet, Integer> header(Row row, List<FieldError> errors) {
        Map<String, Integer> titles = new HashMap<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            String title = XlsxCells.text(row, c);
            if (title != null) {
                titles.put(Text.fold(title), c);
            }
        }
        Map<AssessmentSheet, Integer> columns = new EnumMap<>(AssessmentSheet.class);
        for (AssessmentSheet column : AssessmentSheet.values()) {
            Integer index = titles.get(Text.fold(column.title));
            if (index != null) {
                columns.put(column, index);
            } else if (column.required) {
                errors.add(FieldError.cell(row.getRowNum(), column.title, "deficit.importColumnMissing", column.title));
            }
        }
        return columns;
    }

    private void line(int rowNum, Map<AssessmentSheet, String> cells, Map<String, List<Teacher>> staffByInn, Map<Key, Group> groups,
                      List<FieldError> errors) {
        int before = errors.size();
        for (AssessmentSheet column : AssessmentSheet.values()) {
            if (column.required && cells.get(column) == null) {
                errors.add(FieldError.cell(rowNum, column.title, "deficit.importCellRequired"));
            }
        }
        Teacher teacher = teacher(rowNum, cells, staffByInn, errors);
        Subject subject = parse(cells, AssessmentSheet.SUBJECT, rowNum, errors, Subject::parse, "deficit.importSubjectUnknown");
        LocalDate heldOn = parse(cells, AssessmentSheet.DATE, rowNum, errors, AssessmentImport::date, "deficit.importDateInvalid");
        if (heldOn != null && heldOn.isAfter(LocalDate.now())) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.DATE.title, "deficit.importDateInFuture"));
        }
        String method = cells.get(AssessmentSheet.METHOD);
        if (method != null && method.length() > 300) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.METHOD.title, "deficit.importTooLong", 300));
        }
        String topic = cells.get(AssessmentSheet.TOPIC);
        if (topic != null && topic.length() > 300) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.TOPIC.title, "deficit.importTooLong", 300));
        }
        BigDecimal score = parse(cells, AssessmentSheet.SCORE, rowNum, errors, AssessmentImport::score, "deficit.importScoreInvalid");
        BigDecimal maxScore = parse(cells, AssessmentSheet.MAX_SCORE, rowNum, errors, AssessmentImport::score, "deficit.importScoreInvalid");
        if (maxScore != null && maxScore.signum() == 0) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.MAX_SCORE.title, "deficit.importMaxScoreZero"));
        }
        if (score != null && maxScore != null && score.compareTo(maxScore) > 0) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.SCORE.title, "deficit.scoreAboveMax"));
        }
        Boolean deficit = null;
        String flag = cells.get(AssessmentSheet.DEFICIT);
        if (flag != null) {
            deficit = switch (Text.fold(flag)) {
                case "да", "1", "+" -> true;
                case "нет", "0", "-" -> false;
                default -> {
                    errors.add(FieldError.cell(rowNum, AssessmentSheet.DEFICIT.title, "deficit.importFlagInvalid", flag));
                    yield null;
                }
            };
        }
        if (errors.size() > before) {
            return;
        }
        Group g = groups.computeIfAbsent(new Key(teacher.id, subject, heldOn), k -> new Group(teacher, method, rowNum));
        Integer repeated = g.topicRows.putIfAbsent(Text.fold(topic), rowNum);
        if (repeated != null) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.TOPIC.title, "deficit.importTopicRepeated", repeated));
        } else if (g.topics.size() >= AssessmentInput.MAX_TOPICS) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.TOPIC.title, "deficit.importTooManyTopics", AssessmentInput.MAX_TOPICS));
        } else {
            g.topics.add(new TopicInput(topic, score, maxScore, deficit));
        }
    }

    /** The school by its INN, in the caller's scope, and the one active teacher of that full name in it. */
    private Teacher teacher(int rowNum, Map<AssessmentSheet, String> cells, Map<String, List<Teacher>> staffByInn, List<FieldError> errors) {
        String inn = cells.get(AssessmentSheet.INN);
        String last = cells.get(AssessmentSheet.LAST_NAME);
        String first = cells.get(AssessmentSheet.FIRST_NAME);
        if (inn == null) {
            return null;
        }
        List<Teacher> staff = staffByInn.computeIfAbsent(inn, this::staffOf);
        if (staff == null) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.INN.title, "deficit.importSchoolUnknown", inn));
            return null;
        }
        if (last == null || first == null) {
            return null;
        }
        String name = Text.fold(String.join(" ", last, first, Optional.ofNullable(cells.get(AssessmentSheet.MIDDLE_NAME)).orElse("")).strip()
                .replaceAll("\\s+", " "));
        List<Teacher> found = staff.stream().filter(t -> Text.fold(t.fullName()).equals(name)).toList();
        if (found.size() != 1) {
            errors.add(FieldError.cell(rowNum, AssessmentSheet.LAST_NAME.title,
                    found.isEmpty() ? "deficit.importTeacherUnknown" : "deficit.importTeacherAmbiguous", name));
            return null;
        }
        return found.get(0);
    }

    /** The school's active teachers the caller may assess, or null for a school unknown or outside the caller's scope. */
    private List<Teacher> staffOf(String inn) {
        return School.findByInn(inn).filter(staffPolicy::seesStaffOf)
                .map(s -> Teacher.<Teacher>list("school.id = ?1 and archivedOn is null", s.id)).orElse(null);
    }

    private interface Parser<T> {
        Optional<T> parse(String text);
    }

    private static <T> T parse(Map<AssessmentSheet, String> cells, AssessmentSheet column, int row, List<FieldError> errors,
                               Parser<T> parser, String message) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parser.parse(value);
        if (parsed.isEmpty()) {
            errors.add(FieldError.cell(row, column.title, message, value));
        }
        return parsed.orElse(null);
    }

    private static Optional<BigDecimal> score(String text) {
        try {
            BigDecimal n = Numbers.parse(text);
            return n == null || n.signum() < 0 || n.scale() > 2 || n.compareTo(new BigDecimal("99999.99")) > 0 ? Optional.empty() : Optional.of(n);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** «15.10.2026», «2026-10-15», or an Excel date (a day number, as a date cell is stored). */
    private static Optional<LocalDate> date(String text) {
        try {
            if (text.matches("\\d{1,6}")) {
                long days = Long.parseLong(text);
                return days > 0 && days < 100_000 ? Optional.of(EXCEL_EPOCH.plusDays(days)) : Optional.empty();
            }
            return Optional.of(text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, RUSSIAN_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }



    private static ApiException rejected(List<FieldError> errors) {
        return new ApiException(422, "/problems/import-rejected", "problem.importRejected", errors, "deficit.importRejected", errors.size());
    }
}
