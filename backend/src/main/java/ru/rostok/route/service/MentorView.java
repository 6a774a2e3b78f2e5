package ru.rostok.route.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.staff.Teacher;

/** A teacher of a partner school as the route's viewers see them: the name, position, school and category, nothing more. */
@Schema(name = "RouteMentor", description = "A mentor (наставник), a teacher of a partner school: only the name, position, school and category")
public record MentorView(long id, String name, String position, long schoolId, String schoolName, QualificationCategory category) {
    static MentorView of(Teacher t) {
        return new MentorView(t.id, t.fullName(), t.position, t.school.id, t.school.shortName, t.category);
    }
}
