package ru.rostok.effect.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The effect table as XLSX: one row per indicator, then what it rests on and the method in words. */
public final class EffectSheet {
    private static final List<String> COLUMNS = List.of("Показатель", "Код", "Лучше", "Поддержанные: до", "Поддержанные: после",
            "Поддержанные: изменение", "Поддержанные: школ", "Сравнение: до", "Сравнение: после", "Сравнение: изменение", "Сравнение: школ",
            "Разница в разницах", "Интервал 95 %: от", "Интервал 95 %: до", "Вывод или причина его отсутствия");

    private EffectSheet() {
    }

    public static void write(EffectView effect, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Эффективность");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
                sheet.style(0, c).bold().fillColor("E8F0E0").wrapText(true).set();
                sheet.width(c, c == 0 || c == COLUMNS.size() - 1 ? 50 : 14);
            }
            sheet.freezePane(1, 1);
            int r = 1;
            for (EffectView.Row row : effect.rows()) {
                sheet.value(r, 0, row.name());
                sheet.value(r, 1, row.code());
                sheet.value(r, 2, switch (row.direction()) {
                    case "HIGHER_BETTER" -> "выше";
                    case "LOWER_BETTER" -> "ниже";
                    default -> "контекст";
                });
                side(sheet, r, 3, row.supported());
                side(sheet, r, 7, row.comparison());
                number(sheet, r, 11, row.did());
                number(sheet, r, 12, row.low());
                number(sheet, r, 13, row.high());
                sheet.value(r, 14, row.verdictText() != null ? row.verdictText() : row.reason());
                r++;
            }
            r++;
            line(sheet, r++, "Предмет", effect.subjectTitle());
            line(sheet, r++, "Начало поддержки", effect.supportStart() == null ? "—" : effect.supportStart() + " (" + effect.supportStartText() + ")");
            line(sheet, r++, "Поддержанных школ", String.valueOf(effect.supportedSchools()));
            line(sheet, r++, "Кампания «до»", effect.before() == null ? "—" : effect.before().name() + ", " + effect.before().academicYear());
            line(sheet, r++, "Кампания «после»", effect.after() == null ? "—" : effect.after().name() + ", " + effect.after().academicYear());
            line(sheet, r++, "Школы сравнения", effect.comparisonText() == null ? "—" : effect.comparisonText());
            if (effect.reason() != null) {
                line(sheet, r++, "Почему нет сравнения", effect.reason());
            }
            if (effect.exits() != null) {
                line(sheet, r++, "Выход из перечней", effect.exits().text());
            }
            line(sheet, r, "Метод", effect.methodText());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void side(Worksheet sheet, int r, int c, EffectView.Side side) {
        number(sheet, r, c, side.before());
        number(sheet, r, c + 1, side.after());
        number(sheet, r, c + 2, side.change());
        sheet.value(r, c + 3, side.n());
    }

    private static void number(Worksheet sheet, int r, int c, Double value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    private static void line(Worksheet sheet, int r, String title, String text) {
        sheet.value(r, 0, title);
        sheet.style(r, 0).bold().set();
        sheet.value(r, 1, text);
    }
}
