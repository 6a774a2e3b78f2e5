package ru.rostok.school;

import java.util.Arrays;
import java.util.Optional;
import ru.rostok.common.Text;

/** Type of a general education school, with the abbreviation Russian documents use. */
public enum SchoolType {
    PRIMARY("НОШ"),
    BASIC("ООШ"),
    SECONDARY("СОШ"),
    ADVANCED("СОШ с УИОП"),
    GYMNASIUM("гимназия"),
    LYCEUM("лицей"),
    BOARDING("школа-интернат"),
    EDUCATION_CENTRE("центр образования"),
    ADAPTED("школа для обучающихся с ОВЗ");

    public final String label;

    SchoolType(String label) {
        this.label = label;
    }

    /** Reads a type as people write it in a sheet: «СОШ», «гимназия» or the code SECONDARY. */
    public static Optional<SchoolType> parse(String text) {
        String folded = Text.fold(text.strip());
        return Arrays.stream(values())
                .filter(t -> Text.fold(t.label).equals(folded) || Text.fold(t.name()).equals(folded))
                .findFirst();
    }
}
