package ru.rostok.trends.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.common.stats.Interval;

/** The comparison as XLSX, as the page shows it: a row per municipality, then the region; each share «42 % (31–54)». */
@ApplicationScoped
public class ComparisonExport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public void xlsx(ComparisonView view, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Сравнение муниципалитетов");
            List<String> header = new ArrayList<>(List.of("Муниципальное образование", "Школ в анализе", "Слабые", "Средние", "Сильные",
                    "Недостаточно данных", "Композитный индекс, медиана", "Композитный индекс, среднее (интервал)"));
            view.categories().forEach(c -> header.add(c.title() + ", медиана"));
            header.add("В перечнях на " + view.listYear());
            header.add("Просрочено на контроле");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().wrapText(true).fillColor("E8F0E0").set();
                sheet.width(c, c == 0 ? 34 : 16);
            }
            sheet.freezePane(1, 1);
            int row = 1;
            for (ComparisonView.Row r : view.rows()) {
                write(sheet, row++, r);
            }
            write(sheet, row, view.region());
            sheet.style(row, 0).bold().set();
            row += 2;
            sheet.value(row++, 0, "«" + view.campaignName() + "», " + view.academicYear() + "; анализ от " + DATE.format(view.runAt())
                    + "; на " + DATE.format(view.date()));
            sheet.value(row, 0, view.methodText());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Worksheet sheet, int row, ComparisonView.Row r) {
        int c = 0;
        sheet.value(row, c++, r.name());
        sheet.value(row, c++, r.schools());
        sheet.value(row, c++, share(r.weak(), r.weakCount()));
        sheet.value(row, c++, share(r.middle(), r.middleCount()));
        sheet.value(row, c++, share(r.strong(), r.strongCount()));
        sheet.value(row, c++, r.insufficient());
        if (r.composite().median() != null) {
            sheet.value(row, c, r.composite().median());
        }
        c++;
        sheet.value(row, c++, mean(r.composite().mean()));
        for (ComparisonView.Score s : r.categories()) {
            if (s.median() != null) {
                sheet.value(row, c, s.median());
            }
            c++;
        }
        sheet.value(row, c++, r.listed());
        sheet.value(row, c, r.overdue());
    }

    /** «42 % (31–54), 5 шк.» — a share as the page writes it. */
    static String share(Interval i, int count) {
        if (i == null) {
            return "—";
        }
        return Math.round(i.estimate()) + " % (" + Math.round(i.low()) + "–" + Math.round(i.high()) + "), " + count + " шк.";
    }

    static String mean(Interval i) {
        return i == null ? "—" : number(i.estimate()) + " (" + number(i.low()) + "…" + number(i.high()) + ")";
    }

    private static String number(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v).replace('.', ',');
    }
}
