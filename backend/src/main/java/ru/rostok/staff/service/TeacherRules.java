package ru.rostok.staff.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ru.rostok.common.FieldError;
import ru.rostok.common.Subject;
import ru.rostok.common.Text;
import ru.rostok.staff.QualificationCategory;

/**
 * What a teacher's card must hold, for a form and for a row of an import alike: every error at once, named by the
 * input's field, so that an import can put the row's column in its place.
 */
final class TeacherRules {
    static final int MAX_NAME = 100;
    static final int MAX_POSITION = 200;
    static final int MAX_EXPERIENCE = 70;
    static final int MAX_REASON = 500;
    /** Letters of any alphabet, with hyphens, spaces and apostrophes between them: «Салтыков-Щедрин», «Д'Артаньян». */
    private static final Pattern NAME = Pattern.compile("\\p{L}+(?:[-' ’]\\p{L}+)*");

    private TeacherRules() {
    }

    static List<FieldError> check(TeacherInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, "lastName", in.lastName(), true);
        name(errors, "firstName", in.firstName(), true);
        name(errors, "middleName", in.middleName(), false);
        String position = Text.trimToNull(in.position());
        if (position == null) {
            errors.add(FieldError.field("position", "staff.positionRequired"));
        } else if (position.length() > MAX_POSITION) {
            errors.add(FieldError.field("position", "staff.tooLong", MAX_POSITION));
        }
        if (in.subjects() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < in.subjects().size(); i++) {
                String code = in.subjects().get(i);
                if (code == null || Subject.parse(code).filter(s -> s.name().equals(code)).isEmpty()) {
                    errors.add(FieldError.field("subjects[" + i + "]", "staff.subjectUnknown", code));
                } else if (!seen.add(code)) {
                    errors.add(FieldError.field("subjects[" + i + "]", "staff.subjectRepeated", Subject.valueOf(code).russian()));
                }
            }
        }
        QualificationCategory category = in.category() == null ? QualificationCategory.NONE : in.category();
        if (category != QualificationCategory.NONE && in.categoryDate() == null) {
            errors.add(FieldError.field("categoryDate", "staff.categoryDateRequired"));
        }
        past(errors, "categoryDate", in.categoryDate(), today);
        if (in.experienceYears() != null && (in.experienceYears() < 0 || in.experienceYears() > MAX_EXPERIENCE)) {
            errors.add(FieldError.field("experienceYears", "staff.experienceRange", MAX_EXPERIENCE));
        }
        past(errors, "lastTrainingDate", in.lastTrainingDate(), today);
        return errors;
    }

    static List<FieldError> checkArchive(TeacherArchiveInput in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String reason = Text.trimToNull(in.reason());
        if (reason == null) {
            errors.add(FieldError.field("reason", "staff.archiveReasonRequired"));
        } else if (reason.length() > MAX_REASON) {
            errors.add(FieldError.field("reason", "staff.tooLong", MAX_REASON));
        }
        if (in.archivedOn() == null) {
            errors.add(FieldError.field("archivedOn", "staff.archivedOnRequired"));
        }
        past(errors, "archivedOn", in.archivedOn(), today);
        return errors;
    }

    private static void name(List<FieldError> errors, String field, String value, boolean required) {
        String name = Text.trimToNull(value);
        if (name == null) {
            if (required) {
                errors.add(FieldError.field(field, "staff.nameRequired"));
            }
        } else if (name.length() > MAX_NAME) {
            errors.add(FieldError.field(field, "staff.tooLong", MAX_NAME));
        } else if (!NAME.matcher(name).matches()) {
            errors.add(FieldError.field(field, "staff.nameLetters"));
        }
    }

    private static void past(List<FieldError> errors, String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(FieldError.field(field, "staff.dateInFuture"));
        } else if (date != null && date.getYear() < 1950) {
            errors.add(FieldError.field(field, "staff.dateTooEarly"));
        }
    }
}
