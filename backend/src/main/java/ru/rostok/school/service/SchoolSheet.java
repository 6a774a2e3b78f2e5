package ru.rostok.school.service;

import java.util.List;
import java.util.function.Function;
import ru.rostok.school.School;

/** The columns of the school table in CSV and XLSX: the export writes them, the import reads them back. */
public enum SchoolSheet {
    INN("ИНН", s -> s.inn),
    SHORT_NAME("Краткое наименование", s -> s.shortName),
    FULL_NAME("Полное наименование", s -> s.fullName),
    TYPE("Тип", s -> s.type.label),
    SETTLEMENT("Местность", s -> s.settlement.label),
    ADDRESS("Адрес", s -> s.address),
    PRINCIPAL("Директор", s -> s.principal),
    PUPILS("Обучающихся", s -> s.pupils),
    TEACHERS("Педагогов", s -> s.teachers),
    OKTMO("ОКТМО", s -> s.municipality.oktmo),
    MUNICIPALITY("Муниципальное образование", s -> s.municipality.name),
    REGION("Субъект", s -> s.municipality.region.name);

    /** What an import needs; the last two columns are for reading only and are ignored on import. */
    public static final List<SchoolSheet> IMPORTED = List.of(INN, SHORT_NAME, FULL_NAME, TYPE, SETTLEMENT, ADDRESS,
            PRINCIPAL, PUPILS, TEACHERS, OKTMO);

    public final String title;
    private final Function<School, Object> value;

    SchoolSheet(String title, Function<School, Object> value) {
        this.title = title;
        this.value = value;
    }

    public Object valueOf(School school) {
        return value.apply(school);
    }
}
