package ru.rostok.common.schedule;

import java.util.Iterator;
import java.util.List;

/** One term, or a range of two written «X - Y». */
record Span(Term from, Term to) {

    static Span of(Term term) {
        return new Span(term, null);
    }

    List<Term> terms() {
        return to == null ? List.of(from) : List.of(from, to);
    }

    /** The same span with its terms replaced, in order, by the next ones from {@code terms}. */
    Span withTermsFrom(Iterator<Term> terms) {
        Term newFrom = terms.next();
        return new Span(newFrom, to == null ? null : terms.next());
    }

    boolean isOneDay() {
        return to == null && from instanceof Term.DayTerm;
    }

    /** From the first day of {@code from} to the last day of {@code to}; throws when the range runs backwards. */
    DatePeriod period() {
        Term last = to == null ? from : to;
        return new DatePeriod(from.period().start(), last.period().end());
    }
}
