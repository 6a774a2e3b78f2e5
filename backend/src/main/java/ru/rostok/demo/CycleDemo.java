package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.jboss.logging.Logger;
import ru.rostok.body.Body;
import ru.rostok.common.schedule.ScheduleContext;
import ru.rostok.common.schedule.ScheduleParser;
import ru.rostok.recommendation.Recommendation;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.MeasureResponsible;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.territory.Municipality;

/**
 * What makes Kerch's management cycle more than crosses in the demo: a municipal roadmap in force for 2026–2027 (the
 * seed's plan of 2020–2022 has ended), one measure reported done by its date and one due next year, and two
 * recommendations, one reported on. Feodosia beside it has only its monitoring: the matrix shows the difference.
 */
@ApplicationScoped
public class CycleDemo {
    private static final Logger LOG = Logger.getLogger(CycleDemo.class);
    static final String KERCH = "35715000";
    static final String KERCH_AUTHORITY = "9135216258";
    static final String TITLE = "План мероприятий («дорожная карта») по переводу общеобразовательных организаций с низкими "
            + "образовательными результатами в эффективный режим работы на 2026–2027 годы";

    void seed() {
        Municipality kerch = Municipality.findByOktmo(KERCH).orElse(null);
        Body authority = Body.findByInn(KERCH_AUTHORITY).orElse(null);
        if (kerch == null || authority == null || Roadmap.count("title", TITLE) > 0) {
            return;
        }
        Roadmap r = new Roadmap();
        r.title = TITLE;
        r.level = RoadmapLevel.MUNICIPALITY;
        r.region = kerch.region;
        r.municipality = kerch;
        r.ownerBody = authority;
        r.periodFrom = LocalDate.of(2026, 1, 1);
        r.periodTo = LocalDate.of(2027, 12, 31);
        r.approvalKind = ApprovalKind.ORDER;
        r.approvalNumber = "41";
        r.approvalDate = LocalDate.of(2026, 1, 20);
        r.approvalIssuer = "Управление образования Администрации города Керчи";
        r.abbreviations = Map.of();
        r.status = RoadmapStatus.IN_PROGRESS;
        r.persist();
        ScheduleContext context = ScheduleContext.ofPlan(r.approvalDate, r.periodFrom, r.periodTo);
        Measure seminar = measure(r, 1, "Проведение муниципального семинара по обмену опытом работы школ с низкими образовательными результатами",
                "до 1 октября 2026 г.", context, authority);
        measure(r, 2, "Анализ результатов ВПР школ с низкими образовательными результатами и корректировка планов их работы",
                "до 1 июня 2027 г.", context, authority);
        MeasureReport report = new MeasureReport();
        report.measureId = seminar.id;
        report.occurrenceDue = seminar.schedule.dueDates(r.periodFrom, r.periodTo).get(0);
        report.author = "coord.kerch";
        report.reportedAt = OffsetDateTime.of(2026, 9, 28, 12, 0, 0, 0, ZoneOffset.ofHours(3));
        report.text = "Семинар проведён 25.09.2026 на базе МБОУ «Гимназия № 2», участвовали 18 школ";
        report.statusFrom = MeasureStatus.PLANNED;
        report.statusTo = MeasureStatus.DONE;
        report.persist();
        seminar.status = MeasureStatus.DONE;

        recommendation(kerch, "Организовать адресную методическую помощь учителям математики школ с низкими результатами по итогам ВПР",
                LocalDate.of(2026, 10, 30), "Проведены 4 выездных консультации ИМЦ, составлены индивидуальные образовательные маршруты 9 учителей");
        recommendation(kerch, "Закрепить за каждой школой с низкими результатами школу-партнёра с высокими результатами",
                LocalDate.of(2027, 2, 1), null);
        LOG.info("Demo cycle: Kerch's roadmap for 2026–2027 and two recommendations");
    }

    private static Measure measure(Roadmap r, int number, String text, String deadline, ScheduleContext context, Body authority) {
        Measure m = new Measure();
        m.roadmap = r;
        m.number = String.valueOf(number);
        m.position = number;
        m.text = text;
        m.deadlineText = deadline;
        m.schedule = ScheduleParser.parse(deadline, context);
        MeasureResponsible responsible = new MeasureResponsible();
        responsible.measure = m;
        responsible.position = 1;
        responsible.label = "Управление образования Администрации города Керчи";
        responsible.body = authority;
        m.responsible.add(responsible);
        m.persist();
        return m;
    }

    private static void recommendation(Municipality m, String text, LocalDate deadline, String report) {
        Recommendation r = new Recommendation();
        r.region = m.region;
        r.municipality = m;
        r.addresseeKind = Recommendation.Addressee.MUNICIPALITY;
        r.basisKind = Recommendation.Basis.OTHER;
        r.basis = "Итоги мониторинга по выявлению ШНОР";
        r.text = text;
        r.deadline = deadline;
        r.issuedBy = "analyst.crimea";
        if (report != null) {
            r.status = Recommendation.Status.DONE;
            r.acceptedBy = "coord.kerch";
            r.acceptedAt = OffsetDateTime.of(2026, 9, 1, 10, 0, 0, 0, ZoneOffset.ofHours(3));
            r.report = report;
            r.reportedBy = "coord.kerch";
            r.reportedAt = OffsetDateTime.of(2026, 10, 20, 10, 0, 0, 0, ZoneOffset.ofHours(3));
        }
        r.persist();
    }
}
