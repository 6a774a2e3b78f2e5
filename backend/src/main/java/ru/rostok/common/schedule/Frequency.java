package ru.rostok.common.schedule;

import java.time.Period;

/** How often a recurring deadline comes back. */
public enum Frequency {
    YEARLY(Period.ofYears(1)),
    QUARTERLY(Period.ofMonths(3)),
    MONTHLY(Period.ofMonths(1));

    private final Period step;

    Frequency(Period step) {
        this.step = step;
    }

    public Period step() {
        return step;
    }
}
