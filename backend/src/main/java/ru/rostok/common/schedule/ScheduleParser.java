package ru.rostok.common.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a deadline as a document writes it into a {@link Schedule}.
 *
 * <p>First the typography is evened out (case, ё, dashes, spaces and line breaks, «Срок:», «г.», «гг», «года»,
 * trailing dots: see {@link DeadlineText}). Then the text is read, in this order, as
 * <ol>
 * <li>continuous over the plan's period: «весь период», «Постоянно», «в течение учебного года»;
 * <li>recurring: «ежегодно», «Май, ежегодно», «Октябрь 2021, далее - ежегодно», «ежеквартально», «до 25 числа
 * месяца, следующего за отчётным», «по итогам учебного года» (see {@link RecurringPhrases});
 * <li>dates: one date, a period, or several of either: «До 1 марта 2023 года», «ноябрь - декабрь», «Октябрь 2020 г.
 * Октябрь 2021 г.», «4 квартал 2024 г.» (see {@link DateExpression}).
 * </ol>
 * Anything else is {@link ScheduleKind#UNPARSED}, kept as written.
 *
 * <p>A year left out is counted from the later of the document's date and the plan's start: the month of that
 * date or a later month falls in its year, an earlier month in the next year (see {@link ScheduleContext#anchor}).
 * The schedule is flagged with where the year came from. A year written is never changed, even when it puts the
 * deadline before the document: {@link Schedule#startsBefore} is there to warn about it.
 */
public final class ScheduleParser {
    private static final Pattern CONTINUOUS = Pattern.compile("весь период(?: реализации.*)?|постоянно"
            + "|(?:в течение|на протяжении) всего (?:периода|срока)(?: реализации.*)?"
            + "|в течение (?:всего )?учебного года");

    private ScheduleParser() {
    }

    public static Schedule parse(String text, ScheduleContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        String phrase = DeadlineText.normalise(text);
        return continuous(text, phrase, context)
                .or(() -> RecurringPhrases.read(phrase, context)
                        .map(reading -> Schedule.recurring(text, reading.recurrence(), reading.flags())))
                .or(() -> DateExpression.read(phrase, context)
                        .map(reading -> Schedule.of(text, reading.kind(), reading.periods(), reading.flags())))
                .orElseGet(() -> Schedule.unparsed(text));
    }

    private static Optional<Schedule> continuous(String text, String phrase, ScheduleContext context) {
        if (!CONTINUOUS.matcher(phrase).matches()) {
            return Optional.empty();
        }
        return Optional.of(context.planPeriod()
                .map(plan -> Schedule.of(text, ScheduleKind.CONTINUOUS, List.of(plan), Set.of()))
                .orElseGet(() -> Schedule.of(text, ScheduleKind.CONTINUOUS, List.of(),
                        Set.of(ScheduleFlag.NO_PLAN_PERIOD))));
    }
}
