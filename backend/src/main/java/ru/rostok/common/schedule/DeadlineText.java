package ru.rostok.common.schedule;

import java.util.regex.Pattern;
import ru.rostok.common.Text;

/**
 * Evens out the typography of a deadline as documents type it, so that the grammar sees one spelling:
 * «Срок:декабрь2020–апрель2021г.» becomes «декабрь 2020 - апрель 2021», «Срок: 2021 – 2022 г..г.» becomes
 * «2021 - 2022», «02.11.- 06.11.2021 г.» becomes «02.11. - 06.11.2021».
 */
final class DeadlineText {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern LABEL = Pattern.compile("^сроки?(?: исполнения)? ?[:-] ?");
    private static final Pattern ORDINAL_ENDING = Pattern.compile("(\\d) ?- ?(?:й|я|го|м|ый|ий|ой|ом)(?![а-я])");
    private static final Pattern LETTER_MEETS_DIGIT = Pattern.compile("(?<=[а-я])(?=\\d)|(?<=\\d)(?=[а-я])");
    // «2021 г.», «2020 гг», «2022 г..г.», «2023 года», «2021-2022 годы»: the word adds nothing after a year.
    private static final Pattern YEAR_WORD = Pattern.compile("(\\d{4}) ?(?:г[. ]*г|год(?:ы|ов|а|у)?|г)(?![а-я])\\.*");
    // «21.10. 2020», «14.12 2022»: a date split by a space.
    private static final Pattern SPLIT_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2}\\.\\d{1,2})\\.? (\\d{4})(?!\\d)");
    private static final Pattern DASH = Pattern.compile(" ?- ?");
    private static final Pattern PUNCTUATION = Pattern.compile(" ?([,;]) ?");
    private static final Pattern EDGES = Pattern.compile("^[ .,;:]+|[ .,;:]+$");

    private DeadlineText() {
    }

    /** Lower case, е for ё, one space, «-» for every dash, no «Срок:» label, no «г.» after years, no trailing dots. */
    static String normalise(String text) {
        String s = SPACES.matcher(Text.fold(text)).replaceAll(" ").strip();
        s = DASHES.matcher(s).replaceAll("-");
        s = LABEL.matcher(s).replaceFirst("");
        s = ORDINAL_ENDING.matcher(s).replaceAll("$1");
        s = LETTER_MEETS_DIGIT.matcher(s).replaceAll(" ");
        s = YEAR_WORD.matcher(s).replaceAll("$1");
        s = SPLIT_DATE.matcher(s).replaceAll("$1.$2");
        s = DASH.matcher(s).replaceAll(" - ");
        s = PUNCTUATION.matcher(s).replaceAll("$1 ");
        s = SPACES.matcher(s).replaceAll(" ");
        return EDGES.matcher(s).replaceAll("");
    }
}
