package ru.rostok.staff.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.security.Place;
import ru.rostok.security.Scope;
import ru.rostok.staff.Teacher;

/**
 * Teachers are personal data. A teacher is seen by their school's staff, its municipality's coordinator, the region's
 * analysts (the ministry and its institute) and the administrator; never by an integrator, which keeps nothing, and
 * never by another school. One rule, written once as a query condition: lists filter by it and the check of one teacher
 * is the same query narrowed to that teacher.
 *
 * <p>The staff list and the cards are kept by the school and its coordinator. Assessments, training and individual
 * routes are kept by everyone who sees the teacher: the institute runs diagnostics and builds routes too.
 */
@ApplicationScoped
public class StaffPolicy {
    /** Edit the card, archive and return the teacher. */
    public static final String EDIT = "edit";
    /** Enter assessments, plan and complete training, build and follow routes. */
    public static final String DEVELOP = "develop";

    @Inject
    Scope scope;

    @Inject
    SchoolPolicy schoolPolicy;

    /** JPQL over a teacher alias. */
    public Scope.Filter filter(String alias) {
        return scope.keeps() ? schoolPolicy.filter(alias + ".school") : Scope.Filter.NONE;
    }

    /** The same in SQL, over a teacher's school table alias and its municipality's. */
    public Scope.Filter filterSql(String school, String municipality) {
        return scope.keeps() ? schoolPolicy.filterSql(school, municipality) : Scope.Filter.NONE;
    }

    public Optional<Teacher> visible(long id) {
        Scope.Filter seen = filter("t");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("id", id);
        return Teacher.<Teacher>find("from Teacher t join fetch t.school s join fetch s.municipality m where t.id = :id and ("
                + seen.jpql() + ")", params).firstResultOptional();
    }

    /** May see the staff of the school at all. */
    public boolean seesStaffOf(School s) {
        return scope.actsFor(s.place());
    }

    /** Adds, edits, imports and archives the school's teachers: the school itself, its coordinator, the administrator. */
    public boolean mayKeepStaffOf(School s) {
        return mayKeepStaffAt(s.place());
    }

    public boolean mayKeepStaffAt(Place school) {
        return scope.actsFor(school) && scope.level() != Scope.Level.REGION;
    }

    public boolean mayDevelop(Teacher t) {
        return scope.actsFor(t.school.place());
    }

    /**
     * A teacher of another school may be named as the mentor (наставник) on a route of a teacher the caller develops when
     * their school is in partnership with the route teacher's school. The one exception to «never another school's
     * teacher»: the route's viewers learn of the mentor only the name, position, school and category, never the card.
     */
    public boolean mayNameAsMentor(Teacher teacher, Teacher mentor, java.util.Collection<Long> partnerSchoolIds) {
        return mayDevelop(teacher) && !mentor.archived() && !mentor.school.id.equals(teacher.school.id)
                && partnerSchoolIds.contains(mentor.school.id);
    }

    public List<String> actions(Teacher t) {
        return actions(t.school.place());
    }

    /** The same for a teacher known by their school's place, e.g. a row of a list. */
    public List<String> actions(Place school) {
        List<String> actions = new ArrayList<>();
        if (mayKeepStaffAt(school)) {
            actions.add(EDIT);
        }
        if (scope.actsFor(school)) {
            actions.add(DEVELOP);
        }
        return actions;
    }
}
