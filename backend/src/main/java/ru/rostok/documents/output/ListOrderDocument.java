package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.SchoolListEntry;
import ru.rostok.lists.service.SchoolListEntryView;
import ru.rostok.lists.service.SchoolListService;
import ru.rostok.lists.service.SchoolListView;

/**
 * The order approving a list of ШНОР or ШНСУ (seed 003, measure 3): the preamble with the monitoring and the rule it rests
 * on, the points, and the appendix table of the schools with the criteria each met and in which years. A draft list gives
 * the draft of the order, marked «ПРОЕКТ».
 */
@ApplicationScoped
public class ListOrderDocument {
    @Inject
    SchoolListService lists;

    /** The list the caller sees; 404 otherwise. */
    public OfficialDocument of(long id) {
        return compose(lists.get(id));
    }

    static OfficialDocument compose(SchoolListView list) {
        boolean draft = list.status() != SchoolList.Status.APPROVED;
        var doc = new OfficialDocument.Builder("Приказ-перечень-" + list.kind().abbreviation + "-" + list.year() + (draft ? "-проект" : ""));
        if (draft) {
            doc.add(new OfficialDocument.DraftMark());
        }
        String issuer = list.orderBodyName() != null ? list.orderBodyName() : list.regionName();
        doc.add(new OfficialDocument.Issuer(List.of(issuer.toUpperCase(Locale.ROOT)), List.of()));
        doc.add(new OfficialDocument.Heading("ПРИКАЗ"));
        doc.add(dateNumber(list));
        String what = what(list.kind());
        doc.add(new OfficialDocument.Title("Об утверждении перечня " + what + " (" + list.kind().abbreviation + ") на " + list.year() + " год"));
        doc.body(preamble(list));
        doc.add(OfficialDocument.Text.strong("ПРИКАЗЫВАЮ:"));
        doc.point("1", "Утвердить перечень " + what + " (" + list.kind().abbreviation + ") на " + list.year()
                + " год (приложение).");
        doc.point("2", "Органам местного самоуправления, осуществляющим управление в сфере образования, и методическим службам "
                + "обеспечить адресное методическое сопровождение общеобразовательных организаций, включенных в перечень.");
        doc.point("3", "Руководителям общеобразовательных организаций, включенных в перечень, разработать и утвердить программы "
                + "перехода в эффективный режим работы и представить их в срок до 1 марта " + list.year() + " года.");
        doc.point("4", "Контроль за исполнением приказа оставляю за собой.");
        doc.add(new OfficialDocument.Signature("Руководитель", ""));
        doc.add(new OfficialDocument.PageBreak());
        doc.add(new OfficialDocument.Approval(List.of("Приложение", "к приказу", // the issuer is in the order's own head
                list.orderDate() == null ? "от «___» ________ 20__ г. № ____" : "от " + Dates.of(list.orderDate()) + " № " + list.orderNumber())));
        doc.add(new OfficialDocument.Title("Перечень " + what + " (" + list.kind().abbreviation + ") на " + list.year() + " год"));
        doc.add(new OfficialDocument.Table(List.of("№ п/п", "Общеобразовательная организация", "Муниципальное образование",
                "Критерии, которым отвечает организация", "Годы"), rows(list), new float[] {0.9f, 4.6f, 3.6f, 6, 2.4f}));
        return doc.build();
    }

    private static OfficialDocument.DateNumber dateNumber(SchoolListView list) {
        if (list.orderDate() == null) {
            return new OfficialDocument.DateNumber("«___» ________ 20__ г.", "№ ____");
        }
        return new OfficialDocument.DateNumber(Dates.of(list.orderDate()), "№ " + list.orderNumber());
    }

    static String what(ListKind kind) {
        return kind == ListKind.LOW_RESULTS ? "общеобразовательных организаций с низкими образовательными результатами"
                : "общеобразовательных организаций, функционирующих в неблагоприятных социальных условиях";
    }

    private static String preamble(SchoolListView list) {
        StringBuilder text = new StringBuilder("В целях реализации мер по повышению качества образования в общеобразовательных "
                + "организациях, показывающих низкие образовательные результаты, и в общеобразовательных организациях, "
                + "функционирующих в неблагоприятных социальных условиях");
        if (!list.campaigns().isEmpty()) {
            text.append(", на основании результатов мониторинга ").append(String.join(", ", list.campaigns().stream()
                    .map(c -> "«" + c.name() + "» (" + c.academicYear() + " учебный год)").toList()));
        }
        if (list.ruleText() != null || list.rule() != null) {
            String rule = list.rule() != null ? list.rule().text() : list.ruleText();
            String name = list.rule() != null && list.rule().name() != null ? "«" + list.rule().name() + "» " : "";
            text.append(" и критериев отнесения к перечню ").append(name).append("(").append(rule).append(")");
        }
        return text.append(",").toString();
    }

    static List<List<String>> rows(SchoolListView list) {
        List<SchoolListEntryView> included = list.entries().stream().filter(SchoolListEntryView::included)
                .sorted(Comparator.comparing(SchoolListEntryView::municipalityName).thenComparing(SchoolListEntryView::schoolName)).toList();
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (SchoolListEntryView e : included) {
            rows.add(List.of(++n + ".", e.schoolName(), e.municipalityName(), criteria(e), years(e)));
        }
        return rows;
    }

    /** «2020/2021: VPR_F2 = 25 (≥ 15); SUCC_RATE = 55 (< 60)» for each year the rule held, else why the school is on the list. */
    static String criteria(SchoolListEntryView e) {
        List<String> years = new ArrayList<>();
        for (SchoolListEntry.Evidence ev : e.evidence() == null ? List.<SchoolListEntry.Evidence>of() : e.evidence()) {
            List<String> met = ev.checks().stream().filter(SchoolListEntry.Check::met)
                    .map(c -> c.indicatorCode() + " = " + number(c.value()) + " (" + c.condition().substring(
                            Math.min(c.condition().length(), c.indicatorCode().length() + 1)) + ")").toList();
            if (ev.holds() && !met.isEmpty()) {
                years.add(ev.academicYear() + ": " + String.join("; ", met));
            }
        }
        String source = switch (e.source()) {
            case RULE -> "";
            case CARRIED -> "в перечне прошлого года";
            case MANUAL -> "включена решением";
        };
        List<String> parts = new ArrayList<>(years);
        if (!source.isEmpty()) {
            parts.add(source + (e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason()));
        }
        return String.join("\n", parts);
    }

    private static String years(SchoolListEntryView e) {
        if (e.evidence() == null) {
            return "";
        }
        return String.join(", ", e.evidence().stream().filter(SchoolListEntry.Evidence::holds).map(SchoolListEntry.Evidence::academicYear)
                .distinct().sorted().toList());
    }

    static String number(Double v) {
        if (v == null) {
            return "—";
        }
        return (v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(Locale.ROOT, "%.2f", v)).replace('.', ',');
    }
}
