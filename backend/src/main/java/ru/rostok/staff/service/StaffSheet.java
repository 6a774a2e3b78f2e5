package ru.rostok.staff.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.rostok.common.Subject;
import ru.rostok.staff.QualificationCategory;

/** The columns of the staff sheet: the import reads the first nine, the export writes them all. */
public enum StaffSheet {
    LAST_NAME("Фамилия", "lastName", t -> t.lastName()),
    FIRST_NAME("Имя", "firstName", t -> t.firstName()),
    MIDDLE_NAME("Отчество", "middleName", t -> t.middleName()),
    POSITION("Должность", "position", t -> t.position()),
    SUBJECTS("Предметы", "subjects", t -> subjects(t.subjects())),
    CATEGORY("Квалификационная категория", "category", t -> label(t.category())),
    CATEGORY_DATE("Дата присвоения категории", "categoryDate", t -> date(t.categoryDate())),
    EXPERIENCE("Стаж (лет)", "experienceYears", t -> t.experienceYears()),
    LAST_TRAINING("Последнее повышение квалификации (дата)", "lastTrainingDate", t -> date(t.lastTrainingDate())),
    CATEGORY_EXPIRES("Категория действует до", null, t -> date(t.categoryExpiresOn())),
    SCHOOL("Школа", null, t -> t.schoolName()),
    MUNICIPALITY("Муниципальное образование", null, t -> t.municipalityName()),
    ARCHIVED_ON("В архиве с", null, t -> date(t.archivedOn()));

    public static final List<StaffSheet> IMPORTED = List.of(LAST_NAME, FIRST_NAME, MIDDLE_NAME, POSITION, SUBJECTS, CATEGORY,
            CATEGORY_DATE, EXPERIENCE, LAST_TRAINING);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public final String title;
    /** The field of {@link TeacherInput} the column fills: an error of the field is reported in this column. */
    final String field;
    private final Function<TeacherRow, Object> value;

    StaffSheet(String title, String field, Function<TeacherRow, Object> value) {
        this.title = title;
        this.field = field;
        this.value = value;
    }

    Object valueOf(TeacherRow teacher) {
        return value.apply(teacher);
    }

    static StaffSheet ofField(String field) {
        String name = field.replaceAll("\\[\\d+]$", "");
        for (StaffSheet column : IMPORTED) {
            if (column.field.equals(name)) {
                return column;
            }
        }
        return LAST_NAME;
    }

    /** The category as the template's hint names it: «Соответствие», not the whole «Соответствие занимаемой должности». */
    static String label(QualificationCategory category) {
        return category == QualificationCategory.CONFORMITY ? "Соответствие" : category.russian();
    }

    static String subjects(List<String> codes) {
        return codes.stream().map(c -> Subject.parse(c).map(Subject::russian).orElse(c)).collect(Collectors.joining(", "));
    }

    private static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
