package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The control dashboard and its XLSX export: open items by due date, body and territory. */
@ApplicationScoped
public class ControlViews {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String EVERY_SCHOOL = "Общеобразовательные организации (все школы территории)";

    @Inject
    ControlItems control;

    public List<ControlItems.Item> filtered(Long municipalityId, Long bodyId) {
        return control.open().stream()
                .filter(i -> municipalityId == null || municipalityId.equals(i.municipalityId()))
                .filter(i -> bodyId == null || i.responsible().stream().anyMatch(r -> bodyId.equals(r.bodyId())))
                .sorted(Comparator.comparing(ControlItems.Item::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ControlItems.Item::type).thenComparing(ControlItems.Item::itemId))
                .toList();
    }

    public ControlDashboard dashboard(Long municipalityId, Long bodyId) {
        LocalDate today = LocalDate.now();
        List<ControlItems.Item> items = filtered(municipalityId, bodyId);
        Map<String, List<ControlItems.Item>> byBody = new LinkedHashMap<>();
        Map<String, String> bodyNames = new LinkedHashMap<>();
        for (ControlItems.Item i : items) {
            for (ControlItems.Responsible r : i.responsible()) {
                String key = r.allSchools() ? "schools" : r.bodyId() != null ? "body:" + r.bodyId() : "label:" + r.label();
                bodyNames.putIfAbsent(key, r.allSchools() ? EVERY_SCHOOL : r.bodyName() != null ? r.bodyName() : r.label());
                byBody.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<ControlItems.Item>> byTerritory = new LinkedHashMap<>();
        Map<String, String> territoryNames = new LinkedHashMap<>();
        for (ControlItems.Item i : items) {
            String key = i.municipalityId() == null ? "region" : "municipality:" + i.municipalityId();
            territoryNames.putIfAbsent(key, i.municipalityId() == null ? "Региональный уровень" : i.municipalityName());
            byTerritory.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<WorkItem> shown = items.stream().filter(i -> i.overdue() || i.due() != null && !i.due().isAfter(today.plusDays(30)))
                .limit(200).map(ControlViews::workItem).toList();
        return new ControlDashboard(today, counts(items, today), rows(byBody, bodyNames, today), rows(byTerritory, territoryNames, today), shown);
    }

    private static List<ControlDashboard.Row> rows(Map<String, List<ControlItems.Item>> groups, Map<String, String> names, LocalDate today) {
        return groups.entrySet().stream().map(e -> new ControlDashboard.Row(e.getKey(), names.get(e.getKey()), id(e.getKey(), "body:"),
                        id(e.getKey(), "municipality:"), counts(e.getValue(), today)))
                .sorted(Comparator.comparing((ControlDashboard.Row r) -> -r.counts().overdue()).thenComparing(ControlDashboard.Row::name))
                .toList();
    }

    private static Long id(String key, String prefix) {
        return key.startsWith(prefix) ? Long.valueOf(key.substring(prefix.length())) : null;
    }

    static ControlDashboard.Counts counts(List<ControlItems.Item> items, LocalDate today) {
        long overdue = items.stream().filter(ControlItems.Item::overdue).count();
        Function<Integer, Long> dueWithin = days -> items.stream()
                .filter(i -> !i.overdue() && i.due() != null && !i.due().isBefore(today) && !i.due().isAfter(today.plusDays(days))).count();
        return new ControlDashboard.Counts(items.size(), overdue, dueWithin.apply(7), dueWithin.apply(30));
    }

    static WorkItem workItem(ControlItems.Item i) {
        return new WorkItem(i.type(), i.planId(), i.planTitle(), i.itemId(), i.number(), i.text(), i.deadlineText(), i.due(), i.overdue(), i.status());
    }

    /** Writes items already read (the file streams after the request's database work is done). */
    public void xlsx(List<ControlItems.Item> items, OutputStream out) {
        LocalDate today = LocalDate.now();
        try {
            Workbook workbook = new Workbook(out, "Rostok", "1.0");
            Worksheet sheet = workbook.newWorksheet("На контроле");
            String[] header = {"Документ", "Пункт", "Содержание", "Срок (как в документе)", "Срок", "Состояние", "Просрочено",
                    "Ответственные", "Территория"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
                sheet.style(0, c).bold().fillColor("E8F0E0").set();
                sheet.width(c, c == 2 ? 70 : c == 0 ? 45 : 18);
            }
            sheet.freezePane(0, 1);
            int row = 1;
            for (ControlItems.Item i : items) {
                sheet.value(row, 0, i.planTitle());
                sheet.value(row, 1, i.number());
                sheet.value(row, 2, i.text());
                sheet.value(row, 3, i.deadlineText());
                sheet.value(row, 4, i.due() == null ? "" : DATE.format(i.due()));
                sheet.value(row, 5, i.status());
                sheet.value(row, 6, i.overdue() ? "да" : "");
                sheet.value(row, 7, String.join("; ", i.responsible().stream().map(ControlItems.Responsible::label).toList()));
                sheet.value(row, 8, i.municipalityName() == null ? "регион" : i.municipalityName());
                if (i.overdue()) {
                    sheet.style(row, 6).fontColor("C62828").bold().set();
                }
                row++;
            }
            sheet.value(row + 1, 0, "Выгружено " + DATE.format(today));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
