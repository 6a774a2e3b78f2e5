package ru.rostok.route.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.partnership.service.PartnershipsOfSchool;
import ru.rostok.staff.Teacher;
import ru.rostok.staff.service.StaffPolicy;

/** Mentors for a teacher's route: the teachers of the schools in a partnership in force (not closed) with the teacher's school. */
@ApplicationScoped
public class MentorCandidates {
    /** The highest category first, then the longest experience. */
    static final Comparator<Teacher> BEST_FIRST = Comparator.<Teacher, Integer>comparing(m -> m.category.ordinal()).reversed()
            .thenComparing(m -> m.experienceYears == null ? 0 : m.experienceYears, Comparator.reverseOrder())
            .thenComparing(Teacher::fullName).thenComparing(m -> m.id);

    @Inject
    PartnershipsOfSchool partnerships;

    @Inject
    StaffPolicy staff;

    public Set<Long> partnerSchools(Teacher teacher) {
        return partnerships.of(teacher.school).stream().filter(p -> p.status() != PartnershipStatus.CLOSED)
                .map(PartnershipsOfSchool.Item::otherSchoolId).collect(Collectors.toSet());
    }

    /** Active teachers of the partner schools teaching the subject (any subject when none), best first. */
    public List<Teacher> of(Teacher teacher, String subject) {
        Set<Long> schools = partnerSchools(teacher);
        if (schools.isEmpty()) {
            return List.of();
        }
        return Teacher.<Teacher>list("from Teacher m join fetch m.school where m.school.id in ?1 and m.archivedOn is null", schools).stream()
                .filter(m -> subject == null || m.subjects.contains(subject))
                .filter(m -> staff.mayNameAsMentor(teacher, m, schools))
                .sorted(BEST_FIRST).toList();
    }
}
