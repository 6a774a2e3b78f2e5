package ru.rostok.monitoring.service;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.Numbers;
import ru.rostok.common.SafeCsv;
import ru.rostok.common.XlsxLimits;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignIndicator;
import ru.rostok.monitoring.ValueType;
import ru.rostok.security.Scope;

/**
 * The files of a campaign's values: the XLSX template (schools × indicators, a percent in two columns)
 * and its reading, the long-format CSV and JSON of integrators, and the exports.
 */
@ApplicationScoped
public class ValueSheets {
    public static final int MAX_ROWS = 3_000_000;
    static final String NUMERATOR = ":числитель";
    static final String DENOMINATOR = ":знаменатель";
    private static final int FIRST_DATA_ROW = 4; // 1: codes, 2: names, 3: units
    private static final List<String> LONG_HEADER = List.of("schoolInn", "indicatorCode", "value", "numerator", "denominator");
    private static final CSVFormat EXCEL_CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    @Inject
    Scope scope;

    @Inject
    ValueLoad load;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignValues values;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /** A column of the template: which indicator, and for a percent which part. */
    record Column(CampaignIndicator indicator, String part, String key) {
    }

    static List<Column> columns(Campaign campaign) {
        List<Column> columns = new ArrayList<>();
        for (CampaignIndicator ci : campaign.indicators) {
            String code = ci.indicator.code;
            if (ci.indicator.valueType == ValueType.PERCENT) {
                columns.add(new Column(ci, "numerator", code + NUMERATOR));
                columns.add(new Column(ci, "denominator", code + DENOMINATOR));
            } else {
                columns.add(new Column(ci, "value", code));
            }
        }
        return columns;
    }

    // ------------------------------------------------------------------ XLSX template and its import

    /** The campaign's schools in the caller's scope, one a row, with the values already stored. */
    @Transactional
    public void template(long campaignId, OutputStream out) {
        Campaign campaign = load.target(campaignId);
        List<Column> columns = columns(campaign);
        Map<String, Map<String, CampaignValues.Line>> stored = new HashMap<>();
        values.forEach(campaign, line -> stored.computeIfAbsent(line.schoolInn(), k -> new HashMap<>()).put(line.indicator().indicator.code, line));
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Значения");
            String[] fixed = {"ИНН", "Школа", "Муниципальное образование"};
            for (int c = 0; c < fixed.length; c++) {
                sheet.value(0, c, fixed[c]);
                sheet.value(1, c, fixed[c]);
                sheet.style(0, c).bold().fillColor("E8F0E0").set();
                sheet.width(c, c == 1 ? 40 : 18);
            }
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                int x = c + fixed.length;
                sheet.value(0, x, column.key());
                String name = column.indicator().indicator.name;
                sheet.value(1, x, switch (column.part()) {
                    case "numerator" -> name + " — числитель";
                    case "denominator" -> name + " — знаменатель";
                    default -> name;
                });
                sheet.value(2, x, column.part().equals("value") ? column.indicator().indicator.unit : "чел.");
                sheet.style(0, x).bold().fillColor("E8F0E0").set();
                sheet.style(1, x).wrapText(true).set();
                sheet.width(x, 18);
            }
            sheet.freezePane(3, 3);
            int[] row = {FIRST_DATA_ROW - 1};
            Map<String, Long> schools = load.schools(campaign);
            var query = em.createNativeQuery("select s.inn, s.short_name, m.name from school s join municipality m on m.id = s.municipality_id "
                    + "where s.id in (:ids) order by m.name, s.short_name, s.id");
            query.setParameter("ids", schools.isEmpty() ? List.of(-1L) : schools.values());
            for (Object o : query.getResultList()) {
                Object[] r = (Object[]) o;
                String inn = (String) r[0];
                sheet.value(row[0], 0, inn);
                sheet.value(row[0], 1, (String) r[1]);
                sheet.value(row[0], 2, (String) r[2]);
                Map<String, CampaignValues.Line> mine = stored.getOrDefault(inn, Map.of());
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    CampaignValues.Line line = mine.get(column.indicator().indicator.code);
                    if (line == null) {
                        continue;
                    }
                    Number n = switch (column.part()) {
                        case "numerator" -> line.numerator();
                        case "denominator" -> line.denominator();
                        default -> line.value() == null ? null : line.value().stripTrailingZeros();
                    };
                    if (n != null) {
                        sheet.value(row[0], c + fixed.length, n);
                    }
                }
                row[0]++;
            }
            Worksheet help = workbook.newWorksheet("Справка");
            help.value(0, 0, "Строка 1 — коды столбцов (не меняйте их), строка 2 — наименования показателей, строка 3 — единицы.");
            help.value(1, 0, "Процент заполняется двумя числами: числитель и знаменатель; процент система вычислит сама.");
            help.value(2, 0, "Пустая ячейка оставляет сохранённое значение без изменений.");
            help.value(3, 0, "Файл принимается целиком или не принимается вовсе: при ошибках ничего не меняется, а все ошибки перечисляются с номерами строк и столбцами.");
            help.width(0, 110);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ValueLoad.Batch readXlsx(long campaignId, byte[] file) {
        Campaign campaign = load.target(campaignId);
        Map<String, Column> byKey = new HashMap<>();
        columns(campaign).forEach(c -> byKey.put(c.key(), c));
        List<FieldError> errors = new ArrayList<>();
        List<ValueLoad.Row> rows = new ArrayList<>();
        XlsxLimits.checkUnpacked(file);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
            Map<Integer, Column> columns = new HashMap<>();
            Map<Integer, String> titles = new HashMap<>();
            int[] innColumn = {-1};
            stream.forEach(row -> {
                XlsxLimits.checkRow(row);
                int r = row.getRowNum();
                if (r == 1) {
                    for (Cell cell : row) {
                        String key = cell == null ? null : text(cell);
                        if (key == null) {
                            continue;
                        }
                        if (key.equals("ИНН")) {
                            innColumn[0] = cell.getColumnIndex();
                        } else if (byKey.containsKey(key)) {
                            columns.put(cell.getColumnIndex(), byKey.get(key));
                            titles.put(cell.getColumnIndex(), letter(cell.getColumnIndex()) + " (" + key + ")");
                        } else if (key.matches("[A-Za-z][A-Za-z0-9_]*(:.*)?")) {
                            errors.add(FieldError.cell(1, letter(cell.getColumnIndex()), "monitoring.columnNotInCampaign", key));
                        }
                    }
                    if (innColumn[0] < 0) {
                        errors.add(FieldError.cell(1, "A", "monitoring.innColumnMissing"));
                    }
                    return;
                }
                if (r < FIRST_DATA_ROW || innColumn[0] < 0 || errors.size() >= ValueLoad.MAX_ERRORS) {
                    return;
                }
                String inn = row.getOptionalCell(innColumn[0]).map(ValueSheets::text).orElse(null);
                Map<String, BigDecimal[]> parts = new HashMap<>();
                Map<String, String> where = new HashMap<>();
                columns.forEach((index, column) -> {
                    Optional<Cell> cell = row.getOptionalCell(index);
                    if (cell.isEmpty() || text(cell.get()) == null) {
                        return;
                    }
                    BigDecimal n = number(cell.get());
                    String title = titles.get(index);
                    if (n == null) {
                        errors.add(FieldError.cell(r, title, "monitoring.numberExpected", text(cell.get())));
                        return;
                    }
                    if (!Numbers.fits(n)) {
                        errors.add(FieldError.cell(r, title, "common.numberOutOfBounds"));
                        return;
                    }
                    if (!column.part().equals("value") && (n.stripTrailingZeros().scale() > 0 || n.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
                        errors.add(FieldError.cell(r, title, "monitoring.fractionIntegers"));
                        return;
                    }
                    String code = column.indicator().indicator.code;
                    BigDecimal[] p = parts.computeIfAbsent(code, k -> new BigDecimal[3]);
                    p[switch (column.part()) { case "value" -> 0; case "numerator" -> 1; default -> 2; }] = n;
                    where.merge(code, title, (a, b) -> a);
                });
                if (parts.isEmpty()) {
                    return;
                }
                if (inn == null) {
                    errors.add(FieldError.cell(r, letter(innColumn[0]) + " (ИНН)", "monitoring.innMissing"));
                    return;
                }
                parts.forEach((code, p) -> rows.add(new ValueLoad.Row(r, inn, code, where.get(code), p[0],
                        p[1] == null ? null : p[1].intValueExact(), p[2] == null ? null : p[2].intValueExact())));
                if (rows.size() > MAX_ROWS) {
                    throw ApiException.badRequest("monitoring.tooManyValuesInFile", MAX_ROWS);
                }
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ValueLoad.rejected(List.of(FieldError.cell(1, null, "monitoring.notXlsx")), 0);
        }
        if (errors.stream().anyMatch(e -> e.row() == 1)) {
            throw ValueLoad.rejected(errors, rows.size()); // without the header row the cells mean nothing
        }
        return new ValueLoad.Batch(rows, errors);
    }

    private static String text(Cell cell) {
        String t = cell.getType() == CellType.NUMBER ? plainOrRaw(cell) : cell.getRawValue();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static String plainOrRaw(Cell cell) {
        try {
            String plain = Numbers.plain(cell.asNumber());
            return plain != null ? plain : cell.getRawValue();
        } catch (NumberFormatException e) {
            return cell.getRawValue();
        }
    }

    private static BigDecimal number(Cell cell) {
        try {
            return cell.getType() == CellType.NUMBER ? cell.asNumber() : Numbers.parse(text(cell));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ long format: CSV and JSON of integrators

    public ValueLoad.Batch readCsv(InputStream body) {
        List<ValueLoad.Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
                if (!header.containsAll(List.of("schoolInn", "indicatorCode"))) {
                    throw ValueLoad.rejected(List.of(FieldError.cell(1, null,
                            "monitoring.csvHeader", String.join(",", LONG_HEADER))), 0);
                }
                for (CSVRecord record : parser) {
                    int r = (int) record.getRecordNumber() + 1;
                    if (rows.size() >= MAX_ROWS) {
                        throw ApiException.badRequest("monitoring.tooManyValues", MAX_ROWS);
                    }
                    Map<String, String> m = new HashMap<>();
                    for (int i = 0; i < header.size() && i < record.size(); i++) {
                        m.put(header.get(i), record.get(i));
                    }
                    try {
                        rows.add(new ValueLoad.Row(r, m.get("schoolInn"), m.get("indicatorCode"), null,
                                decimal(m.get("value")), integer(m.get("numerator")), integer(m.get("denominator"))));
                    } catch (NumberFormatException e) {
                        if (errors.size() < ValueLoad.MAX_ERRORS) {
                            errors.add(FieldError.cell(r, e.getMessage(), "value".equals(e.getMessage()) ? "monitoring.numberRequired" : "monitoring.integerRequired"));
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw ApiException.badRequest("monitoring.csvUnreadable", e.getMessage()); // e.g. an empty or repeated header name
        }
        return new ValueLoad.Batch(rows, errors);
    }

    public ValueLoad.Batch readJson(InputStream body) {
        List<ValueLoad.Row> rows = new ArrayList<>();
        try (MappingIterator<ValueRecord> it = json.readerFor(ValueRecord.class).readValues(body)) {
            int index = 0;
            while (it.hasNext()) {
                ValueRecord v = it.next();
                if (rows.size() >= MAX_ROWS) {
                    throw ApiException.badRequest("monitoring.tooManyValues", MAX_ROWS);
                }
                rows.add(new ValueLoad.Row(index++, v.schoolInn(), v.indicatorCode(), null, v.value(), v.numerator(), v.denominator()));
            }
        } catch (IOException e) {
            throw ApiException.badRequest("monitoring.jsonUnreadable", LONG_HEADER, e.getMessage());
        } catch (RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.badRequest("monitoring.jsonUnreadable", LONG_HEADER, e.getMessage());
        }
        return new ValueLoad.Batch(rows, List.of());
    }

    private static BigDecimal decimal(String s) {
        try {
            return Numbers.parse(s);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("value");
        }
    }

    private static Integer integer(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new NumberFormatException("numerator/denominator");
        }
    }

    // ------------------------------------------------------------------ exports

    @Transactional
    public void exportCsv(long campaignId, OutputStream out) {
        Campaign campaign = campaignFor(campaignId);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
            SafeCsv.print(printer, List.of("schoolInn", "indicatorCode", "value", "numerator", "denominator", "schoolName", "municipalityName",
                    "indicatorName", "unit", "status"));
            values.forEach(campaign, line -> {
                try {
                    SafeCsv.print(printer, java.util.Arrays.asList(line.schoolInn(), line.indicator().indicator.code,
                            SafeCsv.number(line.value()), line.numerator(), line.denominator(), line.schoolName(), line.municipalityName(),
                            line.indicator().indicator.name, line.indicator().indicator.unit, line.status()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public void exportXlsx(long campaignId, OutputStream out) {
        Campaign campaign = campaignFor(campaignId);
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Значения");
            String[] header = {"ИНН", "Школа", "Муниципальное образование", "Код", "Показатель", "Единица", "Значение", "Числитель",
                    "Знаменатель", "Статус данных"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.style(0, c).bold().fillColor("E8F0E0").set();
                sheet.width(c, c == 1 || c == 4 ? 45 : 16);
            }
            sheet.freezePane(0, 1);
            int[] row = {1};
            values.forEach(campaign, line -> {
                int r = row[0]++;
                sheet.value(r, 0, line.schoolInn());
                sheet.value(r, 1, line.schoolName());
                sheet.value(r, 2, line.municipalityName());
                sheet.value(r, 3, line.indicator().indicator.code);
                sheet.value(r, 4, line.indicator().indicator.name);
                sheet.value(r, 5, line.indicator().indicator.unit);
                if (line.value() != null) {
                    sheet.value(r, 6, line.value().stripTrailingZeros());
                }
                if (line.numerator() != null) {
                    sheet.value(r, 7, line.numerator());
                    sheet.value(r, 8, line.denominator());
                }
                sheet.value(r, 9, StatusText.of(line.status()));
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Campaign campaignFor(long campaignId) {
        return campaigns.require(campaignId);
    }
}
