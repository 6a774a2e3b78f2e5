package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.roadmap.service.RoadmapView;

/**
 * A roadmap as its document (seeds 002, 003): the approval stamp, the title, the table of measures «№ п/п | Мероприятие |
 * Срок исполнения | Ответственные» (and «Ожидаемый результат» when a measure has one), the abbreviations used.
 */
@ApplicationScoped
public class RoadmapDocument {
    @Inject
    RoadmapService roadmaps;

    /** The roadmap the caller sees; 404 otherwise. */
    public OfficialDocument of(long id) {
        return compose(roadmaps.get(id));
    }

    static OfficialDocument compose(RoadmapView r) {
        var doc = new OfficialDocument.Builder("Дорожная-карта-" + r.id() + (r.periodFrom() == null ? ""
                : "-" + r.periodFrom().getYear() + "-" + (r.periodTo() == null ? "" : r.periodTo().getYear())));
        List<String> stamp = approval(r);
        if (!stamp.isEmpty()) {
            doc.add(new OfficialDocument.Approval(stamp));
        }
        doc.add(new OfficialDocument.Title(r.title()));
        boolean results = r.measures().stream().anyMatch(m -> m.expectedResult() != null && !m.expectedResult().isBlank());
        List<String> header = new ArrayList<>(List.of("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные"));
        if (results) {
            header.add("Ожидаемый результат");
        }
        List<List<String>> rows = new ArrayList<>();
        for (RoadmapView.Measure m : r.measures()) {
            List<String> row = new ArrayList<>(List.of(numbered(m.number()), m.text(), nonNull(m.deadlineText()),
                    String.join(", ", m.responsible().stream().map(RoadmapView.Responsible::label).toList())));
            if (results) {
                row.add(nonNull(m.expectedResult()));
            }
            rows.add(row);
        }
        float[] widths = results ? new float[] {0.9f, 6, 2.6f, 3.2f, 3.2f} : new float[] {0.9f, 8, 2.8f, 3.2f};
        doc.add(new OfficialDocument.Table(header, rows, widths));
        Map<String, String> abbreviations = r.abbreviations();
        if (abbreviations != null && !abbreviations.isEmpty()) {
            doc.add(OfficialDocument.Text.strong("Используемые сокращения:"));
            abbreviations.forEach((short_, full) -> doc.plain(short_ + " – " + full));
        }
        return doc.build();
    }

    /** «УТВЕРЖДЕН / приказом Комитета … / от 15.12.2020 № 576». */
    static List<String> approval(RoadmapView r) {
        if (r.approvalKind() == null && r.approvalNumber() == null && r.approvalDate() == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("УТВЕРЖДЕН");
        String by = instrumental(r.approvalKind());
        lines.add(r.approvalIssuer() == null || r.approvalIssuer().isBlank() ? by : by + " " + r.approvalIssuer());
        String date = r.approvalDate() == null ? "" : "от " + Dates.of(r.approvalDate());
        String number = r.approvalNumber() == null ? "" : "№ " + r.approvalNumber();
        lines.add((date + " " + number).trim());
        return lines;
    }

    private static String instrumental(ApprovalKind kind) {
        if (kind == null) {
            return "документом";
        }
        return switch (kind) {
            case ORDER -> "приказом";
            case RESOLUTION -> "постановлением";
            case COLLEGIUM_DECISION -> "решением коллегии";
            case PROTOCOL -> "протоколом";
        };
    }

    static String numbered(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        return number.endsWith(".") ? number : number + ".";
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
