package ru.rostok.common.schedule;

import java.time.Month;
import java.util.HashMap;
import java.util.Map;

/** Russian month names in the cases deadlines use: «май», «1 мая», «в мае». */
final class RussianMonths {
    private static final String[][] FORMS = {
        // nominative, genitive, prepositional
        {"январь", "января", "январе"},
        {"февраль", "февраля", "феврале"},
        {"март", "марта", "марте"},
        {"апрель", "апреля", "апреле"},
        {"май", "мая", "мае"},
        {"июнь", "июня", "июне"},
        {"июль", "июля", "июле"},
        {"август", "августа", "августе"},
        {"сентябрь", "сентября", "сентябре"},
        {"октябрь", "октября", "октябре"},
        {"ноябрь", "ноября", "ноябре"},
        {"декабрь", "декабря", "декабре"},
    };
    private static final Map<String, Month> BY_FORM = new HashMap<>();

    /** A month standing alone: «май», «в мае». */
    static final String STANDALONE;
    /** A month after a day: «1 мая». */
    static final String AFTER_DAY;

    static {
        StringBuilder standalone = new StringBuilder();
        StringBuilder afterDay = new StringBuilder();
        for (int i = 0; i < FORMS.length; i++) {
            for (String form : FORMS[i]) {
                BY_FORM.put(form, Month.of(i + 1));
            }
            standalone.append(i == 0 ? "" : "|").append(FORMS[i][0]).append('|').append(FORMS[i][2]);
            afterDay.append(i == 0 ? "" : "|").append(FORMS[i][1]);
        }
        STANDALONE = standalone.toString();
        AFTER_DAY = afterDay.toString();
    }

    private RussianMonths() {
    }

    static Month of(String form) {
        Month month = BY_FORM.get(form);
        if (month == null) {
            throw new IllegalArgumentException("not a month: " + form);
        }
        return month;
    }
}
