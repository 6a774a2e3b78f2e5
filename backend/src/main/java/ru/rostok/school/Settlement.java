package ru.rostok.school;

import java.util.Arrays;
import java.util.Optional;
import ru.rostok.common.Text;

/** Urban or rural location of a school. */
public enum Settlement {
    URBAN("городская", "город"),
    RURAL("сельская", "село");

    public final String label;
    private final String shortLabel;

    Settlement(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public static Optional<Settlement> parse(String text) {
        String folded = Text.fold(text.strip());
        return Arrays.stream(values())
                .filter(s -> s.label.equals(folded) || s.shortLabel.equals(folded) || Text.fold(s.name()).equals(folded))
                .findFirst();
    }
}
