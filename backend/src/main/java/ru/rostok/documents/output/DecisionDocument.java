package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import ru.rostok.control.DecisionKind;
import ru.rostok.control.service.DecisionService;
import ru.rostok.control.service.DecisionView;

/**
 * A decision as its document (seeds 000, 001), in the shape the importer reads back: the issuer, «РЕШЕНИЕ», «от …»,
 * «№ …», the title, the preamble, «РЕШИЛА:», each point as a paragraph «2.1. text» with its «Срок: …» after it, the
 * controller if no point names one, the signature.
 */
@ApplicationScoped
public class DecisionDocument {
    @Inject
    DecisionService decisions;

    /** The decision the caller sees; 404 otherwise. */
    public OfficialDocument of(long id) {
        return compose(decisions.get(id));
    }

    static OfficialDocument compose(DecisionView d) {
        var doc = new OfficialDocument.Builder("Решение-" + Dates.safe(d.number()) + "-от-" + Dates.of(d.date()));
        if (d.issuerLabel() != null && !d.issuerLabel().isBlank()) {
            doc.add(new OfficialDocument.Issuer(d.issuerLabel().lines().map(String::trim).toList(), List.of()));
        }
        doc.add(new OfficialDocument.Heading(heading(d.kind())));
        doc.plain("от " + Dates.of(d.date()) + " г.");
        doc.plain("№ " + d.number());
        doc.add(new OfficialDocument.Title(d.title()));
        doc.body(d.preamble());
        doc.add(OfficialDocument.Text.strong(resolution(d.kind())));
        boolean controlInPoints = false;
        for (DecisionView.Point p : d.points()) {
            doc.point(p.number(), p.text());
            if (p.deadlineText() != null && !p.deadlineText().isBlank()) {
                doc.body("Срок: " + p.deadlineText());
            }
            controlInPoints |= p.text() != null && p.text().toLowerCase(Locale.ROOT).startsWith("контроль за");
        }
        String controller = controller(d);
        if (!controlInPoints && controller != null) {
            doc.body("Контроль за выполнением решения возложить на " + controller + ".");
        }
        doc.add(new OfficialDocument.Signature(signatory(d.kind()), ""));
        return doc.build();
    }

    /** The controller the decision names (the issuing body by default is not written). */
    private static String controller(DecisionView d) {
        if (blank(d.controllerLabel()) && blank(d.controllerPerson())) {
            return null;
        }
        String who = !blank(d.controllerLabel()) ? d.controllerLabel() : d.controllerBodyName();
        if (blank(who)) {
            return d.controllerPerson();
        }
        return d.controllerPerson() == null || d.controllerPerson().isBlank() ? who : who + " " + d.controllerPerson();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String heading(DecisionKind kind) {
        return switch (kind) {
            case COLLEGIUM_DECISION -> "РЕШЕНИЕ";
            case ORDER -> "ПРИКАЗ";
            case RESOLUTION -> "ПОСТАНОВЛЕНИЕ";
            case PROTOCOL -> "ПРОТОКОЛ";
        };
    }

    private static String resolution(DecisionKind kind) {
        return switch (kind) {
            case COLLEGIUM_DECISION -> "РЕШИЛА:";
            case ORDER -> "ПРИКАЗЫВАЮ:";
            case RESOLUTION -> "ПОСТАНОВЛЯЮ:";
            case PROTOCOL -> "РЕШИЛИ:";
        };
    }

    private static String signatory(DecisionKind kind) {
        return switch (kind) {
            case COLLEGIUM_DECISION -> "Председатель коллегии";
            case PROTOCOL -> "Председательствующий";
            default -> "Руководитель";
        };
    }
}
