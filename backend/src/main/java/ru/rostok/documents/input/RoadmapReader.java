package ru.rostok.documents.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.rostok.body.Body;
import ru.rostok.body.service.ResponsibleResolver;
import ru.rostok.common.Text;
import ru.rostok.common.schedule.DocumentChecks;
import ru.rostok.common.schedule.ScheduleContext;
import ru.rostok.common.schedule.ScheduleParser;
import ru.rostok.documents.service.DraftWarning;
import ru.rostok.documents.service.RoadmapDraft;
import ru.rostok.documents.service.SourceLines;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.service.RoadmapInput.ResponsibleInput;

/**
 * A roadmap from its text: the table of measures, the plan's title above it, the document that approves it (an order
 * or a resolution before the plan, or the «УТВЕРЖДЕН приказом … от … № …» stamp), the period from the title
 * («на 2021-2023 годы») and the abbreviations listed under it.
 */
public final class RoadmapReader {
    private static final Pattern PERIOD = Pattern.compile("(?:на|в)\\s+(?:период\\s+)?(?:с\\s+)?(\\d{4})\\s*(?:г\\.?\\s*)?(?:[-–—]|по|до)\\s*(\\d{4})"
            + "|на\\s+(\\d{4})\\s*(?:год|г\\.)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // UNICODE_CHARACTER_CLASS: since JDK 19 \b follows \w, which is ASCII-only without it: a Cyrillic word had no end
    private static final Pattern APPROVED = Pattern.compile("^утвержд[её]н[аоы]?\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern APPROVED_BY = Pattern.compile("(приказом|постановлением|решением|протоколом|распоряжением)\\s+(.+?)\\s+от\\s", Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern ABBREVIATIONS = Pattern.compile("^(?:используемые\\s+|список\\s+)?сокращени[яй]", Pattern.UNICODE_CASE);
    private static final Pattern ABBREVIATION = Pattern.compile("^([^\\s–—-][^–—-]{0,40}?)\\s+[–—-]\\s+(\\S.{1,300})$");
    private static final Pattern PLAN_TITLE = Pattern.compile("(план|дорожн|программ)", Pattern.UNICODE_CASE);

    private RoadmapReader() {
    }

    public static Optional<Drafted<RoadmapDraft>> read(SourceText source, DraftPlaces places, Long schoolId) {
        List<SourceLine> lines = source.lines();
        MeasureTable table = MeasureTable.find(lines);
        if (table.rows.isEmpty()) {
            return Optional.empty();
        }
        int tableStart = table.headerIndex >= 0 ? table.headerIndex : table.firstIndex;
        List<SourceLine> before = lines.subList(0, tableStart);
        int operative = DecisionReader.operativeLine(before);
        Header header = operative >= 0 ? Header.read(lines, operative) : Header.read(lines, 0);
        String controller = null;
        int orderEnd = 0;
        if (operative >= 0 && Patterns.endsWithOperative(lines.get(operative).text())) {
            PointReader order = new PointReader(lines, ScheduleContext.ofDocument(header.date())).read(operative + 1, tableStart);
            orderEnd = order.end;
            for (DraftItem p : order.all) {
                Optional<String> named = Responsibles.controlledBy(p.text());
                if (named.isPresent()) {
                    controller = named.get();
                } else if (Responsibles.keepsControl(p.text())) {
                    controller = signature(lines, order.end, tableStart);
                }
            }
        }
        List<Paragraph> between = Paragraph.of(lines, orderEnd, tableStart);
        Paragraph stamp = between.stream().filter(p -> APPROVED.matcher(Text.fold(p.text())).find()).findFirst().orElse(null);
        Paragraph titled = null;
        for (Paragraph p : between) {
            if (p != stamp && PLAN_TITLE.matcher(Text.fold(p.text())).find() && !Patterns.isSignature(p.text())) {
                titled = p;
            }
        }
        String title = titled != null ? titled.text() : header.title();
        if (operative >= 0 && (title == null || !PLAN_TITLE.matcher(Text.fold(title)).find())) {
            return Optional.empty(); // a decision whose points are laid out as a table
        }
        ApprovalKind approvalKind = header.kind() == null ? null : ApprovalKind.valueOf(header.kind().name());
        LocalDate approvalDate = header.date();
        String approvalNumber = header.number();
        String approvalIssuer = header.issuer();
        if (stamp != null) {
            String folded = Text.fold(stamp.text());
            Matcher by = APPROVED_BY.matcher(folded);
            if (approvalKind == null && by.find()) {
                approvalKind = switch (by.group(1)) {
                    case "приказом", "распоряжением" -> ApprovalKind.ORDER;
                    case "постановлением" -> ApprovalKind.RESOLUTION;
                    case "протоколом" -> ApprovalKind.PROTOCOL;
                    default -> ApprovalKind.COLLEGIUM_DECISION;
                };
            }
            approvalDate = approvalDate != null ? approvalDate : Patterns.date(stamp.text()).orElse(null);
            approvalNumber = approvalNumber != null ? approvalNumber : Patterns.number(stamp.text()).orElse(null);
        }
        String placeText = String.join(" ", DecisionReader.headerText(header), title == null ? "" : title, stamp == null ? "" : stamp.text());
        Territory place = places.find(placeText);
        LocalDate[] period = period(title);
        Map<String, String> abbreviations = abbreviations(lines, table.lastIndex + 1);
        ScheduleContext context = ScheduleContext.ofPlan(approvalDate, period[0], period[1]);
        List<DraftWarning> warnings = new ArrayList<>();
        List<RoadmapDraft.Measure> measures = new ArrayList<>();
        List<DocumentChecks.Item> checked = new ArrayList<>();
        List<DraftItem> items = new ArrayList<>();
        for (MeasureTable.Row row : table.rows) {
            String deadline = row.deadline.isEmpty() ? null : Patterns.spaces(row.deadline.toString());
            List<ResponsibleInput> responsible = new ArrayList<>();
            for (String label : Responsibles.split(row.responsible.toString())) {
                ResponsibleResolver.Resolution r = places.resolve(label, place, abbreviations);
                responsible.add(new ResponsibleInput(label, r.body() == null ? null : r.body().id, r.allSchools()));
                if (r.body() == null && !r.allSchools()) {
                    warnings.add(Drafts.unresolved(row.number, label, row.from));
                }
            }
            measures.add(new RoadmapDraft.Measure(row.number, Patterns.spaces(row.text.toString()), deadline,
                    deadline == null ? null : ScheduleParser.parse(deadline, context),
                    row.result.isEmpty() ? null : Patterns.spaces(row.result.toString()), responsible, new SourceLines(row.from, row.to)));
            checked.add(new DocumentChecks.Item(row.number, deadline, deadline == null ? null : ScheduleParser.parse(deadline, context)));
            DraftItem item = new DraftItem(row.number, null, false, "", row.from);
            item.to = row.to;
            items.add(item);
        }
        Drafts.addChecks(warnings, DocumentChecks.check(checked, approvalDate), items);
        Drafts.addMissing(warnings, place, approvalDate, approvalNumber,
                period[0] == null ? "Период плана не найден в его названии: укажите начало и окончание" : null);
        RoadmapLevel level = schoolId != null ? RoadmapLevel.SCHOOL : place.municipality() != null ? RoadmapLevel.MUNICIPALITY : RoadmapLevel.REGION;
        Body owner = place.region() == null || schoolId != null ? null
                : places.resolve(place.municipality() != null ? "орган управления образованием" : "министерство образования", place, null).body();
        int headerTo = lines.get(tableStart).number();
        return Optional.of(new Drafted<>(new RoadmapDraft(title, level, owner == null ? null : owner.id, place.regionId(), place.municipalityId(),
                schoolId, period[0], period[1], approvalKind, approvalNumber, approvalDate, approvalIssuer, controller, abbreviations, measures,
                new SourceLines(1, headerTo)), warnings));
    }

    /** «на 2021-2023 годы», «на период с 2020 по 2022 годы», «на 2023 год» → from 1 January to 31 December. */
    static LocalDate[] period(String title) {
        if (title == null) {
            return new LocalDate[2];
        }
        Matcher m = PERIOD.matcher(title);
        if (!m.find()) {
            return new LocalDate[2];
        }
        int from = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
        int to = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        return to < from || to - from > 10 ? new LocalDate[2] : new LocalDate[] {LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)};
    }

    /** The signatory of an order that keeps control for itself: the lines after its last point, up to the plan. */
    private static String signature(List<SourceLine> lines, int from, int to) {
        List<String> parts = new ArrayList<>();
        for (int i = from; i < to && parts.size() < 4; i++) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            if (t.length() > 60 || APPROVED.matcher(Text.fold(t)).find() || lines.get(i).isRow()) {
                break;
            }
            parts.add(t);
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** «Используемые сокращения:» and the lines «ИМЦ – муниципальное учреждение …» under it. */
    private static Map<String, String> abbreviations(List<SourceLine> lines, int from) {
        Map<String, String> found = new LinkedHashMap<>();
        boolean inList = false;
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            if (ABBREVIATIONS.matcher(Text.fold(t)).find()) {
                inList = true;
                continue;
            }
            Matcher m = ABBREVIATION.matcher(t.strip());
            if (inList && m.matches()) {
                found.put(m.group(1).strip(), m.group(2).strip());
            } else if (inList) {
                break;
            }
        }
        return found;
    }
}
