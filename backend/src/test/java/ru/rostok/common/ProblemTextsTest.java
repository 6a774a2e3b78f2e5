package ru.rostok.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The problem texts: both languages have every key, every text formats, and the code uses no key that is missing. */
class ProblemTextsTest {
    private static final ResourceBundle RUSSIAN = ProblemTexts.bundle(ProblemTexts.RUSSIAN);
    private static final ResourceBundle ENGLISH = ProblemTexts.bundle(ProblemTexts.ENGLISH);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(ENGLISH.getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(RUSSIAN.getLocale()).isEqualTo(Locale.ROOT);
        assertThat(new TreeSet<>(ENGLISH.keySet())).isEqualTo(new TreeSet<>(RUSSIAN.keySet()));
    }

    @Test
    void everyTextFormatsWithTheSameArguments() {
        for (String key : RUSSIAN.keySet()) {
            int russian = new MessageFormat(RUSSIAN.getString(key)).getFormats().length;
            int english = new MessageFormat(ENGLISH.getString(key)).getFormats().length;
            assertThat(english).as(key).isEqualTo(russian);
        }
    }

    @Test
    void russianTextsComeOutIntact() {
        // .properties bundles are read as UTF-8 since Java 9; a Latin-1 reading would garble every letter
        assertThat(ProblemTexts.text(ProblemTexts.RUSSIAN, "problem.notFound")).isEqualTo("Не найдено");
        assertThat(ProblemTexts.text(ProblemTexts.RUSSIAN, "school.notFound", 12345L)).isEqualTo("Школа 12345 не найдена");
        assertThat(ProblemTexts.text(ProblemTexts.RUSSIAN, "problem.json.enum", "A, B")).isEqualTo("Недопустимое значение; допустимы: A, B");
        assertThat(ProblemTexts.text(ProblemTexts.ENGLISH, "school.notFound", 12345L)).isEqualTo("School 12345 not found");
        // a quote in a pattern is written twice; the text shows it once
        assertThat(ProblemTexts.text(ProblemTexts.ENGLISH, "risk.indicatorNotInCatalogue", "X")).isEqualTo("Indicator «X» is not in the region's catalogue");
        // not a key (a validator's message, already in the caller's language): as it is
        assertThat(ProblemTexts.text(ProblemTexts.ENGLISH, "Не длиннее 300 символов")).isEqualTo("Не длиннее 300 символов");
    }

    @Test
    void validationMessagesHaveBothLanguagesAndEveryKeyTheCodeUses() throws IOException {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle russian = ResourceBundle.getBundle("ValidationMessages", ProblemTexts.RUSSIAN, exact);
        ResourceBundle english = ResourceBundle.getBundle("ValidationMessages", ProblemTexts.ENGLISH, exact);
        assertThat(new TreeSet<>(english.keySet())).isEqualTo(new TreeSet<>(russian.keySet()));
        assertThat(russian.getString("validation.innChecksum")).isEqualTo("ИНН организации — 10 цифр с верной контрольной цифрой");
        Set<String> used = used(Pattern.compile("\"\\{(validation\\.[A-Za-z0-9.]+)}\""));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(key -> assertThat(russian.containsKey(key)).as(key).isTrue());
    }

    private static Set<String> used(Pattern literal) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        return used;
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> groups = new TreeSet<>();
        RUSSIAN.keySet().forEach(k -> groups.add(k.substring(0, k.indexOf('.'))));
        Pattern literal = Pattern.compile("\"((?:" + String.join("|", groups) + ")\\.[A-Za-z0-9.]+)\"");
        Set<String> used = used(literal);
        assertThat(used).hasSizeGreaterThan(200);
        assertThat(used).allSatisfy(key -> assertThat(RUSSIAN.containsKey(key)).as(key).isTrue());
    }
}
