package ru.rostok.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.Numbers;
import ru.rostok.common.Subject;
import ru.rostok.common.Text;
import ru.rostok.common.XlsxLimits;
import ru.rostok.school.School;
import ru.rostok.school.service.ImportResult;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.staff.Teacher;

/**
 * Reads a school's staff sheet and applies it all or not at all: every bad row is reported with its number (as Excel
 * shows it) and column, and nothing is written unless the whole file is good. A row naming an active teacher of the
 * school by their full name updates them; any other row adds a teacher.
 */
@ApplicationScoped
public class StaffImport {
    public static final int MAX_ROWS = 2_000;
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    @Inject
    StaffService staff;

    @Inject
    AuditLog audit;

    private record Line(int row, TeacherInput input, Teacher existing) {
    }

    @Transactional
    public ImportResult run(long schoolId, byte[] file) {
        School school = staff.schoolKept(schoolId);
        Map<String, List<Teacher>> active = Teacher.<Teacher>list("school = ?1 and archivedOn is null", school).stream()
                .collect(Collectors.groupingBy(t -> Text.fold(t.fullName())));
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = read(file, active, errors);
        if (errors.isEmpty() && lines.isEmpty()) {
            errors.add(FieldError.cell(2, null, "staff.importNoRows"));
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        int created = 0;
        int updated = 0;
        for (Line line : lines) {
            Teacher t = line.existing != null ? line.existing : new Teacher();
            TeacherView before = line.existing != null ? StaffService.view(t, List.of()) : null;
            t.school = school;
            StaffService.apply(t, line.input);
            if (line.existing == null) {
                t.persist();
                created++;
            }
            t.flush();
            TeacherView after = StaffService.view(t, List.of());
            if (before != null && !before.equals(after)) {
                updated++;
            }
            audit.imported(StaffService.ENTITY, t.id, t.fullName(), school.municipality.region.id, before, after);
        }
        return new ImportResult(created, updated, lines.size() - created - updated);
    }

    private List<Line> read(byte[] file, Map<String, List<Teacher>> active, List<FieldError> errors) {
        XlsxLimits.checkUnpacked(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            if (!rows.hasNext()) {
                throw rejected(List.of(FieldError.cell(1, null, "staff.importNoHeader")));
            }
            Row first = rows.next();
            XlsxLimits.checkRow(first);
            Map<StaffSheet, Integer> columns = header(first, errors);
            if (!errors.isEmpty()) {
                return List.of();
            }
            List<Line> lines = new ArrayList<>();
            Map<String, Integer> nameRows = new HashMap<>();
            LocalDate today = LocalDate.now();
            for (int count = 1; rows.hasNext(); count++) {
                Row row = rows.next();
                XlsxLimits.checkRow(row);
                if (count > MAX_ROWS) {
                    throw rejected(List.of(FieldError.cell(MAX_ROWS + 2, null, "staff.importTooManyRows", MAX_ROWS)));
                }
                Map<StaffSheet, Cell> cells = new EnumMap<>(StaffSheet.class);
                columns.forEach((column, index) -> cells.put(column, index < row.getCellCount() ? row.getCell(index) : null));
                if (cells.values().stream().allMatch(c -> text(c) == null)) {
                    continue;
                }
                line(row.getRowNum(), cells, today, active, nameRows, errors).ifPresent(lines::add);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "/problems/not-xlsx", "problem.notXlsx", null, "staff.notXlsx");
        }
    }

    private static Map<StaffSheet, Integer> header(Row row, List<FieldError> errors) {
        Map<String, Integer> titles = new HashMap<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            String title = text(row.getCell(c));
            if (title != null) {
                titles.put(Text.fold(title), c);
            }
        }
        Map<StaffSheet, Integer> columns = new EnumMap<>(StaffSheet.class);
        for (StaffSheet column : StaffSheet.IMPORTED) {
            Integer index = titles.get(Text.fold(column.title));
            if (index == null) {
                errors.add(FieldError.cell(row.getRowNum(), column.title, "staff.importColumnMissing", column.title));
            } else {
                columns.put(column, index);
            }
        }
        return columns;
    }

    private Optional<Line> line(int rowNum, Map<StaffSheet, Cell> cells, LocalDate today, Map<String, List<Teacher>> active,
                                Map<String, Integer> nameRows, List<FieldError> errors) {
        List<FieldError> found = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        String subjectText = text(cells.get(StaffSheet.SUBJECTS));
        if (subjectText != null) {
            for (String name : subjectText.split("[,;]")) {
                if (!name.isBlank()) {
                    Optional<Subject> subject = Subject.parse(name);
                    if (subject.isEmpty()) {
                        found.add(FieldError.cell(rowNum, StaffSheet.SUBJECTS.title, "staff.importSubjectUnknown", name.strip()));
                    } else if (!subjects.contains(subject.get().name())) {
                        subjects.add(subject.get().name());
                    }
                }
            }
        }
        String categoryText = text(cells.get(StaffSheet.CATEGORY));
        QualificationCategory category = QualificationCategory.NONE;
        if (categoryText != null) {
            category = QualificationCategory.parse(categoryText).orElse(null);
            if (category == null) {
                found.add(FieldError.cell(rowNum, StaffSheet.CATEGORY.title, "staff.importCategoryUnknown", categoryText));
            }
        }
        LocalDate categoryDate = date(cells, StaffSheet.CATEGORY_DATE, rowNum, found);
        LocalDate lastTraining = date(cells, StaffSheet.LAST_TRAINING, rowNum, found);
        Integer experience = null;
        String experienceText = text(cells.get(StaffSheet.EXPERIENCE));
        if (experienceText != null) {
            experience = integer(experienceText);
            if (experience == null) {
                found.add(FieldError.cell(rowNum, StaffSheet.EXPERIENCE.title, "staff.importWholeYears", experienceText));
            }
        }
        TeacherInput input = new TeacherInput(text(cells.get(StaffSheet.LAST_NAME)), text(cells.get(StaffSheet.FIRST_NAME)),
                text(cells.get(StaffSheet.MIDDLE_NAME)), text(cells.get(StaffSheet.POSITION)), subjects,
                category == null ? QualificationCategory.NONE : category, categoryDate, experience, lastTraining, null);
        for (FieldError e : TeacherRules.check(input, today)) {
            StaffSheet column = StaffSheet.ofField(e.field());
            boolean unreadable = found.stream().anyMatch(f -> column.title.equals(f.column()));
            boolean categoryUnread = column == StaffSheet.CATEGORY_DATE && category == null;
            if (!unreadable && !categoryUnread) {
                found.add(FieldError.cell(rowNum, column.title, e.message(), e.args().toArray()));
            }
        }
        Teacher existing = null;
        if (input.lastName() != null && input.firstName() != null) {
            String name = Text.fold(String.join(" ", Stream.of(input.lastName(), input.firstName(), input.middleName())
                    .filter(s -> s != null).toList()));
            Integer first = nameRows.putIfAbsent(name, rowNum);
            if (first != null) {
                found.add(FieldError.cell(rowNum, StaffSheet.LAST_NAME.title, "staff.importNameRepeated", first));
            }
            List<Teacher> namesakes = active.getOrDefault(name, List.of());
            if (namesakes.size() > 1) {
                found.add(FieldError.cell(rowNum, StaffSheet.LAST_NAME.title, "staff.importNamesakes", namesakes.size()));
            }
            existing = namesakes.size() == 1 ? namesakes.get(0) : null;
        }
        found.sort(Comparator.comparing(e -> StaffSheet.IMPORTED.indexOf(byTitle(e.column()))));
        errors.addAll(found);
        return found.isEmpty() ? Optional.of(new Line(rowNum, input, existing)) : Optional.empty();
    }

    private static StaffSheet byTitle(String title) {
        for (StaffSheet column : StaffSheet.IMPORTED) {
            if (column.title.equals(title)) {
                return column;
            }
        }
        return StaffSheet.LAST_NAME;
    }

    /** A date cell as Excel keeps it (a number), or a text «01.09.2022» or «2022-09-01». */
    private static LocalDate date(Map<StaffSheet, Cell> cells, StaffSheet column, int row, List<FieldError> errors) {
        Cell cell = cells.get(column);
        String text = text(cell);
        if (text == null) {
            return null;
        }
        try {
            if (cell.getType() == CellType.NUMBER) {
                return cell.asDate().toLocalDate();
            }
            return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, RUSSIAN_DATE);
        } catch (RuntimeException e) { // an unparsable text or a number no date
            errors.add(FieldError.cell(row, column.title, "staff.importDate", text));
            return null;
        }
    }

    private static Integer integer(String text) {
        try {
            BigDecimal value = Numbers.parse(text);
            return value == null ? null : value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A cell as text: numbers without a trailing ".0", blanks as null. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        String text = cell.getType() == CellType.NUMBER ? Optional.ofNullable(Numbers.plain(cell.asNumber())).orElse(cell.getRawValue())
                : cell.getText();
        return Text.trimToNull(text);
    }

    private static ApiException rejected(List<FieldError> errors) {
        return new ApiException(422, "/problems/import-rejected", "problem.importRejected", errors, "staff.importRejected", errors.size());
    }
}
