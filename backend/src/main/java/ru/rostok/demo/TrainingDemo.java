package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.logging.Logger;
import ru.rostok.common.Subject;
import ru.rostok.staff.Teacher;
import ru.rostok.training.TeacherTraining;
import ru.rostok.training.TrainingFormat;
import ru.rostok.training.TrainingStatus;

/**
 * Further training of the demo schools' teachers: some completed in 2024–2026 with the certificate's number, some planned
 * for 2027, the rest left as they are, so that each school has teachers whose three-year cycle has run out. Federal
 * courses of the Academy of the Ministry and the programmes of each demo region's institute.
 */
@ApplicationScoped
public class TrainingDemo {
    private static final Logger LOG = Logger.getLogger(TrainingDemo.class);
    private static final String ACADEMY = "ФГАОУ ДПО «Академия Минпросвещения России»";

    /** The regional institute of further training, by region code. */
    private static final Map<String, String> INSTITUTES = Map.of(
            "91", "ГБОУ ДПО РК «Крымский республиканский институт постдипломного педагогического образования» (КРИППО)",
            "24", "КГАУ ДПО «Красноярский краевой институт повышения квалификации и профессиональной переподготовки работников образования» (ККИПК)",
            "39", "ГАУ КО «Институт развития образования» (КОИРО)",
            "51", "ГАУДПО МО «Институт развития образования» (ИРО Мурманской области)");

    record Course(String programme, boolean federal, int hours, TrainingFormat format, Subject subject) {
    }

    private static final List<Course> COURSES = List.of(
            new Course("Школа современного учителя математики", true, 36, TrainingFormat.DISTANCE, Subject.MATHEMATICS),
            new Course("Школа современного учителя русского языка и литературы", true, 36, TrainingFormat.DISTANCE, Subject.RUSSIAN),
            new Course("Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя", true, 36, TrainingFormat.DISTANCE, null),
            new Course("Формирование функциональной грамотности обучающихся", false, 72, TrainingFormat.BLENDED, null),
            new Course("Подготовка обучающихся к ГИА: содержание и методика", false, 36, TrainingFormat.IN_PERSON, null),
            new Course("Инклюзивное образование обучающихся с ОВЗ в общеобразовательной школе", false, 72, TrainingFormat.BLENDED, null));

    void seed() {
        if (TeacherTraining.count() > 0) {
            return;
        }
        int count = 0;
        List<Teacher> teachers = Teacher.list("from Teacher t join fetch t.school s join fetch s.municipality m join fetch m.region "
                + "where t.archivedOn is null order by s.id, t.id");
        Long school = null;
        int index = 0;
        for (Teacher t : teachers) {
            index = t.school.id.equals(school) ? index + 1 : 0;
            school = t.school.id;
            Random random = new Random(t.id * 31 + index);
            switch (index % 5) {
                case 0, 2 -> { // completed in 2024–2026
                    int year = 2024 + random.nextInt(3);
                    LocalDate starts = LocalDate.of(year, 2 + random.nextInt(8), 1 + random.nextInt(20));
                    add(t, course(t, random), starts, TrainingStatus.COMPLETED, random);
                    count++;
                }
                case 1 -> { // planned for 2027
                    add(t, course(t, random), LocalDate.of(2027, 2 + random.nextInt(4), 1 + random.nextInt(20)), TrainingStatus.PLANNED, random);
                    count++;
                }
                default -> {
                    // nothing in Rostok: what the school reported stands
                }
            }
        }
        LOG.infof("Demo further training: %d courses", count);
    }

    private static Course course(Teacher t, Random random) {
        if (t.subjects.contains(Subject.MATHEMATICS.name())) {
            return COURSES.get(0);
        }
        if (t.subjects.contains(Subject.RUSSIAN.name())) {
            return COURSES.get(1);
        }
        return COURSES.get(2 + random.nextInt(COURSES.size() - 2));
    }

    private static void add(Teacher t, Course c, LocalDate starts, TrainingStatus status, Random random) {
        TeacherTraining tt = new TeacherTraining();
        tt.teacher = t;
        tt.programme = c.programme();
        tt.provider = c.federal() ? ACADEMY : INSTITUTES.getOrDefault(t.school.municipality.region.code, ACADEMY);
        tt.hours = c.hours();
        tt.format = c.format();
        tt.subject = c.subject() == null ? null : c.subject().name();
        tt.startsOn = starts;
        tt.endsOn = starts.plusDays(c.hours() / 6 + 4L);
        tt.status = status;
        if (status == TrainingStatus.COMPLETED) {
            tt.completedOn = tt.endsOn;
            tt.documentNumber = String.format("%s%d%06d", t.school.municipality.region.code, tt.completedOn.getYear(), 100000 + random.nextInt(900000));
        }
        tt.persist();
    }
}
