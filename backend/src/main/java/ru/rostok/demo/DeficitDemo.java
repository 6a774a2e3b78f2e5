package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.logging.Logger;
import ru.rostok.common.Subject;
import ru.rostok.deficit.CompetenceAssessment;
import ru.rostok.deficit.TopicScore;
import ru.rostok.deficit.service.DeficitRule;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.service.ListedSchools;
import ru.rostok.staff.Teacher;
import ru.rostok.territory.Municipality;

/**
 * A diagnostic of subject and methodological competences of Lesosibirsk's mathematics and Russian teachers, held by the
 * region's centre for continuous professional development (ЦНППМ) in October 2026. Scores are drawn from a seed per
 * teacher: about a third of the teachers show a deficit, more in the schools on the ШНОР list.
 */
@ApplicationScoped
public class DeficitDemo {
    private static final Logger LOG = Logger.getLogger(DeficitDemo.class);
    static final LocalDate HELD_ON = LocalDate.of(2026, 10, 15);
    static final String METHOD = "Диагностика предметных и методических компетенций (ЦНППМ Красноярского края)";

    private static final Map<Subject, List<String>> TOPICS = Map.of(
            Subject.MATHEMATICS, List.of("Решение текстовых задач", "Геометрия: площади фигур", "Функции и графики",
                    "Уравнения и неравенства", "Вероятность и статистика", "Формирующее оценивание", "Работа с обучающимися с трудностями в обучении"),
            Subject.RUSSIAN, List.of("Орфография", "Пунктуация", "Анализ текста", "Морфология", "Развитие речи: сочинение",
                    "Формирующее оценивание"));

    @Inject
    ListedSchools listed;

    void seed() {
        if (CompetenceAssessment.count() > 0) {
            return;
        }
        Municipality town = Municipality.<Municipality>find("oktmo", "04722000").firstResult();
        if (town == null) {
            return;
        }
        Set<Long> lowResults = lowResultsSchools(town);
        List<Teacher> teachers = Teacher.list("school.municipality.id = ?1 and archivedOn is null order by school.id, lastName, firstName, id", town.id);
        int assessments = 0;
        for (Teacher t : teachers) {
            for (Subject subject : List.of(Subject.MATHEMATICS, Subject.RUSSIAN)) {
                if (t.subjects.contains(subject.name())) {
                    Random random = new Random((t.school.inn + t.fullName() + subject).hashCode());
                    assessment(t, subject, random, lowResults.contains(t.school.id) ? 50 : 25).persist();
                    assessments++;
                }
            }
        }
        LOG.infof("Demo deficits: a diagnostic of %d assessments in Lesosibirsk", assessments);
    }

    private static CompetenceAssessment assessment(Teacher t, Subject subject, Random random, int deficitPercent) {
        CompetenceAssessment a = new CompetenceAssessment();
        a.teacher = t;
        a.subject = subject.name();
        a.heldOn = HELD_ON;
        a.method = METHOD;
        List<String> topics = TOPICS.get(subject);
        int count = 5 + random.nextInt(topics.size() - 4);
        boolean weak = random.nextInt(100) < deficitPercent;
        Set<Integer> deficits = new HashSet<>();
        if (weak) {
            deficits.add(random.nextInt(count));
            if (random.nextBoolean()) {
                deficits.add(random.nextInt(count));
            }
        }
        for (int i = 0; i < count; i++) {
            int max = i % 2 == 0 ? 10 : 5;
            // a deficit: below half of the maximum; otherwise from 60 % up
            int score = deficits.contains(i) ? random.nextInt((max + 1) / 2) : (int) Math.ceil(max * 0.6) + random.nextInt(max - (int) Math.ceil(max * 0.6) + 1);
            BigDecimal s = BigDecimal.valueOf(score);
            BigDecimal m = BigDecimal.valueOf(max);
            a.topics.add(new TopicScore(topics.get(i), s, m, DeficitRule.deficit(s, m)));
        }
        return a;
    }

    /** The schools of the town on its approved ШНОР lists, of any year. */
    private Set<Long> lowResultsSchools(Municipality town) {
        Set<Long> lists = new HashSet<>();
        Set<Long> schools = new HashSet<>();
        List<ListedSchools.Listed> included = listed.included(town.region.id, HELD_ON.getYear());
        included.stream().map(ListedSchools.Listed::year).distinct().forEach(y -> listed.approved(town.region.id, y).stream()
                .filter(l -> l.kind() == ListKind.LOW_RESULTS).forEach(l -> lists.add(l.listId())));
        included.stream().filter(l -> lists.contains(l.listId()) && l.municipalityId() == town.id).forEach(l -> schools.add(l.schoolId()));
        return schools;
    }
}
