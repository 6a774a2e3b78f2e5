package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.logging.Logger;
import ru.rostok.common.Subject;
import ru.rostok.school.School;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.staff.Teacher;

/**
 * The teaching staff of the demo schools, as many teachers as each school reports. The surnames are invented and
 * plainly so («Задачкина», «Глобусов»): these are personal data in a real region, never to be mistaken for real people.
 * Categories and the last further training spread over the years, so that some fall due this year and next.
 */
@ApplicationScoped
public class StaffDemo {
    private static final Logger LOG = Logger.getLogger(StaffDemo.class);

    private static final String[] SURNAMES = {"Задачкин", "Глобусов", "Тетрадкин", "Линейкин", "Циркулев", "Указкин", "Чернилов",
        "Азбукин", "Грамотеев", "Диктантов", "Формулин", "Дробников", "Уравненский", "Букварёв", "Пеналов", "Мелов", "Доскин",
        "Звонков", "Журналов", "Кляксин", "Атласов", "Компасов", "Примеров", "Учебников", "Параграфов", "Контурин", "Перемёнкин"};
    private static final String[] MEN = {"Алексей", "Андрей", "Виктор", "Дмитрий", "Игорь", "Михаил", "Николай", "Павел", "Сергей"};
    private static final String[] WOMEN = {"Анна", "Валентина", "Галина", "Елена", "Ирина", "Людмила", "Марина", "Наталья", "Ольга",
        "Светлана", "Татьяна", "Юлия"};
    private static final String[] PATRONYMICS = {"Александров", "Владимиров", "Иванов", "Николаев", "Петров", "Сергеев", "Юрьев"};

    /** A school's staff by what they teach, in the order a school of 10 teachers would have them. */
    private static final List<List<Subject>> TEACHES = List.of(List.of(Subject.PRIMARY), List.of(Subject.MATHEMATICS),
            List.of(Subject.RUSSIAN, Subject.LITERATURE), List.of(Subject.PRIMARY), List.of(Subject.FOREIGN_LANGUAGE),
            List.of(Subject.MATHEMATICS, Subject.INFORMATICS), List.of(Subject.HISTORY, Subject.SOCIAL_STUDIES),
            List.of(Subject.RUSSIAN, Subject.LITERATURE), List.of(Subject.PHYSICS), List.of(Subject.BIOLOGY, Subject.CHEMISTRY),
            List.of(Subject.GEOGRAPHY), List.of(Subject.PHYSICAL_EDUCATION), List.of(Subject.ARTS), List.of(Subject.CHEMISTRY));

    void seed() {
        if (Teacher.count() > 0) {
            return;
        }
        int count = 0;
        for (School school : School.<School>listAll()) {
            Random random = new Random(school.inn.hashCode());
            for (int i = 0; i < school.teachers; i++) {
                teacher(school, i, random).persist();
                count++;
            }
        }
        LOG.infof("Demo staff: %d teachers (invented names)", count);
    }

    private static Teacher teacher(School school, int index, Random random) {
        Teacher t = new Teacher();
        t.school = school;
        boolean woman = random.nextInt(100) < 82; // as in Russian schools
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        t.lastName = !woman ? surname : surname.endsWith("ий") ? surname.substring(0, surname.length() - 2) + "ая" : surname + "а";
        t.firstName = woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
        String patronymic = PATRONYMICS[random.nextInt(PATRONYMICS.length)];
        t.middleName = patronymic + (woman ? "на" : "ич");
        List<Subject> subjects = TEACHES.get(index % TEACHES.size());
        t.subjects = new ArrayList<>(subjects.stream().map(Subject::name).toList());
        t.position = position(subjects.get(0));
        t.experienceYears = 1 + random.nextInt(38);
        int category = random.nextInt(10);
        t.category = category < 3 ? QualificationCategory.HIGHEST : category < 6 ? QualificationCategory.FIRST
                : category < 8 ? QualificationCategory.CONFORMITY : QualificationCategory.NONE;
        if (t.category != QualificationCategory.NONE) {
            t.categoryDate = LocalDate.of(2021, 9, 1).plusDays(random.nextInt(5 * 365));
        }
        t.lastTrainingDate = LocalDate.of(2022, 1, 15).plusDays(random.nextInt(4 * 365 + 300));
        return t;
    }

    private static String position(Subject subject) {
        return switch (subject) {
            case PRIMARY -> "учитель начальных классов";
            case RUSSIAN -> "учитель русского языка и литературы";
            case MATHEMATICS -> "учитель математики";
            case FOREIGN_LANGUAGE -> "учитель английского языка";
            case HISTORY -> "учитель истории и обществознания";
            case PHYSICS -> "учитель физики";
            case BIOLOGY -> "учитель биологии";
            case CHEMISTRY -> "учитель химии";
            case GEOGRAPHY -> "учитель географии";
            case PHYSICAL_EDUCATION -> "учитель физической культуры";
            case ARTS -> "учитель изобразительного искусства";
            default -> "учитель";
        };
    }
}
