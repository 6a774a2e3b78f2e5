package ru.rostok.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.common.PageQuery;
import ru.rostok.training.TrainingFormat;
import ru.rostok.training.TrainingStatus;

/** The list of trainings and the summary as XLSX, as the pages show them. */
@ApplicationScoped
public class TrainingExport {
    @Inject
    TrainingService trainings;

    public List<TrainingView> rows(TrainingFilter filter, PageQuery sort) {
        return trainings.all(filter, sort);
    }

    public void list(List<TrainingView> rows, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Повышение квалификации");
            header(sheet, List.of("Педагог", "Школа", "Муниципалитет", "Программа", "Организация", "Часов", "Начало", "Окончание", "Форма",
                    "Статус", "Дата удостоверения", "Номер удостоверения"));
            int row = 1;
            for (TrainingView t : rows) {
                sheet.value(row, 0, t.teacherName());
                sheet.value(row, 1, t.schoolName());
                sheet.value(row, 2, t.municipalityName());
                sheet.value(row, 3, t.programme());
                sheet.value(row, 4, t.provider());
                sheet.value(row, 5, t.hours());
                date(sheet, row, 6, t.startsOn());
                date(sheet, row, 7, t.endsOn());
                sheet.value(row, 8, format(t.format()));
                sheet.value(row, 9, status(t.status()));
                date(sheet, row, 10, t.completedOn());
                if (t.documentNumber() != null) {
                    sheet.value(row, 11, t.documentNumber());
                }
                row++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void summary(TrainingSummaryView summary, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Сводка " + summary.year());
            header(sheet, List.of("Муниципалитет / группа школ", "Педагогов по плану", "Часов по плану", "Педагогов прошли", "Часов пройдено"));
            int row = 1;
            for (TrainingSummaryView.Row r : summary.municipalities()) {
                totals(sheet, row++, r.municipalityName(), r.totals());
            }
            row++;
            if (summary.lowResultsListed()) {
                totals(sheet, row++, "Школы из перечня ШНОР", summary.lowResults());
                totals(sheet, row++, "Остальные школы", summary.others());
            }
            totals(sheet, row, "Всего", summary.total());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void totals(Worksheet sheet, int row, String label, TrainingSummaryView.Totals t) {
        sheet.value(row, 0, label);
        sheet.value(row, 1, t.plannedTeachers());
        sheet.value(row, 2, t.plannedHours());
        sheet.value(row, 3, t.completedTeachers());
        sheet.value(row, 4, t.completedHours());
    }

    private static void header(Worksheet sheet, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            sheet.value(0, c, titles.get(c));
            sheet.style(0, c).bold().set();
        }
    }

    private static void date(Worksheet sheet, int row, int column, LocalDate date) {
        if (date != null) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("dd.mm.yyyy").set();
        }
    }

    private static String format(TrainingFormat f) {
        return switch (f) {
            case IN_PERSON -> "очная";
            case DISTANCE -> "дистанционная";
            case BLENDED -> "очно-заочная";
        };
    }

    private static String status(TrainingStatus s) {
        return switch (s) {
            case PLANNED -> "запланировано";
            case COMPLETED -> "пройдено";
            case CANCELLED -> "отменено";
        };
    }
}
