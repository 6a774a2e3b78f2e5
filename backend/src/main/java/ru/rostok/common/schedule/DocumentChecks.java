package ru.rostok.common.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What deserves a second look in a plan or a decision, shown and never blocking: a deadline before the
 * document's own date (seed 000: «февраль 2020 г.» in a decision of 21.10.2020), a deadline the parser could
 * not read, and a point number used twice (seed 000 has «3.2» twice).
 */
public final class DocumentChecks {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A numbered item with its deadline. */
    public record Item(String number, String deadlineText, Schedule schedule) {
    }

    public record Warning(String number, String kind, String message) {
    }

    private DocumentChecks() {
    }

    public static List<Warning> check(List<Item> items, LocalDate documentDate) {
        List<Warning> warnings = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (Item item : items) {
            if (!numbers.add(item.number()) && repeated.add(item.number())) {
                warnings.add(new Warning(item.number(), "DUPLICATE_NUMBER", "Номер пункта «" + item.number() + "» встречается в документе дважды"));
            }
            Schedule s = item.schedule();
            if (s == null) {
                continue;
            }
            if (s.kind() == ScheduleKind.UNPARSED) {
                warnings.add(new Warning(item.number(), "UNREAD_DEADLINE", "Срок «" + item.deadlineText()
                        + "» не распознан: он показан как написан, но не участвует в контроле сроков"));
            } else if (documentDate != null && s.startsBefore(documentDate)) {
                warnings.add(new Warning(item.number(), "DEADLINE_BEFORE_DOCUMENT", "Срок «" + item.deadlineText()
                        + "» наступает раньше даты самого документа (" + DATE.format(documentDate) + ")"));
            }
        }
        return warnings;
    }
}
