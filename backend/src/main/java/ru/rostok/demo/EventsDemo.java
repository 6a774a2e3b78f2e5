package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import ru.rostok.common.WorkKind;
import ru.rostok.control.Assignment;
import ru.rostok.event.WorkEvent;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.school.School;

/**
 * The events of the work in the demo (seed 002: «собеседования с руководителями», «выезд в ОО … посещение уроков»,
 * семинары): on Kerch's roadmap for 2026–2027 the seminar it reported, a visit to School № 1 with the lessons observed
 * and an interview with its head. The measures' and points' kinds are read from their texts, as an import does.
 */
@ApplicationScoped
public class EventsDemo {
    private static final Logger LOG = Logger.getLogger(EventsDemo.class);
    static final String KERCH_SCHOOL_1 = "9189294439";
    static final String KERCH_GYMNASIUM_2 = "9135175940";

    void seed() {
        Measure.<Measure>list("kind", WorkKind.OTHER).forEach(m -> m.kind = WorkKind.guess(m.text));
        Assignment.<Assignment>list("kind", WorkKind.OTHER).forEach(a -> a.kind = WorkKind.guess(a.text));
        Roadmap plan = Roadmap.<Roadmap>find("title", CycleDemo.TITLE).firstResult();
        School school1 = School.<School>find("inn", KERCH_SCHOOL_1).firstResult();
        School gymnasium = School.<School>find("inn", KERCH_GYMNASIUM_2).firstResult();
        if (plan == null || school1 == null || gymnasium == null || WorkEvent.count() > 0) {
            return;
        }
        List<Measure> measures = plan.measures();
        Measure seminar = measures.get(0);
        Measure analysis = measures.get(1);
        WorkEvent held = event(plan, seminar, WorkKind.SEMINAR, LocalDate.of(2026, 9, 25), "МБОУ «Гимназия № 2», г. Керчь",
                "Обсудили опыт гимназии в подготовке к ВПР; школам с низкими результатами предложены наставники из гимназии",
                List.of(gymnasium, school1));
        held.occurrenceDue = seminar.schedule.dueDates(plan.periodFrom, plan.periodTo).get(0);
        participant(held, "директор", 18, null);
        participant(held, "заместитель директора", 22, null);
        held.persist();

        WorkEvent visit = event(plan, analysis, WorkKind.VISIT, LocalDate.of(2026, 10, 14), "МБОУ «Школа № 1», г. Керчь",
                "Проверена работа по устранению пробелов, выявленных ВПР по математике в 5–6 классах", List.of(school1));
        visit.lessonsObserved = 4;
        visit.conclusions = "Учителям математики рекомендовано использовать задания ВПР на уроках повторения; "
                + "повторное посещение — в феврале 2027 г.";
        participant(visit, "заместитель директора", 1, null);
        participant(visit, "учитель математики", 3, null);
        participant(visit, "методист ИМЦ", null, "Сидорова О.В.");
        visit.persist();

        WorkEvent interview = event(plan, analysis, WorkKind.INTERVIEW, LocalDate.of(2026, 11, 18), "Управление образования г. Керчи",
                "Директор представил план коррекции по итогам ВПР; сроки согласованы", List.of(school1));
        participant(interview, "директор", 1, null);
        interview.persist();
        LOG.info("Demo events: a seminar, a visit and an interview on Kerch's roadmap");
    }

    private static WorkEvent event(Roadmap plan, Measure m, WorkKind kind, LocalDate heldOn, String place, String findings,
                                   List<School> schools) {
        WorkEvent e = new WorkEvent();
        e.regionId = plan.region.id;
        e.municipalityId = plan.municipality.id;
        e.measureId = m.id;
        e.kind = kind;
        e.heldOn = heldOn;
        e.place = place;
        e.findings = findings;
        e.createdBy = "coord.kerch";
        schools.forEach(s -> e.schoolIds.add(s.id));
        return e;
    }

    private static void participant(WorkEvent e, String role, Integer count, String name) {
        WorkEvent.Participant p = new WorkEvent.Participant();
        p.role = role;
        p.count = count;
        p.name = name;
        e.participants.add(p);
    }
}
