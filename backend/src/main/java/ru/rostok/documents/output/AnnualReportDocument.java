package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.rostok.common.ApiException;
import ru.rostok.common.WorkKind;
import ru.rostok.event.service.EventService;
import ru.rostok.event.service.EventView;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.service.MeasureReportService;
import ru.rostok.roadmap.service.MeasureReportView;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.roadmap.service.RoadmapView;
import ru.rostok.roadmap.service.RoadmapTargets;
import ru.rostok.monitoring.service.IndicatorActuals;
import ru.rostok.monitoring.service.TargetCheck;
import ru.rostok.deficit.service.DeficitCount;
import ru.rostok.deficit.service.DeficitSummaryService;
import ru.rostok.route.service.RouteList;
import ru.rostok.route.service.RouteSummary;
import ru.rostok.security.Place;
import ru.rostok.security.Scope;
import ru.rostok.training.service.TrainingSummary;
import ru.rostok.training.service.TrainingSummaryView;

/**
 * The annual analytical information on a roadmap (seed 003, п. 4.2: «не позднее 25 января года, следующего за
 * отчетным»; seed 002, item 19): every measure with its deadline, status, the year's reports and their evidence files,
 * the target indicators, and what was overdue and why.
 */
@ApplicationScoped
public class AnnualReportDocument {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    RoadmapService roadmaps;

    @Inject
    MeasureReportService reports;

    @Inject
    EventService events;

    @Inject
    Scope scope;

    @Inject
    DeficitSummaryService deficits;

    @Inject
    TrainingSummary trainings;

    @Inject
    RouteList routes;


    /** The report on the roadmap the caller sees (404 otherwise) for the year, by default the last finished one of its period. */
    public OfficialDocument of(long id, Integer year) {
        RoadmapView r = roadmaps.get(id);
        int reported = year(r, year, LocalDate.now(MOSCOW));
        Map<Long, List<MeasureReportView>> byMeasure = new LinkedHashMap<>();
        Map<Long, List<EventView>> held = new LinkedHashMap<>();
        for (RoadmapView.Measure m : r.measures()) {
            byMeasure.put(m.id(), reports.list(r.id(), m.id()).stream().filter(x -> inYear(x, reported)).toList());
            held.put(m.id(), events.ofMeasureInYear(r.id(), m.id(), reported));
        }
        OfficialDocument.Builder doc = compose(r, reported, byMeasure, held, roadmaps.targetsBeforeAndNow(r.id()), LocalDate.now(MOSCOW));
        List<String> teachers = teachers(r, reported);
        if (!teachers.isEmpty()) {
            doc.add(OfficialDocument.Text.strong(teachers.get(0)));
            teachers.subList(1, teachers.size()).forEach(doc::body);
        }
        doc.add(new OfficialDocument.Signature("Руководитель", ""));
        return doc.build();
    }

    /** The plan's territory, as the staff summaries take it (a school's plan by its municipality's figures for training and routes). */
    private List<String> teachers(RoadmapView r, int year) {
        Place place = new Place(r.regionId(), r.municipalityId(), r.schoolId());
        // teachers are personal data: only those who see the territory's staff get its figures (the plan's owner does)
        if (!scope.actsFor(place)) {
            return List.of();
        }
        DeficitCount assessed = (r.schoolId() != null ? deficits.summary(null, null, r.schoolId(), null)
                : r.municipalityId() != null ? deficits.summary(null, r.municipalityId(), null, null)
                : deficits.summary(r.regionId(), null, null, null)).all();
        TrainingSummaryView.Totals trained = trainings.of(r.regionId(), r.municipalityId(), year).total();
        RouteSummary.Counts routed = routes.summary(r.regionId(), r.municipalityId()).all();
        return teachersText(assessed, trained, routed, year, r.schoolId() != null);
    }

    static List<String> teachersText(DeficitCount assessed, TrainingSummaryView.Totals trained, RouteSummary.Counts routed, int year, boolean school) {
        List<String> lines = new ArrayList<>();
        lines.add("5. Педагогические кадры" + (school ? " (повышение квалификации и маршруты — по муниципальному образованию)" : ""));
        lines.add(assessed.assessed() == 0 ? "Диагностика профессиональных дефицитов педагогов не проводилась."
                : "Диагностика профессиональных дефицитов: оценено педагогов — " + assessed.assessed() + ", выявлены дефициты у "
                        + assessed.withDeficit() + " (" + percent(assessed.share()) + ").");
        lines.add("Повышение квалификации в " + year + " году: запланировано педагогов — " + trained.plannedTeachers() + " ("
                + trained.plannedHours() + " ч.), прошли обучение — " + trained.completedTeachers() + " (" + trained.completedHours() + " ч.).");
        lines.add("Индивидуальные образовательные маршруты: реализуются — " + routed.active() + ", завершены — " + routed.completed()
                + ", просрочено шагов — " + routed.stepsOverdue() + "; педагогов с дефицитами — " + routed.teachersWithDeficits()
                + ", из них с маршрутом — " + routed.teachersWithDeficitsAndRoute() + ".");
        return lines;
    }

    private static String percent(Double share) {
        return share == null ? "—" : String.valueOf(share).replace('.', ',').replaceAll(",0$", "") + " %";
    }

    /** The year asked for, which must lie in the plan's period; by default the last year of the period that has ended. */
    static int year(RoadmapView r, Integer asked, LocalDate today) {
        int first = r.periodFrom() == null ? Integer.MIN_VALUE : r.periodFrom().getYear();
        int last = r.periodTo() == null ? Integer.MAX_VALUE : r.periodTo().getYear();
        if (asked != null) {
            if (asked < first || asked > last) {
                throw ApiException.invalid("year", "documents.yearOutsidePlan", String.valueOf(asked), String.valueOf(first),
                        String.valueOf(last));
            }
            return asked;
        }
        int finished = Math.min(today.getYear() - 1, last);
        return first != Integer.MIN_VALUE ? Math.max(finished, first) : finished;
    }

    /** «12,35 (2019/2020)», or «нет данных». */
    static String text(IndicatorActuals.Actual a) {
        if (a == null || a.value() == null) {
            return "нет данных";
        }
        return a.value().setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',')
                + " (" + java.util.Objects.requireNonNullElse(a.academicYear(), "") + ")";
    }

    private static boolean inYear(MeasureReportView report, int year) {
        if (report.occurrenceDue() != null) {
            return report.occurrenceDue().getYear() == year;
        }
        return report.reportedAt() != null && report.reportedAt().atZoneSameInstant(MOSCOW).getYear() == year;
    }

    static OfficialDocument.Builder compose(RoadmapView r, int year, Map<Long, List<MeasureReportView>> reports, Map<Long, List<EventView>> events,
                                    RoadmapTargets.BeforeAndNow values, LocalDate today) {
        var doc = new OfficialDocument.Builder("Годовая-информация-дорожная-карта-" + r.id() + "-за-" + year);
        String owner = r.ownerBodyName() != null ? r.ownerBodyName() : r.municipalityName() != null ? r.municipalityName() : r.regionName();
        doc.add(new OfficialDocument.Issuer(List.of(owner.toUpperCase(Locale.ROOT)), List.of()));
        doc.add(new OfficialDocument.DateNumber(Dates.of(today), "№ ____"));
        doc.add(new OfficialDocument.Heading("Годовая аналитическая информация"));
        doc.add(new OfficialDocument.Title("о реализации «" + r.title() + "» за " + year + " год"));
        List<String> stamp = RoadmapDocument.approval(r);
        String approved = stamp.isEmpty() ? "" : " (утвержден " + String.join(" ", stamp.subList(1, stamp.size())) + ")";
        doc.body("Информация о реализации плана мероприятий" + approved + " за " + year + " год представляется не позднее 25 января "
                + (year + 1) + " года." + period(r));
        doc.body(summary(r));

        doc.add(OfficialDocument.Text.strong("1. Выполнение мероприятий"));
        List<List<String>> rows = new ArrayList<>();
        for (RoadmapView.Measure m : r.measures()) {
            rows.add(List.of(RoadmapDocument.numbered(m.number()), m.text(), RoadmapDocument.nonNull(m.deadlineText()),
                    String.join(", ", m.responsible().stream().map(RoadmapView.Responsible::label).toList()), status(m.status()),
                    reportsText(reports.getOrDefault(m.id(), List.of()))));
        }
        doc.add(new OfficialDocument.Table(List.of("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные", "Статус",
                "Отчеты и подтверждающие материалы"), rows, new float[] {0.9f, 4.2f, 2.6f, 3.2f, 2.8f, 4.4f}));

        doc.add(OfficialDocument.Text.strong("2. Целевые показатели"));
        List<List<String>> targets = new ArrayList<>();
        for (RoadmapView.Measure m : r.measures()) {
            for (TargetCheck t : m.indicators()) {
                targets.add(List.of(RoadmapDocument.numbered(m.number()), t.code() + " — " + t.name(),
                        t.targetValue() == null ? "—" : t.targetValue().stripTrailingZeros().toPlainString().replace('.', ',')
                                + (t.unit() == null ? "" : " " + t.unit()),
                        text(values.before().get(t.code())), text(values.now().get(t.code()))));
            }
        }
        if (targets.isEmpty()) {
            doc.body("Целевые показатели мероприятиям плана не назначены.");
        } else {
            doc.body("Значения — по общеобразовательной организации плана или медиана по общеобразовательным организациям плана "
                    + "(принятые данные) в последнем мониторинге до начала плана и в последнем проведенном мониторинге; в скобках — "
                    + "учебный год мониторинга.");
            doc.add(new OfficialDocument.Table(List.of("Мероприятие", "Показатель", "Целевое значение", "До начала плана", "Сейчас"), targets,
                    new float[] {1.6f, 7, 2.6f, 3.2f, 3.2f}));
        }

        doc.add(OfficialDocument.Text.strong("3. Мероприятия, не выполненные в срок"));
        int n = 0;
        for (RoadmapView.Measure m : r.measures()) {
            List<LocalDate> missed = missed(m, year);
            if (missed.isEmpty()) {
                continue;
            }
            n++;
            doc.point(RoadmapDocument.numbered(m.number()).replaceAll("\\.$", ""), m.text() + " — срок: " + RoadmapDocument.nonNull(m.deadlineText())
                    + " (" + String.join(", ", missed.stream().map(Dates::of).toList()) + "); статус: " + status(m.status())
                    + "; причина: " + reason(reports.getOrDefault(m.id(), List.of())));
        }
        if (n == 0) {
            doc.body("Просроченных мероприятий в " + year + " году нет.");
        }

        doc.add(OfficialDocument.Text.strong("4. Проведенные мероприятия (события)"));
        List<List<String>> held = new ArrayList<>();
        for (RoadmapView.Measure m : r.measures()) {
            for (EventView e : events.getOrDefault(m.id(), List.of())) {
                held.add(List.of(RoadmapDocument.numbered(m.number()), Dates.of(e.heldOn()), kind(e.kind()), RoadmapDocument.nonNull(e.place()),
                        String.join(", ", e.schools().stream().map(EventView.School::name).toList()), eventText(e)));
            }
        }
        if (held.isEmpty()) {
            doc.body("Событий по мероприятиям плана в " + year + " году не записано.");
        } else {
            doc.body("Всего событий: " + held.size() + ".");
            doc.add(new OfficialDocument.Table(List.of("Мероприятие", "Дата", "Вид", "Место", "Общеобразовательные организации",
                    "Итоги"), held, new float[] {1.4f, 2.2f, 2.4f, 3, 3.6f, 5.4f}));
        }
        return doc;
    }

    static String kind(WorkKind kind) {
        return switch (kind) {
            case MEETING -> "совещание";
            case INTERVIEW -> "собеседование";
            case SEMINAR -> "семинар";
            case VISIT -> "выезд в ОО";
            case COURSE -> "курсы";
            case DOCUMENT -> "документ";
            case MONITORING -> "мониторинг";
            case OTHER -> "другое";
        };
    }

    /** The findings, for a visit the lessons observed and the conclusions, and the participants by role. */
    static String eventText(EventView e) {
        List<String> parts = new ArrayList<>();
        if (e.findings() != null) {
            parts.add(e.findings());
        }
        if (e.lessonsObserved() != null) {
            parts.add("посещено уроков: " + e.lessonsObserved());
        }
        if (e.conclusions() != null) {
            parts.add("выводы: " + e.conclusions());
        }
        if (!e.participants().isEmpty()) {
            parts.add("участники: " + String.join(", ", e.participants().stream()
                    .map(p -> p.role() + (p.count() == null ? "" : " — " + p.count()) + (p.name() == null ? "" : " (" + p.name() + ")")).toList()));
        }
        e.files().forEach(f -> parts.add(f.name()));
        return parts.isEmpty() ? "—" : String.join("; ", parts);
    }

    private static String period(RoadmapView r) {
        if (r.periodFrom() == null || r.periodTo() == null) {
            return "";
        }
        return " Период реализации плана: " + r.periodFrom().getYear() + "–" + r.periodTo().getYear() + " годы.";
    }

    private static String summary(RoadmapView r) {
        Map<MeasureStatus, Long> counts = new LinkedHashMap<>();
        r.measures().forEach(m -> counts.merge(m.status(), 1L, Long::sum));
        long overdue = r.measures().stream().filter(RoadmapView.Measure::overdue).count();
        return "Всего мероприятий: " + r.measures().size() + "; из них " + String.join(", ", counts.entrySet().stream()
                .map(e -> status(e.getKey()) + " — " + e.getValue()).toList()) + "; просрочено на дату составления — " + overdue + ".";
    }

    /** The occurrences due in the year that were missed, or the measure's next due date if it is overdue and falls in the year. */
    static List<LocalDate> missed(RoadmapView.Measure m, int year) {
        List<LocalDate> missed = new ArrayList<>();
        if (m.occurrences() != null) {
            m.occurrences().stream().filter(o -> o.overdue() && o.due().getYear() == year).forEach(o -> missed.add(o.due()));
        }
        if (missed.isEmpty() && m.overdue() && m.nextDue() != null && m.nextDue().getYear() <= year) {
            missed.add(m.nextDue());
        }
        return missed;
    }

    private static String reason(List<MeasureReportView> reports) {
        return reports.stream().filter(x -> x.text() != null && !x.text().isBlank()).reduce((a, b) -> b)
                .map(MeasureReportView::text).orElse("отчет об исполнении не представлен");
    }

    private static String reportsText(List<MeasureReportView> reports) {
        if (reports.isEmpty()) {
            return "отчетов нет";
        }
        List<String> lines = new ArrayList<>();
        for (MeasureReportView x : reports) {
            StringBuilder line = new StringBuilder(Dates.of(x.reportedAt() == null ? null : x.reportedAt().toLocalDate()));
            if (x.schoolName() != null) {
                line.append(", ").append(x.schoolName());
            }
            String text = RoadmapDocument.nonNull(x.text()).strip();
            line.append(": ").append(text);
            if (x.files() != null && !x.files().isEmpty()) {
                line.append(text.isEmpty() || text.matches(".*[.!?]$") ? " " : ". ").append("Файлы: ").append(String.join(", ", x.files().stream().map(EvidenceFile.Info::name).toList())).append('.');
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    static String status(MeasureStatus status) {
        if (status == null) {
            return "";
        }
        return switch (status) {
            case PLANNED -> "запланировано";
            case IN_PROGRESS -> "выполняется";
            case DONE -> "выполнено";
            case PARTLY_DONE -> "выполнено частично";
            case NOT_DONE -> "не выполнено";
            case POSTPONED -> "перенесено";
            case CANCELLED -> "отменено";
        };
    }
}
