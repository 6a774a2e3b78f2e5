package ru.rostok.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of problem answers in the caller's language: message keys in {@code messages/problems*.properties} (Russian is
 * the default bundle, English {@code _en}), formatted with {@link MessageFormat}.
 */
public final class ProblemTexts {
    public static final String BUNDLE = "messages.problems";
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    // no fallback to the JVM's default locale: a Russian request reads the base bundle, whatever the server's locale
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemTexts() {
    }

    /** The first language of Accept-Language that the API speaks; Russian when there is none. */
    public static Locale localeOf(HttpHeaders headers) {
        return headers == null ? RUSSIAN : localeOf(headers.getAcceptableLanguages());
    }

    /** The same, for the languages of Accept-Language in the caller's order of preference. */
    public static Locale localeOf(List<Locale> acceptable) {
        for (Locale wanted : acceptable) {
            if (wanted.getLanguage().equals(ENGLISH.getLanguage())) {
                return ENGLISH;
            }
            if (wanted.getLanguage().equals(RUSSIAN.getLanguage())) {
                return RUSSIAN;
            }
        }
        return RUSSIAN;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /**
     * The text of a key in the given language. Arguments are inserted as they print ({@code String.valueOf}), so that
     * numbers and ids read the same in every language. A text that is not a key (a validator's message, already in
     * the caller's language) is returned as it is.
     */
    public static String text(Locale locale, String key, List<?> args) {
        if (key == null) {
            return null;
        }
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        Object[] printed = args == null ? new Object[0] : args.stream().map(String::valueOf).toArray();
        return new MessageFormat(pattern, locale).format(printed);
    }

    public static String text(Locale locale, String key, Object... args) {
        return text(locale, key, java.util.Arrays.asList(args));
    }
}
