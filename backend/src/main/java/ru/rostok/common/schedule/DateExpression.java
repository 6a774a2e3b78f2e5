package ru.rostok.common.schedule;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a deadline written as dates: spans of terms after an optional lead word. «до 1 марта 2023» is a
 * {@link ScheduleKind#DATE}; «ноябрь - декабрь», «в течение 2023», «02.11. - 06.11.2021», «4 квартал 2024» are
 * a {@link ScheduleKind#PERIOD}; «октябрь 2020 октябрь 2021» is {@link ScheduleKind#OCCURRENCES}.
 */
final class DateExpression {

    /** The dates read and how their years were found. */
    record Reading(ScheduleKind kind, List<DatePeriod> periods, Set<ScheduleFlag> flags) {
    }

    private enum Lead {
        BY("(?:до|не позднее|к) "),
        DURING("(?:в течение|в|на) "),
        NONE("");

        private final Pattern words;

        Lead(String words) {
            this.words = Pattern.compile("^" + words);
        }

        static Lead of(String phrase) {
            for (Lead lead : values()) {
                if (lead.words.matcher(phrase).lookingAt()) {
                    return lead;
                }
            }
            throw new AssertionError("NONE matches every phrase");
        }

        String after(String phrase) {
            return words.matcher(phrase).replaceFirst("");
        }
    }

    private DateExpression() {
    }

    /** The dates in a normalised phrase, or empty when it is not made of dates or needs a year the context lacks. */
    static Optional<Reading> read(String phrase, ScheduleContext context) {
        Lead lead = Lead.of(phrase);
        Optional<List<Span>> written = TermScanner.scan(lead.after(phrase));
        if (written.isEmpty()) {
            return Optional.empty();
        }
        if (written.get().stream().flatMap(span -> span.terms().stream()).anyMatch(term -> term.year() != null)) {
            return reading(lead, withYears(written.get(), null), Set.of());
        }
        return context.anchor()
                .flatMap(anchor -> reading(lead, withYears(written.get(), anchor), Set.of(anchor.source())));
    }

    private static Optional<Reading> reading(Lead lead, List<Span> spans, Set<ScheduleFlag> flags) {
        List<DatePeriod> periods;
        try {
            periods = spans.stream().map(Span::period).toList();
        } catch (DateTimeException | IllegalArgumentException e) { // «29.02.2021», «2022 - 2020»
            return Optional.empty();
        }
        boolean oneDay = spans.size() == 1 && spans.get(0).isOneDay();
        if (lead == Lead.BY) {
            // «до» a month or a year could mean its start or its end: not ours to choose
            return oneDay ? Optional.of(new Reading(ScheduleKind.DATE, periods, flags)) : Optional.empty();
        }
        if (spans.size() == 1) {
            return Optional.of(new Reading(oneDay ? ScheduleKind.DATE : ScheduleKind.PERIOD, periods, flags));
        }
        if (lead != Lead.NONE) {
            return Optional.empty();
        }
        return Optional.of(new Reading(ScheduleKind.OCCURRENCES, periods, flags));
    }

    /**
     * Gives every term a year. A term without one takes the year of the next term that has one («02.11.-
     * 06.11.2021», «май – июнь 2021 г.»), the year before if it falls later in the year («декабрь - апрель 2021»).
     * Terms after the last written year follow the term before them, the next year if they fall earlier in the
     * year («декабрь 2020 - апрель»). When no year is written at all, the first term's comes from the anchor.
     */
    private static List<Span> withYears(List<Span> spans, ScheduleContext.Anchor anchor) {
        List<Term> terms = new ArrayList<>();
        spans.forEach(span -> terms.addAll(span.terms()));
        for (int i = terms.size() - 2; i >= 0; i--) {
            Term term = terms.get(i);
            Term next = terms.get(i + 1);
            if (term.year() == null && next.year() != null) {
                terms.set(i, term.withYear(fallsLater(term, next) ? next.year() - 1 : next.year()));
            }
        }
        if (terms.get(0).year() == null) {
            terms.set(0, terms.get(0).withYear(anchor.yearOf(terms.get(0).beginning().getMonth())));
        }
        for (int i = 1; i < terms.size(); i++) {
            Term term = terms.get(i);
            Term previous = terms.get(i - 1);
            if (term.year() == null) {
                terms.set(i, term.withYear(fallsLater(previous, term) ? previous.year() + 1 : previous.year()));
            }
        }
        Iterator<Term> withYears = terms.iterator();
        List<Span> dated = new ArrayList<>();
        for (Span span : spans) {
            dated.add(span.withTermsFrom(withYears));
        }
        return dated;
    }

    private static boolean fallsLater(Term term, Term other) {
        return term.beginning().isAfter(other.beginning());
    }
}
