package ru.rostok.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.common.PageQuery;
import ru.rostok.common.SafeCsv;
import ru.rostok.school.SchoolType;
import ru.rostok.school.Settlement;

/** Writes the filtered school list as CSV (for any tool) or XLSX (for Excel), streaming. */
@ApplicationScoped
public class SchoolExport {
    /** Excel opens a semicolon-separated UTF-8 file with a BOM correctly in a Russian locale. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    @Inject
    SchoolService schools;

    @Transactional
    public void csv(SchoolFilter filter, PageQuery sort, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSV);
            SafeCsv.print(printer, Arrays.stream(SchoolSheet.values()).map(c -> (Object) c.title).toList());
            schools.forEach(filter, sort, school -> {
                try {
                    SafeCsv.print(printer, Arrays.stream(SchoolSheet.values()).map(c -> c.valueOf(school)).toList());
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
    public void xlsx(SchoolFilter filter, PageQuery sort, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Школы");
            header(sheet, List.of(SchoolSheet.values()));
            int[] row = {1};
            schools.forEach(filter, sort, school -> {
                SchoolSheet[] columns = SchoolSheet.values();
                for (int c = 0; c < columns.length; c++) {
                    Object value = columns[c].valueOf(school);
                    if (value instanceof Number n) {
                        sheet.value(row[0], c, n);
                    } else if (value != null) {
                        sheet.value(row[0], c, value.toString());
                    }
                }
                row[0]++;
            });
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty sheet with the import's columns and a second sheet explaining the allowed values. */
    public void template(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            header(workbook.newWorksheet("Школы"), SchoolSheet.IMPORTED);
            Worksheet help = workbook.newWorksheet("Справка");
            int r = 0;
            help.value(r++, 0, "Одна строка — одна школа. Школа с уже известным ИНН обновляется, новая добавляется.");
            help.value(r++, 0, "Файл принимается целиком или не принимается вовсе: при ошибках ничего не меняется, а все ошибки перечисляются с номерами строк.");
            help.value(r++, 0, "ОКТМО — код муниципального образования вашей территории.");
            r++;
            help.value(r++, 0, "Тип:");
            for (SchoolType t : SchoolType.values()) {
                help.value(r++, 0, t.label);
            }
            r++;
            help.value(r++, 0, "Местность:");
            for (Settlement s : Settlement.values()) {
                help.value(r++, 0, s.label);
            }
            help.width(0, 100);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet sheet, List<SchoolSheet> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).title);
            sheet.style(0, c).bold().fillColor("E8F0E0").set();
            sheet.width(c, c == 2 ? 60 : 22);
        }
        sheet.freezePane(0, 1);
    }
}
