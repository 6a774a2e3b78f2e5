package ru.rostok.documents.output;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rostok.analysis.RunSummary;
import ru.rostok.analysis.engine.Position;
import ru.rostok.analysis.service.AnalysisRunSummaryView;
import ru.rostok.analysis.service.AnalysisRunView;
import ru.rostok.analysis.service.AnalysisSchoolRowView;
import ru.rostok.analysis.service.AnalysisSchoolView;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.monitoring.service.CampaignService;
import ru.rostok.monitoring.service.CampaignView;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.partnership.service.PartnershipService;
import ru.rostok.partnership.service.PartnershipView;

/**
 * The information letter on a campaign's results (seed 004): the campaign and the order it rests on, each school's weak
 * and strong positions from the campaign's latest analysis, the partner schools chosen, and what is asked of whom by when.
 */
@ApplicationScoped
public class CampaignLetterDocument {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    CampaignService campaigns;

    @Inject
    AnalysisService analyses;

    @Inject
    PartnershipService partnerships;

    /** The letter on a campaign the caller sees (404 otherwise) that has been analysed (409 otherwise). */
    public OfficialDocument of(long id) {
        CampaignView campaign = campaigns.get(id).orElseThrow(() -> ApiException.notFound("monitoring.campaignNotFound", id));
        AnalysisRunSummaryView latest = analyses.runs(id).stream().findFirst()
                .orElseThrow(() -> ApiException.conflict("documents.letterNeedsAnalysis", campaign.name()));
        AnalysisRunView run = analyses.get(latest.id());
        List<AnalysisSchoolRowView> rows = analyses.schools(run.id(), null, null, null, null, PageQuery.all()).items();
        Map<Long, AnalysisSchoolView> details = new HashMap<>();
        rows.stream().filter(r -> r.position() == Position.WEAK || r.position() == Position.STRONG)
                .forEach(r -> details.put(r.schoolId(), analyses.school(run.id(), r.schoolId())));
        Set<Long> schools = rows.stream().map(AnalysisSchoolRowView::schoolId).collect(Collectors.toSet());
        List<PartnershipView> partners = partnerships.list(null, null, null, PageQuery.all()).items().stream()
                .filter(p -> p.status() != PartnershipStatus.CLOSED && schools.contains(p.weakSchoolId())).toList();
        return compose(campaign, run, rows, details, partners, LocalDate.now(MOSCOW));
    }

    static OfficialDocument compose(CampaignView c, AnalysisRunView run, List<AnalysisSchoolRowView> rows,
                                    Map<Long, AnalysisSchoolView> details, List<PartnershipView> partners, LocalDate today) {
        var doc = new OfficialDocument.Builder("Информационное-письмо-мониторинг-" + c.id() + "-" + Dates.safe(c.academicYear()));
        List<String> place = new ArrayList<>();
        place.add(c.municipalityName() != null ? c.municipalityName() : c.regionName());
        doc.add(new OfficialDocument.Issuer(List.of(c.orderBodyName().toUpperCase(Locale.ROOT)), place));
        doc.add(new OfficialDocument.DateNumber("от " + Dates.of(today), "№ ____"));
        doc.add(new OfficialDocument.Heading("Информационное письмо"));
        doc.add(new OfficialDocument.Title("по итогам мониторинга «" + c.name() + "» (" + c.academicYear() + " учебный год)"));
        Map<String, String> names = run.indicators().stream()
                .collect(Collectors.toMap(RunSummary.IndicatorRef::code, RunSummary.IndicatorRef::name, (a, b) -> a));
        Map<Position, Long> counts = rows.stream().collect(Collectors.groupingBy(AnalysisSchoolRowView::position, Collectors.counting()));
        doc.body("Мониторинг проведен в соответствии с приказом " + c.orderBodyName() + " от " + Dates.of(c.orderDate()) + " № "
                + c.orderNumber() + ", которым утверждены показатели мониторинга (" + run.indicators().size() + "). Данные представлены "
                + "общеобразовательными организациями в период с " + Dates.of(c.opensOn()) + " по " + Dates.of(c.closesOn()) + ".");
        doc.body("На основании представленных общеобразовательными организациями данных выполнены их обработка и интерпретация "
                + "(анализ от " + Dates.of(run.createdAt().atZoneSameInstant(MOSCOW).toLocalDate()) + ", организаций: " + rows.size()
                + "): высокие позиции — " + counts.getOrDefault(Position.STRONG, 0L) + ", средние — " + counts.getOrDefault(Position.MIDDLE, 0L)
                + ", слабые позиции — " + counts.getOrDefault(Position.WEAK, 0L) + ", недостаточно данных — "
                + counts.getOrDefault(Position.INSUFFICIENT_DATA, 0L) + ".");

        Map<Long, List<PartnershipView>> partnersOf = partners.stream().collect(Collectors.groupingBy(PartnershipView::weakSchoolId));
        List<AnalysisSchoolRowView> weak = ranked(rows, Position.WEAK);
        doc.add(OfficialDocument.Text.strong("1. Общеобразовательные организации, показавшие слабые позиции"));
        if (weak.isEmpty()) {
            doc.body("Организаций со слабыми позициями нет.");
        } else {
            List<List<String>> table = new ArrayList<>();
            int n = 0;
            for (AnalysisSchoolRowView r : weak) {
                AnalysisSchoolView d = details.get(r.schoolId());
                table.add(List.of(++n + ".", r.schoolName(), r.municipalityName(), indicators(d == null ? null : d.weaknesses(), names),
                        indicators(d == null ? null : d.strengths(), names),
                        String.join("\n", partnersOf.getOrDefault(r.schoolId(), List.of()).stream()
                                .map(p -> p.partnerSchoolName() + " (" + p.status().label() + ")").toList())));
            }
            doc.add(new OfficialDocument.Table(List.of("№ п/п", "Организация", "Муниципальное образование", "Слабые позиции",
                    "Сильные позиции", "Школа-партнер"), table, new float[] {0.9f, 3.6f, 3.6f, 4.4f, 3.6f, 3.4f}));
        }
        List<AnalysisSchoolRowView> strong = ranked(rows, Position.STRONG);
        doc.add(OfficialDocument.Text.strong("2. Общеобразовательные организации, показавшие высокие позиции"));
        if (strong.isEmpty()) {
            doc.body("Организаций с высокими позициями нет.");
        } else {
            List<List<String>> table = new ArrayList<>();
            int n = 0;
            for (AnalysisSchoolRowView r : strong) {
                AnalysisSchoolView d = details.get(r.schoolId());
                table.add(List.of(++n + ".", r.schoolName(), r.municipalityName(), indicators(d == null ? null : d.strengths(), names)));
            }
            doc.add(new OfficialDocument.Table(List.of("№ п/п", "Организация", "Муниципальное образование", "Сильные позиции"),
                    table, new float[] {0.9f, 5, 3.6f, 8}));
        }

        doc.add(OfficialDocument.Text.strong("3. Что необходимо сделать"));
        doc.body("Общеобразовательным организациям рекомендуется изучить результаты мониторинга; при необходимости внести коррективы "
                + "в школьные программы по повышению качества образования, планы внутришкольного контроля, ВСОКО.");
        doc.body("Школам, показавшим слабые позиции, рекомендуется выбрать школу – партнера из школ с высокими позициями и заключить "
                + "договорные отношения по оказанию экспертной, методической, организационной поддержки.");
        LocalDate planDue = partners.stream().map(PartnershipView::planDue).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
        doc.body("Планы взаимодействия необходимо подготовить " + (planDue == null ? "в течение двух недель" : "до " + Dates.of(planDue))
                + " и направить для согласования в муниципальный методический центр.");
        doc.body("Методическому центру составить общий план взаимодействия образовательных организаций по повышению качества "
                + "образования и представить его для утверждения в " + c.orderBodyName()
                + (planDue == null ? "." : " до " + Dates.of(planDue.plusDays(5)) + "."));
        doc.add(new OfficialDocument.Signature("Руководитель", ""));
        return doc.build();
    }

    private static List<AnalysisSchoolRowView> ranked(List<AnalysisSchoolRowView> rows, Position position) {
        return rows.stream().filter(r -> r.position() == position)
                .sorted(Comparator.comparing((AnalysisSchoolRowView r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                        .thenComparing(AnalysisSchoolRowView::schoolName)).toList();
    }

    private static String indicators(List<String> codes, Map<String, String> names) {
        if (codes == null || codes.isEmpty()) {
            return "—";
        }
        return String.join("; ", codes.stream().map(code -> names.getOrDefault(code, code)).toList());
    }
}
