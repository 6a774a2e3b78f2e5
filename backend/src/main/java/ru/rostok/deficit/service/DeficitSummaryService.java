package ru.rostok.deficit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import ru.rostok.common.ApiException;
import ru.rostok.common.Subject;
import ru.rostok.deficit.CompetenceAssessment;
import ru.rostok.deficit.service.DeficitSummaryView.SubjectRow;
import ru.rostok.deficit.service.DeficitSummaryView.TopicRow;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.service.ListedSchools;
import ru.rostok.school.School;
import ru.rostok.security.Place;
import ru.rostok.security.Scope;
import ru.rostok.staff.Teacher;
import ru.rostok.staff.service.StaffPolicy;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Counts of teachers with professional deficits in a territory, by subject and topic. A teacher counts once per subject,
 * by their latest assessment in it; archived teachers do not count. Seen by those who see the teachers.
 */
@ApplicationScoped
public class DeficitSummaryService {
    @Inject
    StaffPolicy staffPolicy;

    @Inject
    Scope scope;

    @Inject
    ListedSchools listed;

    /** A territory asked for: its place, name and the condition on a school alias {@code s} with its id as {@code :territory}. */
    record Territory(Scope.Level level, long id, String name, Place place, String condition) {
    }

    /** A teacher's latest assessment in a subject, with its topics. */
    record Assessed(long teacherId, long schoolId, Subject subject, Map<String, Boolean> topics) {
        boolean deficit() {
            return topics.containsValue(true);
        }
    }

    public DeficitSummaryView summary(Long regionId, Long municipalityId, Long schoolId, Integer year) {
        Territory territory = territory(regionId, municipalityId, schoolId);
        List<Assessed> assessed = latest(territory);
        Integer listYear = null;
        Set<Long> lowResults = Set.of();
        if (territory.level() != Scope.Level.SCHOOL) {
            long region = territory.place().regionId();
            listYear = year != null ? year : latestListYear(region);
            if (listYear != null) {
                lowResults = lowResultsSchools(region, listYear, territory);
            }
        }
        boolean split = listYear != null;
        Set<Long> low = lowResults;
        Predicate<Assessed> inLow = a -> low.contains(a.schoolId());
        List<SubjectRow> subjects = new ArrayList<>();
        bySubject(assessed).forEach((subject, of) -> {
            List<TopicRow> topics = new ArrayList<>();
            topicsOf(of).forEach(topic -> topics.add(new TopicRow(topic, topicCount(of, topic, x -> true),
                    split ? topicCount(of, topic, inLow) : null, split ? topicCount(of, topic, inLow.negate()) : null)));
            topics.sort(Comparator.comparing((TopicRow t) -> -t.all().withDeficit()).thenComparing(TopicRow::topic));
            subjects.add(new SubjectRow(subject, subject.russian(), count(of, x -> true), split ? count(of, inLow) : null,
                    split ? count(of, inLow.negate()) : null, topics));
        });
        return new DeficitSummaryView(territory.level(), territory.id(), territory.name(), listYear, low.size(),
                teachers(assessed, x -> true), split ? teachers(assessed, inLow) : null, split ? teachers(assessed, inLow.negate()) : null, subjects);
    }

    /** The school's subjects with their counts; the caller must see the school's staff (else 404). */
    Map<Subject, SchoolDeficitsView.SubjectDeficits> ofSchool(School school) {
        Territory t = new Territory(Scope.Level.SCHOOL, school.id, school.shortName, school.place(), "s.id = :territory");
        Map<Subject, SchoolDeficitsView.SubjectDeficits> found = new EnumMap<>(Subject.class);
        List<Assessed> assessed = latest(t);
        Map<Long, String> names = new HashMap<>();
        if (!assessed.isEmpty()) {
            Teacher.<Teacher>list("id in ?1", assessed.stream().map(Assessed::teacherId).distinct().toList()).forEach(x -> names.put(x.id, x.fullName()));
        }
        bySubject(assessed).forEach((subject, of) -> {
            List<TopicRow> topics = new ArrayList<>(topicsOf(of).stream().map(topic -> new TopicRow(topic, topicCount(of, topic, x -> true), null, null)).toList());
            topics.sort(Comparator.comparing((TopicRow r) -> -r.all().withDeficit()).thenComparing(TopicRow::topic));
            List<SchoolDeficitsView.AssessedTeacher> teachers = new ArrayList<>(of.stream().map(a -> new SchoolDeficitsView.AssessedTeacher(a.teacherId(),
                    names.get(a.teacherId()), a.topics().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList())).toList());
            teachers.sort(Comparator.comparing((SchoolDeficitsView.AssessedTeacher x) -> x.deficitTopics().isEmpty())
                    .thenComparing(SchoolDeficitsView.AssessedTeacher::name));
            found.put(subject, new SchoolDeficitsView.SubjectDeficits(subject, subject.russian(), count(of, x -> true), topics, teachers, List.of()));
        });
        return found;
    }

    private Territory territory(Long regionId, Long municipalityId, Long schoolId) {
        int given = (regionId == null ? 0 : 1) + (municipalityId == null ? 0 : 1) + (schoolId == null ? 0 : 1);
        if (given > 1) {
            throw ApiException.invalid("regionId", "deficit.oneTerritory");
        }
        if (given == 0) {
            regionId = scope.level() == Scope.Level.REGION ? scope.regionId().orElse(null) : null;
            municipalityId = scope.level() == Scope.Level.MUNICIPALITY ? scope.municipalityId().orElse(null) : null;
            schoolId = scope.level() == Scope.Level.SCHOOL ? scope.schoolId().orElse(null) : null;
            if (regionId == null && municipalityId == null && schoolId == null) {
                throw ApiException.invalid("regionId", "deficit.giveTerritory");
            }
        }
        Territory t;
        if (schoolId != null) {
            long id = schoolId;
            School s = School.<School>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("deficit.territoryNotFound"));
            t = new Territory(Scope.Level.SCHOOL, id, s.shortName, s.place(), "s.id = :territory");
        } else if (municipalityId != null) {
            long id = municipalityId;
            Municipality m = Municipality.<Municipality>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("deficit.territoryNotFound"));
            t = new Territory(Scope.Level.MUNICIPALITY, id, m.name, m.place(), "s.municipality.id = :territory");
        } else {
            long id = regionId;
            Region r = Region.<Region>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("deficit.territoryNotFound"));
            t = new Territory(Scope.Level.REGION, id, r.name, Place.region(r.id), "s.municipality.region.id = :territory");
        }
        if (!scope.actsFor(t.place())) {
            throw ApiException.notFound("deficit.territoryNotFound");
        }
        return t;
    }

    /** One query: every topic of the assessments in the territory the caller sees, then the latest per teacher and subject. */
    private List<Assessed> latest(Territory territory) {
        Scope.Filter seen = staffPolicy.filter("t");
        var query = CompetenceAssessment.getEntityManager().createQuery(
                "select a.id, t.id, s.id, a.subject, a.heldOn, tp.topic, tp.deficit from CompetenceAssessment a join a.teacher t "
                        + "join t.school s join a.topics tp where t.archivedOn is null and " + territory.condition() + " and (" + seen.jpql() + ")",
                Object[].class).setParameter("territory", territory.id());
        seen.params().forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        record Key(long teacher, Subject subject) {
        }
        Map<Key, long[]> latestId = new HashMap<>();
        Map<Key, LocalDate> latestOn = new HashMap<>();
        for (Object[] r : rows) {
            Key k = new Key((Long) r[1], Subject.valueOf((String) r[3]));
            LocalDate on = (LocalDate) r[4];
            long id = (Long) r[0];
            LocalDate known = latestOn.get(k);
            if (known == null || on.isAfter(known) || on.equals(known) && id > latestId.get(k)[0]) {
                latestOn.put(k, on);
                latestId.put(k, new long[] {id});
            }
        }
        Map<Key, Assessed> found = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Key k = new Key((Long) r[1], Subject.valueOf((String) r[3]));
            if (latestId.get(k)[0] == (Long) r[0]) {
                found.computeIfAbsent(k, x -> new Assessed(k.teacher(), (Long) r[2], k.subject(), new LinkedHashMap<>()))
                        .topics().put((String) r[5], (Boolean) r[6]);
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Map<Subject, List<Assessed>> bySubject(List<Assessed> assessed) {
        Map<Subject, List<Assessed>> by = new EnumMap<>(Subject.class);
        assessed.forEach(a -> by.computeIfAbsent(a.subject(), s -> new ArrayList<>()).add(a));
        return by;
    }

    private static Collection<String> topicsOf(List<Assessed> of) {
        Set<String> topics = new java.util.LinkedHashSet<>();
        of.forEach(a -> topics.addAll(a.topics().keySet()));
        return topics;
    }

    private static DeficitCount count(List<Assessed> of, Predicate<Assessed> where) {
        List<Assessed> in = of.stream().filter(where).toList();
        return DeficitCount.of(in.size(), (int) in.stream().filter(Assessed::deficit).count());
    }

    private static DeficitCount topicCount(List<Assessed> of, String topic, Predicate<Assessed> where) {
        List<Assessed> in = of.stream().filter(where).filter(a -> a.topics().containsKey(topic)).toList();
        return DeficitCount.of(in.size(), (int) in.stream().filter(a -> a.topics().get(topic)).count());
    }

    /** Teachers of any subject: assessed in at least one, with a deficit in at least one. */
    private static DeficitCount teachers(List<Assessed> assessed, Predicate<Assessed> where) {
        Set<Long> all = new HashSet<>();
        Set<Long> deficit = new HashSet<>();
        assessed.stream().filter(where).forEach(a -> {
            all.add(a.teacherId());
            if (a.deficit()) {
                deficit.add(a.teacherId());
            }
        });
        return DeficitCount.of(all.size(), deficit.size());
    }

    /** The latest year, up to this one, of the region's approved ШНОР list. */
    private Integer latestListYear(long regionId) {
        return listed.included(regionId, LocalDate.now().getYear()).stream().map(ListedSchools.Listed::year).distinct()
                .sorted(Comparator.reverseOrder())
                .filter(y -> listed.approved(regionId, y).stream().anyMatch(l -> l.kind() == ListKind.LOW_RESULTS))
                .findFirst().orElse(null);
    }

    private Set<Long> lowResultsSchools(long regionId, int year, Territory territory) {
        Set<Long> lists = new HashSet<>();
        listed.approved(regionId, year).stream().filter(l -> l.kind() == ListKind.LOW_RESULTS).forEach(l -> lists.add(l.listId()));
        Set<Long> schools = new HashSet<>();
        listed.included(regionId, year).stream()
                .filter(l -> lists.contains(l.listId()))
                .filter(l -> territory.level() == Scope.Level.REGION || l.municipalityId() == territory.id())
                .forEach(l -> schools.add(l.schoolId()));
        return schools;
    }
}
