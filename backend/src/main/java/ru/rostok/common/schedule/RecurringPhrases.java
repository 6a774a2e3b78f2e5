package ru.rostok.common.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads deadlines that come back: «ежегодно», «В течение года, ежегодно», «Май, ежегодно», «Октябрь 2021, далее -
 * ежегодно», «ежеквартально», «ежемесячно», «до 25 числа месяца, следующего за отчётным», «не позднее 25 января
 * года, следующего за отчетным», «по итогам учебного года». The series starts where the text or the context puts
 * it and ends with the plan's period; without a plan period it is open-ended and flagged so.
 */
final class RecurringPhrases {
    private static final Pattern EVERY_YEAR = Pattern.compile("(?:в течение года,? )?ежегодно(?:,? в течение года)?");
    private static final Pattern EVERY_QUARTER = Pattern.compile("ежеквартально");
    private static final Pattern EVERY_MONTH = Pattern.compile("ежемесячно");
    private static final Pattern DAY_AFTER_REPORTING_MONTH = Pattern.compile(
            "(?:(?<every>ежемесячно|ежеквартально),? )?(?:до|не позднее) (?<day>\\d{1,2}) числа месяца,?"
            + " следующего за отчетным(?: (?<period>месяцем|кварталом))?");
    private static final Pattern DAY_AFTER_REPORTING_YEAR = Pattern.compile(
            "(?:ежегодно,? )?(?:до|не позднее) (?<day>\\d{1,2}) (?<month>" + RussianMonths.AFTER_DAY + ") года,?"
            + " следующего за отчетным(?: годом)?");
    private static final Pattern AFTER_SCHOOL_YEAR =
            Pattern.compile("(?:ежегодно,? )?по (?:итогам|окончании|завершении) учебного года");
    private static final Pattern FIRST_THEN_YEARLY =
            Pattern.compile("(?<first>.+?),? (?:(?:и )?(?:далее|затем|в дальнейшем)(?: -)? )?ежегодно");
    private static final Pattern YEARLY_THEN_WHEN = Pattern.compile("ежегодно,? (?<first>.+)");
    // Later days would fall on the 28th in February and stay there in every later month.
    private static final int LAST_DAY_EVERY_MONTH_HAS = 28;

    private RecurringPhrases() {
    }

    /** A recurrence and the flags on how it was found. */
    record Reading(Recurrence recurrence, Set<ScheduleFlag> flags) {
    }

    static Optional<Reading> read(String phrase, ScheduleContext context) {
        if (EVERY_YEAR.matcher(phrase).matches()) {
            return wholePeriods(Frequency.YEARLY, context, date -> DatePeriod.year(date.getYear()));
        }
        if (EVERY_QUARTER.matcher(phrase).matches()) {
            return wholePeriods(Frequency.QUARTERLY, context,
                    date -> DatePeriod.quarter(date.getYear(), quarterOf(date)));
        }
        if (EVERY_MONTH.matcher(phrase).matches()) {
            return wholePeriods(Frequency.MONTHLY, context, date -> DatePeriod.month(YearMonth.from(date)));
        }
        Matcher m = DAY_AFTER_REPORTING_MONTH.matcher(phrase);
        if (m.matches()) {
            boolean quarterly = "ежеквартально".equals(m.group("every")) || "кварталом".equals(m.group("period"));
            return dayAfterReportingMonth(quarterly ? Frequency.QUARTERLY : Frequency.MONTHLY,
                    Integer.parseInt(m.group("day")), context);
        }
        m = DAY_AFTER_REPORTING_YEAR.matcher(phrase);
        if (m.matches()) {
            return dayAfterReportingYear(Integer.parseInt(m.group("day")), RussianMonths.of(m.group("month")), context);
        }
        if (AFTER_SCHOOL_YEAR.matcher(phrase).matches()) {
            return afterSchoolYear(context);
        }
        return firstOfYearly(phrase).flatMap(first -> yearlyFrom(first, context));
    }

    /** «май» in «Май, ежегодно» and «ежегодно, в мае»; «октябрь 2021» in «Октябрь 2021, далее - ежегодно». */
    private static Optional<String> firstOfYearly(String phrase) {
        for (Pattern yearly : List.of(FIRST_THEN_YEARLY, YEARLY_THEN_WHEN)) {
            Matcher m = yearly.matcher(phrase);
            if (m.matches()) {
                return Optional.of(m.group("first"));
            }
        }
        return Optional.empty();
    }

    /** «ежегодно», «ежеквартально», «ежемесячно»: every whole year, quarter or month, from the one the anchor is in. */
    private static Optional<Reading> wholePeriods(Frequency frequency, ScheduleContext context,
            Function<LocalDate, DatePeriod> periodOf) {
        return context.anchor().map(anchor -> series(frequency, periodOf.apply(anchor.date()), context,
                UnaryOperator.identity(), Set.of(anchor.source())));
    }

    /** «до 25 числа месяца, следующего за отчётным»: the first reporting month (or quarter) is the anchor's. */
    private static Optional<Reading> dayAfterReportingMonth(Frequency frequency, int day, ScheduleContext context) {
        if (day < 1 || day > LAST_DAY_EVERY_MONTH_HAS) {
            return Optional.empty();
        }
        UnaryOperator<LocalDate> dueAfterPeriodOf = date -> {
            YearMonth lastReportingMonth = frequency == Frequency.QUARTERLY
                    ? YearMonth.of(date.getYear(), quarterOf(date) * 3)
                    : YearMonth.from(date);
            return lastReportingMonth.plusMonths(1).atDay(day);
        };
        return context.anchor().map(anchor -> series(frequency, DatePeriod.day(dueAfterPeriodOf.apply(anchor.date())),
                context, dueAfterPeriodOf, Set.of(anchor.source())));
    }

    /** «не позднее 25 января года, следующего за отчетным»: the first reporting year is the anchor's. */
    private static Optional<Reading> dayAfterReportingYear(int day, Month month, ScheduleContext context) {
        if (day < 1 || day > month.maxLength()) {
            return Optional.empty();
        }
        UnaryOperator<LocalDate> dueAfterYearOf = date -> {
            YearMonth dueMonth = YearMonth.of(date.getYear() + 1, month);
            return dueMonth.atDay(Math.min(day, dueMonth.lengthOfMonth()));
        };
        return context.anchor().map(anchor -> series(Frequency.YEARLY,
                DatePeriod.day(dueAfterYearOf.apply(anchor.date())), context, dueAfterYearOf, Set.of(anchor.source())));
    }

    /**
     * «по итогам учебного года»: lessons end in May and the year's results are summed up in June, so each
     * occurrence is June. The text does not say so, hence the flag.
     */
    private static Optional<Reading> afterSchoolYear(ScheduleContext context) {
        return context.anchor().map(anchor -> {
            DatePeriod june = DatePeriod.month(YearMonth.of(anchor.yearOf(Month.JUNE), Month.JUNE));
            return series(Frequency.YEARLY, june, context, UnaryOperator.identity(),
                    EnumSet.of(anchor.source(), ScheduleFlag.DATE_BY_CONVENTION));
        });
    }

    /** «Май, ежегодно», «Октябрь 2021, далее - ежегодно»: the first occurrence is written, within a year. */
    private static Optional<Reading> yearlyFrom(String first, ScheduleContext context) {
        return DateExpression.read(first, context)
                .filter(reading -> reading.periods().size() == 1)
                .filter(reading -> reading.kind() == ScheduleKind.DATE || reading.kind() == ScheduleKind.PERIOD)
                .filter(reading -> withinAYear(reading.periods().get(0)))
                .map(reading -> series(Frequency.YEARLY, reading.periods().get(0), context, UnaryOperator.identity(),
                        reading.flags()));
    }

    private static boolean withinAYear(DatePeriod period) {
        return period.end().isBefore(period.start().plusYears(1));
    }

    /**
     * The series from {@code first} to the occurrence that covers the plan's last day, which is due on
     * {@code dueOfPeriodWith} that day: the plan's end itself, or for «до 25 числа месяца, следующего за отчётным»
     * the 25th of the month after. The first occurrence is written in the text and kept even when the plan ends
     * before it is due.
     */
    private static Reading series(Frequency frequency, DatePeriod first, ScheduleContext context,
            UnaryOperator<LocalDate> dueOfPeriodWith, Set<ScheduleFlag> flags) {
        Set<ScheduleFlag> allFlags = EnumSet.noneOf(ScheduleFlag.class);
        allFlags.addAll(flags);
        Optional<LocalDate> lastDue = context.planPeriod().map(plan -> dueOfPeriodWith.apply(plan.end()));
        if (lastDue.isEmpty()) {
            allFlags.add(ScheduleFlag.NO_PLAN_PERIOD);
        }
        LocalDate until = lastDue.map(due -> due.isBefore(first.end()) ? first.end() : due).orElse(null);
        return new Reading(new Recurrence(frequency, first, until), allFlags);
    }

    private static int quarterOf(LocalDate date) {
        return (date.getMonthValue() + 2) / 3;
    }
}
