package ru.rostok.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.common.ApiException;
import ru.rostok.common.XlsxCells;
import ru.rostok.common.FieldError;
import ru.rostok.common.Numbers;
import ru.rostok.common.Text;
import ru.rostok.common.XlsxLimits;
import ru.rostok.school.School;
import ru.rostok.school.SchoolType;
import ru.rostok.school.Settlement;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.service.TerritoryPolicy;

/**
 * Reads a school sheet and applies it all or not at all: every bad row is reported with its
 * number (as Excel shows it) and column, and nothing is written unless the whole file is good.
 * A row whose INN is known updates that school; a new INN adds a school.
 */
@ApplicationScoped
public class SchoolImport {
    public static final int MAX_ROWS = 20_000;

    @Inject
    Scope scope;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    Validator validator;

    @Inject
    AuditLog audit;

    private record Line(int row, SchoolInput input, Municipality municipality) {
    }

    @Transactional
    public ImportResult run(byte[] file) {
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = read(file, errors);
        if (errors.isEmpty() && lines.isEmpty()) {
            errors.add(FieldError.cell(2, null, "school.importNoRows"));
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        int created = 0;
        int updated = 0;
        for (Line line : lines) {
            Optional<School> existing = School.findByInn(line.input.inn());
            School school = existing.orElseGet(School::new);
            SchoolView before = existing.map(x -> SchoolService.view(x, List.of())).orElse(null);
            SchoolService.apply(school, line.input, line.municipality);
            if (existing.isEmpty()) {
                school.persist();
                created++;
            }
            school.flush();
            SchoolView after = SchoolService.view(school, List.of());
            if (before != null && !before.equals(after)) {
                updated++;
            }
            audit.imported(SchoolService.ENTITY, school.id, school.shortName, line.municipality.region.id, before, after);
        }
        return new ImportResult(created, updated, lines.size() - created - updated);
    }

    /** The sheet's schools, read row by row: only the checked lines are kept, never the sheet's rows. */
    private List<Line> read(byte[] file, List<FieldError> errors) {
        XlsxLimits.checkUnpacked(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = stream.iterator();
            if (!rows.hasNext()) {
                throw rejected(List.of(FieldError.cell(1, null, "school.importNoHeader")));
            }
            Row first = rows.next();
            XlsxLimits.checkRow(first);
            Map<SchoolSheet, Integer> columns = header(first, errors);
            if (!errors.isEmpty()) {
                return List.of();
            }
            List<Line> lines = new ArrayList<>();
            Map<String, Integer> innRows = new HashMap<>();
            for (int count = 1; rows.hasNext(); count++) {
                Row row = rows.next();
                XlsxLimits.checkRow(row);
                if (count > MAX_ROWS) {
                    throw rejected(List.of(FieldError.cell(MAX_ROWS + 2, null, "school.importTooManyRows", MAX_ROWS)));
                }
                Map<SchoolSheet, String> cells = new EnumMap<>(SchoolSheet.class);
                columns.forEach((column, index) -> cells.put(column, XlsxCells.text(row, index)));
                if (cells.values().stream().allMatch(v -> v == null)) {
                    continue;
                }
                line(row.getRowNum(), cells, innRows, errors).ifPresent(lines::add);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, "/problems/not-xlsx", "problem.notXlsx", null, "school.notXlsx");
        }
    }

    private static Map<SchoolSheet, Integer> header(Row row, List<FieldError> errors) {
        Map<String, Integer> titles = new HashMap<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            String title = XlsxCells.text(row, c);
            if (title != null) {
                titles.put(Text.fold(title), c);
            }
        }
        Map<SchoolSheet, Integer> columns = new EnumMap<>(SchoolSheet.class);
        for (SchoolSheet column : SchoolSheet.IMPORTED) {
            Integer index = titles.get(Text.fold(column.title));
            if (index == null) {
                errors.add(FieldError.cell(row.getRowNum(), column.title, "school.importColumnMissing", column.title));
            } else {
                columns.put(column, index);
            }
        }
        return columns;
    }

    private Optional<Line> line(int rowNum, Map<SchoolSheet, String> cells, Map<String, Integer> innRows, List<FieldError> errors) {
        int before = errors.size();
        String inn = cells.get(SchoolSheet.INN);
        SchoolType type = parse(cells, SchoolSheet.TYPE, rowNum, errors, v -> SchoolType.parse(v),
                "Неизвестный тип школы; допустимы: НОШ, ООШ, СОШ, СОШ с УИОП, гимназия, лицей, школа-интернат, центр образования, школа для обучающихся с ОВЗ");
        Settlement settlement = parse(cells, SchoolSheet.SETTLEMENT, rowNum, errors, v -> Settlement.parse(v),
                "Укажите «городская» или «сельская»");
        Integer pupils = parse(cells, SchoolSheet.PUPILS, rowNum, errors, SchoolImport::integer, "Нужно целое число");
        Integer teachers = parse(cells, SchoolSheet.TEACHERS, rowNum, errors, SchoolImport::integer, "Нужно целое число");
        Municipality municipality = null;
        String oktmo = cells.get(SchoolSheet.OKTMO);
        if (oktmo != null) {
            municipality = Municipality.findByOktmo(oktmo).filter(territoryPolicy::sees).orElse(null);
            if (municipality == null) {
                errors.add(FieldError.cell(rowNum, SchoolSheet.OKTMO.title, "school.importOktmoUnknown", oktmo));
            } else if (!schoolPolicy.mayKeepSchoolsIn(municipality)) {
                errors.add(FieldError.cell(rowNum, SchoolSheet.OKTMO.title, "school.importMunicipalityRefused"));
            }
        }
        SchoolInput input = new SchoolInput(inn, cells.get(SchoolSheet.SHORT_NAME), cells.get(SchoolSheet.FULL_NAME), type,
                settlement, cells.get(SchoolSheet.ADDRESS), cells.get(SchoolSheet.PRINCIPAL), pupils, teachers,
                municipality == null ? null : municipality.id, null);
        for (ConstraintViolation<SchoolInput> v : validator.validate(input)) {
            SchoolSheet column = columnOf(v.getPropertyPath().toString());
            boolean alreadyReported = column != SchoolSheet.INN && cells.get(column) != null;
            if (!alreadyReported && column != SchoolSheet.OKTMO || oktmo == null && column == SchoolSheet.OKTMO) {
                errors.add(FieldError.cell(rowNum, column.title, column == SchoolSheet.OKTMO ? "school.importOktmoRequired" : v.getMessage()));
            }
        }
        if (inn != null) {
            Integer first = innRows.putIfAbsent(inn, rowNum);
            if (first != null) {
                errors.add(FieldError.cell(rowNum, SchoolSheet.INN.title, "school.importInnRepeated", first));
            }
            School.findByInn(inn).filter(s -> !schoolPolicy.sees(s) || !schoolPolicy.mayKeepSchoolsIn(s.municipality)).ifPresent(s ->
                    errors.add(FieldError.cell(rowNum, SchoolSheet.INN.title, "school.importInnOutsideScope")));
            Body.findByInn(inn).ifPresent(b ->
                    errors.add(FieldError.cell(rowNum, SchoolSheet.INN.title, "school.importInnOfBody")));
        }
        errors.subList(before, errors.size()).sort(java.util.Comparator.comparing(e -> SchoolSheet.IMPORTED.indexOf(columnByTitle(e.column()))));
        return errors.size() == before ? Optional.of(new Line(rowNum, input, municipality)) : Optional.empty();
    }

    private interface Parser<T> {
        Optional<T> parse(String text);
    }

    private static <T> T parse(Map<SchoolSheet, String> cells, SchoolSheet column, int row, List<FieldError> errors,
                               Parser<T> parser, String message) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        Optional<T> parsed = parser.parse(value);
        if (parsed.isEmpty()) {
            errors.add(FieldError.cell(row, column.title, "school.importCellValue", message, value));
        }
        return parsed.orElse(null);
    }

    private static Optional<Integer> integer(String text) {
        try {
            BigDecimal value = Numbers.parse(text);
            return Optional.ofNullable(value).map(BigDecimal::intValueExact);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static SchoolSheet columnOf(String property) {
        return switch (property) {
            case "inn" -> SchoolSheet.INN;
            case "shortName" -> SchoolSheet.SHORT_NAME;
            case "fullName" -> SchoolSheet.FULL_NAME;
            case "type" -> SchoolSheet.TYPE;
            case "settlement" -> SchoolSheet.SETTLEMENT;
            case "address" -> SchoolSheet.ADDRESS;
            case "principal" -> SchoolSheet.PRINCIPAL;
            case "pupils" -> SchoolSheet.PUPILS;
            case "teachers" -> SchoolSheet.TEACHERS;
            default -> SchoolSheet.OKTMO;
        };
    }

    private static SchoolSheet columnByTitle(String title) {
        for (SchoolSheet column : SchoolSheet.values()) {
            if (column.title.equals(title)) {
                return column;
            }
        }
        return SchoolSheet.INN;
    }



    private static ApiException rejected(List<FieldError> errors) {
        return new ApiException(422, "/problems/import-rejected", "problem.importRejected", errors, "school.importRejected", errors.size());
    }
}
