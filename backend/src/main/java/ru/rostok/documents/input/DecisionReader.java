package ru.rostok.documents.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.rostok.body.Body;
import ru.rostok.body.service.ResponsibleResolver;
import ru.rostok.common.schedule.DocumentChecks;
import ru.rostok.common.schedule.Schedule;
import ru.rostok.common.schedule.ScheduleContext;
import ru.rostok.common.schedule.ScheduleParser;
import ru.rostok.control.DecisionKind;
import ru.rostok.control.service.DecisionInput.AssigneeInput;
import ru.rostok.documents.service.DecisionDraft;
import ru.rostok.documents.service.DraftWarning;
import ru.rostok.documents.service.SourceLines;

/** A decision (collegium decision, order, resolution, protocol) from its text: the header, then its numbered points. */
public final class DecisionReader {
    private DecisionReader() {
    }

    /** The operative line («РЕШИЛА:», «… п о с т а н о в л я е т:»), else the first point «1.», else -1. */
    static int operativeLine(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (Patterns.endsWithOperative(lines.get(i).text())) {
                return i;
            }
        }
        for (int i = 1; i < lines.size(); i++) {
            var m = Patterns.POINT.matcher(lines.get(i).text());
            if (m.matches() && "1".equals(m.group(1) != null ? m.group(1) : m.group(2))) {
                return i;
            }
        }
        return -1;
    }

    /** The decision, or empty when the text has no numbered points after a header. */
    public static Optional<Drafted<DecisionDraft>> read(SourceText source, TerritoryFinder places) {
        List<SourceLine> lines = source.lines();
        int operative = operativeLine(lines);
        if (operative < 0) {
            return Optional.empty();
        }
        Header header = Header.read(lines, operative);
        int bodyFrom = Patterns.endsWithOperative(lines.get(operative).text()) ? operative + 1 : operative;
        ScheduleContext context = ScheduleContext.ofDocument(header.date());
        PointReader points = new PointReader(lines, context).read(bodyFrom, lines.size());
        if (points.all.isEmpty()) {
            return Optional.empty();
        }
        Territory place = places.find(headerText(header));
        List<DraftWarning> warnings = new ArrayList<>();
        Body issuerBody = header.issuer() == null ? null
                : ResponsibleResolver.resolve(header.issuer().replaceFirst("(?iu)^коллегия\\s+", ""), place.region(), place.municipality(), null).body();
        String controllerLabel = null;
        String controllerPerson = null;
        for (DraftItem item : points.all) {
            Optional<Responsibles.Named> c = Responsibles.controller(item.text());
            if (c.isPresent()) {
                controllerLabel = c.get().label();
                controllerPerson = c.get().person();
            }
        }
        Body controllerBody = controllerLabel == null ? null : controllerBody(controllerLabel, issuerBody, place);
        List<DecisionDraft.Point> drafted = new ArrayList<>();
        for (DraftItem root : points.roots) {
            drafted.add(point(root, context, place, warnings));
        }
        List<DocumentChecks.Item> checked = new ArrayList<>();
        points.all.stream().filter(i -> !i.section).forEach(i -> checked.add(new DocumentChecks.Item(i.number, i.deadline,
                i.deadline == null ? null : ScheduleParser.parse(i.deadline, context))));
        Drafts.addChecks(warnings, DocumentChecks.check(checked, header.date()), points.all);
        Drafts.addStray(warnings, points.strayLines);
        Drafts.addMissing(warnings, place, header.date(), header.number(), null);
        DecisionKind kind = header.kind() != null ? header.kind() : DecisionKind.COLLEGIUM_DECISION;
        int headerTo = lines.get(Math.min(bodyFrom, lines.size() - 1)).number();
        return Optional.of(new Drafted<>(new DecisionDraft(kind, header.number(), header.date(), header.title(), header.preamble(),
                issuerBody == null ? null : issuerBody.id, header.issuer(), place.regionId(), place.municipalityId(),
                controllerLabel, controllerBody == null ? null : controllerBody.id, controllerPerson, drafted,
                new SourceLines(1, headerTo)), warnings));
    }

    static String headerText(Header header) {
        return String.join(" ", header.issuer() == null ? "" : header.issuer(), header.title() == null ? "" : header.title(),
                header.preamble() == null ? "" : header.preamble());
    }

    /** «заместителя министра»: an official of the body that issued the decision; otherwise the label read as a body. */
    private static Body controllerBody(String label, Body issuer, Territory place) {
        Body named = ResponsibleResolver.resolve(label, place.region(), place.municipality(), null).body();
        if (named != null) {
            return named;
        }
        return label.matches("(?iu).*(заместител|министр|начальник|руководител|председател|директор|глав).*") ? issuer : null;
    }

    private static DecisionDraft.Point point(DraftItem item, ScheduleContext context, Territory place, List<DraftWarning> warnings) {
        String text = item.text();
        String deadline = item.deadline;
        if (deadline == null) {
            var inText = Patterns.DEADLINE_IN_TEXT.matcher(text);
            if (inText.matches()) {
                text = inText.group(1).strip();
                deadline = inText.group(2).strip();
                item.deadline = deadline;
            }
        }
        if (deadline == null) {
            var ending = Patterns.DEADLINE_ENDING.matcher(text);
            if (ending.matches()) {
                deadline = ending.group(1).strip();
                item.deadline = deadline;
            }
        }
        Schedule schedule = deadline == null ? null : ScheduleParser.parse(deadline, context);
        List<Responsibles.Named> named = new ArrayList<>();
        Responsibles.addressee(text).ifPresent(named::add);
        if (item.responsible != null) {
            Responsibles.split(item.responsible).forEach(label -> named.add(Responsibles.withPerson(label)));
        }
        List<AssigneeInput> assignees = new ArrayList<>();
        for (Responsibles.Named a : named) {
            ResponsibleResolver.Resolution r = ResponsibleResolver.resolve(a.label(), place.region(), place.municipality(), null);
            assignees.add(new AssigneeInput(a.label(), a.person(), r.body() == null ? null : r.body().id, r.allSchools()));
            if (r.body() == null && !r.allSchools()) {
                warnings.add(Drafts.unresolved(item.number, a.label(), item.from));
            }
        }
        List<DecisionDraft.Point> children = new ArrayList<>();
        for (DraftItem child : item.children) {
            children.add(point(child, context, place, warnings));
        }
        return new DecisionDraft.Point(item.number, text, deadline, schedule, assignees, children, new SourceLines(item.from, item.to));
    }
}
