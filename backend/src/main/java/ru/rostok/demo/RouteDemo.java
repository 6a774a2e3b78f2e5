package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import ru.rostok.common.Subject;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.SchoolListEntry;
import ru.rostok.partnership.Partnership;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.route.IndividualRoute;
import ru.rostok.route.RouteStep;
import ru.rostok.route.StepKind;
import ru.rostok.route.StepStatus;
import ru.rostok.staff.Teacher;

/**
 * Individual routes in progress for the mathematics teachers of Lesosibirsk's ШНОР (the approved list of the demo): a course
 * of the regional institute, lessons of a mentor where the school has a partner, an open lesson, self-study on the ВПР; the
 * first steps done with reports, one overdue. Dates are counted from the day of seeding so that the routes are in progress.
 */
@ApplicationScoped
public class RouteDemo {
    private static final Logger LOG = Logger.getLogger(RouteDemo.class);
    static final String LESOSIBIRSK = "04722000";

    void seed() {
        if (IndividualRoute.count() > 0) {
            return;
        }
        Set<Long> lowResults = SchoolList.<SchoolList>list("status = ?1 and kind = ?2", SchoolList.Status.APPROVED, ListKind.LOW_RESULTS).stream()
                .flatMap(l -> SchoolListEntry.<SchoolListEntry>list("listId = ?1 and included = true", l.id).stream())
                .map(e -> e.schoolId).collect(Collectors.toSet());
        List<Teacher> teachers = Teacher.<Teacher>list("from Teacher t join fetch t.school s where s.municipality.oktmo = ?1 and t.archivedOn is null"
                + " order by s.shortName, t.id", LESOSIBIRSK).stream()
                .filter(t -> lowResults.contains(t.school.id) && t.subjects.contains(Subject.MATHEMATICS.name()))
                .toList();
        LocalDate today = LocalDate.now();
        List<Long> schoolsDone = new ArrayList<>();
        int count = 0;
        for (Teacher t : teachers) {
            if (schoolsDone.contains(t.school.id) || count == 3) {
                continue; // one teacher a school, three routes in all
            }
            schoolsDone.add(t.school.id);
            route(t, mentor(t), today.minusDays(60 + 10L * count), count == 0).persist();
            count++;
        }
        LOG.infof("Demo routes: %d individual routes of Lesosibirsk's ШНОР mathematics teachers", count);
    }

    /** The best mathematics teacher of a school in partnership (not closed) with the teacher's school; none without one. */
    private static Teacher mentor(Teacher t) {
        Set<Long> partners = Partnership.<Partnership>list("(weakSchool.id = ?1 or partnerSchool.id = ?1) and status <> ?2", t.school.id,
                PartnershipStatus.CLOSED).stream().map(p -> p.weakSchool.id.equals(t.school.id) ? p.partnerSchool.id : p.weakSchool.id)
                .collect(Collectors.toSet());
        if (partners.isEmpty()) {
            return null;
        }
        return Teacher.<Teacher>list("from Teacher m join fetch m.school where m.school.id in ?1 and m.archivedOn is null", partners).stream()
                .filter(m -> m.subjects.contains(Subject.MATHEMATICS.name()))
                .max(Comparator.<Teacher, Integer>comparing(m -> m.category.ordinal()).thenComparing(m -> m.experienceYears == null ? 0 : m.experienceYears))
                .orElse(null);
    }

    private static IndividualRoute route(Teacher t, Teacher mentor, LocalDate start, boolean withOverdue) {
        IndividualRoute r = new IndividualRoute();
        r.teacher = t;
        r.title = "ИОМ по математике: решение текстовых задач и геометрия";
        r.startsOn = start;
        r.endsOn = start.plusMonths(8);
        step(r, StepKind.COURSE, "Курс «Методика обучения решению текстовых задач» (КИПК, 36 ч.)", "Текстовые задачи", start.plusDays(30),
                "Курс пройден, удостоверение о повышении квалификации получено; разработаны 3 урока по решению задач на движение");
        if (mentor != null) {
            step(r, StepKind.MENTORING, "Посещение уроков наставника", "Текстовые задачи", LocalDate.now().plusDays(20), null).mentor = mentor;
        }
        step(r, StepKind.SELF_STUDY, "Самообразование: разбор заданий ВПР", "Геометрические задачи",
                withOverdue ? LocalDate.now().minusDays(5) : LocalDate.now().plusDays(12), null);
        step(r, StepKind.OPEN_LESSON, "Открытый урок по теме «Площади фигур»", "Площади фигур", LocalDate.now().plusDays(75), null);
        return r;
    }

    private static RouteStep step(IndividualRoute r, StepKind kind, String text, String topic, LocalDate due, String report) {
        RouteStep s = new RouteStep();
        s.route = r;
        s.position = r.steps.size();
        s.kind = kind;
        s.text = text;
        s.topic = topic;
        s.due = due;
        if (report != null) {
            s.status = StepStatus.DONE;
            s.report = report;
            s.reportedOn = due.minusDays(2);
        }
        r.steps.add(s);
        return s;
    }
}
