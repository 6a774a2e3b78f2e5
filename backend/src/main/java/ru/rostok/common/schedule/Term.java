package ru.rostok.common.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

/** A calendar term of a deadline, its year possibly left out: «02.11.», «1 марта 2023», «май», «4 квартал 2024». */
sealed interface Term {

    /** The year as written, or null when left out. */
    Integer year();

    Term withYear(int year);

    /** Where in its year the term begins; a term that begins earlier than the one before it is in the next year. */
    MonthDay beginning();

    /** The days the term covers; only once it has a year. */
    DatePeriod period();

    record DayTerm(int day, Month month, Integer year) implements Term {
        public DayTerm {
            MonthDay.of(month, day); // rejects «31.02.» before any year is known
        }

        @Override
        public Term withYear(int year) {
            return new DayTerm(day, month, year);
        }

        @Override
        public MonthDay beginning() {
            return MonthDay.of(month, day);
        }

        @Override
        public DatePeriod period() {
            return DatePeriod.day(LocalDate.of(year, month, day));
        }
    }

    record MonthTerm(Month month, Integer year) implements Term {
        @Override
        public Term withYear(int year) {
            return new MonthTerm(month, year);
        }

        @Override
        public MonthDay beginning() {
            return MonthDay.of(month, 1);
        }

        @Override
        public DatePeriod period() {
            return DatePeriod.month(YearMonth.of(year, month));
        }
    }

    record QuarterTerm(int quarter, Integer year) implements Term {
        public QuarterTerm {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("no quarter " + quarter);
            }
        }

        @Override
        public Term withYear(int year) {
            return new QuarterTerm(quarter, year);
        }

        @Override
        public MonthDay beginning() {
            return MonthDay.of(3 * quarter - 2, 1);
        }

        @Override
        public DatePeriod period() {
            return DatePeriod.quarter(year, quarter);
        }
    }

    record YearTerm(Integer year) implements Term {
        @Override
        public Term withYear(int year) {
            return this;
        }

        @Override
        public MonthDay beginning() {
            return MonthDay.of(1, 1);
        }

        @Override
        public DatePeriod period() {
            return DatePeriod.year(year);
        }
    }
}
