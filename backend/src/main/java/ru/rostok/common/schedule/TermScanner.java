package ru.rostok.common.schedule;

import java.time.DateTimeException;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.rostok.common.schedule.Term.DayTerm;
import ru.rostok.common.schedule.Term.MonthTerm;
import ru.rostok.common.schedule.Term.QuarterTerm;
import ru.rostok.common.schedule.Term.YearTerm;

/** Splits normalised deadline text into spans of terms: «ноябрь - декабрь 2023», «октябрь 2020 октябрь 2021». */
final class TermScanner {
    private static final String TERM_ENDS = "(?![0-9а-яa-z])";
    private static final List<TermForm> FORMS = List.of(
            new TermForm("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})",
                    m -> new DayTerm(number(m, 1), Month.of(number(m, 2)), number(m, 3))),
            new TermForm("(\\d{1,2})\\.(\\d{1,2})\\.?",
                    m -> new DayTerm(number(m, 1), Month.of(number(m, 2)), null)),
            new TermForm("(\\d{1,2}) (" + RussianMonths.AFTER_DAY + ")(?: (\\d{4}))?",
                    m -> new DayTerm(number(m, 1), RussianMonths.of(m.group(2)), number(m, 3))),
            new TermForm("(iv|iii|ii|i|[1-4]) квартал[а-я]*(?: (\\d{4}))?",
                    m -> new QuarterTerm(quarter(m.group(1)), number(m, 2))),
            new TermForm("(" + RussianMonths.STANDALONE + ")(?: (\\d{4}))?",
                    m -> new MonthTerm(RussianMonths.of(m.group(1)), number(m, 2))),
            new TermForm("(\\d{4})",
                    m -> new YearTerm(number(m, 1))));
    private static final Pattern SEPARATOR = Pattern.compile("(?:[ ,;]|(?<= )и(?= ))+");
    private static final Pattern DASH = Pattern.compile(" ?- ?");

    private final String text;
    private int position;

    private TermScanner(String text) {
        this.text = text;
    }

    /** The spans in the order written, or empty when anything in the text is not a term, a dash or a separator. */
    static Optional<List<Span>> scan(String text) {
        try {
            return new TermScanner(text).spans();
        } catch (DateTimeException e) { // «31.02.», «15.13.2021»
            return Optional.empty();
        }
    }

    private Optional<List<Span>> spans() {
        List<Span> spans = new ArrayList<>();
        for (skip(SEPARATOR); position < text.length(); skip(SEPARATOR)) {
            Optional<Span> span = span();
            if (span.isEmpty()) {
                return Optional.empty();
            }
            spans.add(span.get());
        }
        return spans.isEmpty() ? Optional.empty() : Optional.of(spans);
    }

    private Optional<Span> span() {
        Optional<Term> from = term();
        if (from.isEmpty() || !skip(DASH)) {
            return from.map(Span::of);
        }
        return term().map(to -> new Span(from.get(), to));
    }

    private Optional<Term> term() {
        for (TermForm form : FORMS) {
            Matcher m = form.pattern().matcher(text).region(position, text.length());
            if (m.lookingAt()) {
                position = m.end();
                return Optional.of(form.reader().apply(m));
            }
        }
        return Optional.empty();
    }

    /** Moves past {@code pattern} when it comes next. */
    private boolean skip(Pattern pattern) {
        Matcher m = pattern.matcher(text).region(position, text.length());
        if (m.lookingAt()) {
            position = m.end();
            return true;
        }
        return false;
    }

    private static Integer number(Matcher m, int group) {
        return m.group(group) == null ? null : Integer.valueOf(m.group(group));
    }

    private static int quarter(String written) {
        return switch (written) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(written);
        };
    }

    private record TermForm(Pattern pattern, Function<Matcher, Term> reader) {
        TermForm(String regex, Function<Matcher, Term> reader) {
            this(Pattern.compile(regex + TERM_ENDS), reader);
        }
    }
}
