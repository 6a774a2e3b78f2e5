package ru.rostok.cycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.cycle.CellState;

/** The matrix as XLSX: a row per municipality, a column per position with its mark and words, the total and the assessment. */
@ApplicationScoped
public class CycleExport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Writes a matrix already read (the file streams after the request's database work is done). */
    public void xlsx(CycleMatrix matrix, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Управленческий цикл");
            int positions = matrix.positions().size();
            sheet.value(0, 0, "Муниципальное образование");
            sheet.value(0, 1, "Субъект");
            for (int p = 0; p < positions; p++) {
                sheet.value(0, 2 + p, matrix.positions().get(p).title());
            }
            sheet.value(0, 2 + positions, "Итого");
            sheet.value(0, 3 + positions, "Оценка коллегии");
            for (int c = 0; c <= 3 + positions; c++) {
                sheet.style(0, c).bold().wrapText(true).fillColor("E8F0E0").set();
                sheet.width(c, c == 0 ? 34 : c == 3 + positions ? 40 : 18);
            }
            sheet.freezePane(1, 1);
            int row = 1;
            for (CycleRow r : matrix.rows()) {
                sheet.value(row, 0, r.municipalityName());
                sheet.value(row, 1, r.regionName());
                for (int p = 0; p < positions; p++) {
                    CycleCell cell = r.cells().get(p);
                    sheet.value(row, 2 + p, cell.state().mark + " " + cell.text());
                    if (cell.state() == CellState.MISSING) {
                        sheet.style(row, 2 + p).fontColor("C62828").set();
                    }
                }
                sheet.value(row, 2 + positions, total(r));
                sheet.value(row, 3 + positions, r.assessment() == null ? "" : r.assessment().verdictLabel() + " (решение № "
                        + r.assessment().decisionNumber() + " от " + DATE.format(r.assessment().decisionDate()) + ")");
                row++;
            }
            sheet.value(row + 1, 0, "На " + DATE.format(matrix.date()) + "; частично выполненная позиция считается за половину");
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String total(CycleRow r) {
        String done = r.done() == Math.floor(r.done()) ? String.valueOf((long) r.done()) : String.valueOf(r.done()).replace('.', ',');
        return done + " из " + r.applicable();
    }
}
