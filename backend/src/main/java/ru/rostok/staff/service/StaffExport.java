package ru.rostok.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import ru.rostok.common.PageQuery;
import ru.rostok.common.Subject;
import ru.rostok.staff.QualificationCategory;

/** Writes the filtered staff list as XLSX, streaming, and the empty sheet of the staff import. */
@ApplicationScoped
public class StaffExport {
    @Inject
    StaffService staff;

    @Transactional
    public void xlsx(StaffFilter filter, PageQuery sort, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Педагоги");
            List<StaffSheet> columns = List.of(StaffSheet.values());
            header(sheet, columns);
            int[] row = {1};
            staff.forEach(filter, sort, teacher -> {
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).valueOf(teacher);
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

    /** The import's columns with a hint on each and a second sheet with the allowed values. */
    public void template(OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("Педагоги");
            header(sheet, StaffSheet.IMPORTED);
            // hints as comments of the headers, not as a sample row that would be imported if left in place
            String[] hints = {"Обязательно", "Обязательно", "Если есть", "Обязательно, например: учитель математики",
                    "Через запятую или точку с запятой: Математика; Информатика", "Без категории, Соответствие, Первая или Высшая",
                    "ДД.ММ.ГГГГ; обязательна для категории, кроме «Без категории»", "Целое число лет от 0 до 70", "ДД.ММ.ГГГГ"};
            for (int c = 0; c < hints.length; c++) {
                sheet.comment(0, c, hints[c]);
            }
            Worksheet help = workbook.newWorksheet("Справка");
            int r = 0;
            help.value(r++, 0, "Одна строка — один педагог. Педагог школы с теми же фамилией, именем и отчеством обновляется, новый добавляется.");
            help.value(r++, 0, "Файл принимается целиком или не принимается вовсе: при ошибках ничего не меняется, а все ошибки перечисляются с номерами строк.");
            help.value(r++, 0, "Даты — в виде ДД.ММ.ГГГГ, не позже сегодняшнего дня. Стаж — целое число лет от 0 до 70.");
            help.value(r++, 0, "Для категории, кроме «Без категории», нужна дата её присвоения.");
            r++;
            help.value(r++, 0, "Квалификационная категория:");
            for (QualificationCategory c : QualificationCategory.values()) {
                help.value(r++, 0, StaffSheet.label(c));
            }
            r++;
            help.value(r++, 0, "Предметы (через запятую или точку с запятой):");
            for (Subject s : Subject.values()) {
                help.value(r++, 0, s.russian());
            }
            help.width(0, 100);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Worksheet sheet, List<StaffSheet> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).title);
            sheet.style(0, c).bold().fillColor("E8F0E0").wrapText(true).set();
            sheet.width(c, c == 3 || c == 4 || c == 10 ? 30 : 18);
        }
        sheet.freezePane(0, 1);
    }
}
