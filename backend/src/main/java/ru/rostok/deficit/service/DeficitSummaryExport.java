package ru.rostok.deficit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.deficit.service.DeficitSummaryView.SubjectRow;
import ru.rostok.deficit.service.DeficitSummaryView.TopicRow;

/** The summary as a sheet: a subject's row, then its topics; counts only. */
@ApplicationScoped
public class DeficitSummaryExport {
    @Inject
    DeficitSummaryService summaries;

    public void write(Long regionId, Long municipalityId, Long schoolId, Integer year, OutputStream out) {
        DeficitSummaryView summary = summaries.summary(regionId, municipalityId, schoolId, year);
        boolean split = summary.listYear() != null;
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Дефициты");
            sheet.value(0, 0, "Профессиональные дефициты педагогов: " + summary.territoryName()
                    + (split ? " (ШНОР — по перечню на " + summary.listYear() + " год)" : ""));
            String[] titles = split
                    ? new String[] {"Предмет", "Тема/компетенция", "Оценено педагогов", "С дефицитом", "Доля, %", "ШНОР: оценено",
                        "ШНОР: с дефицитом", "ШНОР: доля, %", "Остальные: оценено", "Остальные: с дефицитом", "Остальные: доля, %"}
                    : new String[] {"Предмет", "Тема/компетенция", "Оценено педагогов", "С дефицитом", "Доля, %"};
            for (int c = 0; c < titles.length; c++) {
                sheet.value(2, c, titles[c]);
                sheet.style(2, c).bold().wrapText(true).set();
                sheet.width(c, c < 2 ? 40 : 14);
            }
            int r = 3;
            for (SubjectRow s : summary.subjects()) {
                sheet.value(r, 0, s.subjectName());
                sheet.value(r, 1, "Любая тема");
                counts(sheet, r, s.all(), s.lowResults(), s.others(), split);
                sheet.style(r, 0).bold().set();
                r++;
                for (TopicRow t : s.topics()) {
                    sheet.value(r, 0, s.subjectName());
                    sheet.value(r, 1, t.topic());
                    counts(sheet, r, t.all(), t.lowResults(), t.others(), split);
                    r++;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(Worksheet sheet, int r, DeficitCount all, DeficitCount low, DeficitCount others, boolean split) {
        count(sheet, r, 2, all);
        if (split) {
            count(sheet, r, 5, low);
            count(sheet, r, 8, others);
        }
    }

    private static void count(Worksheet sheet, int r, int c, DeficitCount n) {
        sheet.value(r, c, n.assessed());
        sheet.value(r, c + 1, n.withDeficit());
        if (n.share() != null) {
            sheet.value(r, c + 2, n.share());
        }
    }
}
