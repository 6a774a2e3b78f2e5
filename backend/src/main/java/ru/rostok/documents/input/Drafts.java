package ru.rostok.documents.input;

import java.time.LocalDate;
import java.util.List;
import ru.rostok.common.schedule.DocumentChecks;
import ru.rostok.documents.service.DraftWarning;

/** The warnings every draft can carry, worded once. */
final class Drafts {
    private Drafts() {
    }

    static void addChecks(List<DraftWarning> warnings, List<DocumentChecks.Warning> checks, List<DraftItem> items) {
        for (DocumentChecks.Warning w : checks) {
            Integer line = items.stream().filter(i -> i.number.equals(w.number()))
                    .map(i -> "DUPLICATE_NUMBER".equals(w.kind()) ? i.from : i.deadlineLine > 0 ? i.deadlineLine : i.from)
                    .reduce((a, b) -> "DUPLICATE_NUMBER".equals(w.kind()) ? b : a).orElse(null);
            warnings.add(new DraftWarning(w.number(), w.kind(), w.message(), line));
        }
    }

    static DraftWarning unresolved(String number, String label, int line) {
        return new DraftWarning(number, "UNRESOLVED_RESPONSIBLE", "Исполнитель «" + label + "» не найден среди органов и организаций "
                + "территории: он останется надписью без адресата, пока вы не выберете орган", line);
    }

    static void addStray(List<DraftWarning> warnings, List<Integer> lines) {
        for (Integer line : lines) {
            warnings.add(new DraftWarning(null, "STRAY_TEXT", "Текст в строке " + line + " не относится ни к одному пункту и не попадёт в документ", line));
        }
    }

    static void addMissing(List<DraftWarning> warnings, Territory place, LocalDate date, String number, String period) {
        if (place.region() == null) {
            warnings.add(new DraftWarning(null, "MISSING", "Территория документа не определена: выберите регион и муниципалитет", null));
        }
        if (date == null) {
            warnings.add(new DraftWarning(null, "MISSING", "Дата документа не найдена: укажите её", null));
        }
        if (number == null) {
            warnings.add(new DraftWarning(null, "MISSING", "Номер документа не найден: укажите его", null));
        }
        if (period != null) {
            warnings.add(new DraftWarning(null, "MISSING", period, null));
        }
    }
}
