package ru.rostok.documents.input;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.rostok.common.Text;

/** The shapes of an official document's lines: numbers, deadlines, signatures, dates, the operative word. */
final class Patterns {
    /** «1.», «2.1.», «3.МБУ» (no space), «3.2.Активизировать», «п. 2», «1)»: the number, then a letter, quote or bracket. */
    static final Pattern POINT = Pattern.compile("^(?:п\\.\\s*((?:\\d{1,3}\\.){0,4}\\d{1,3})\\.?|((?:\\d{1,3}\\.){0,4}\\d{1,3})[.)])\\s*(?=[«\"„“(A-Za-zА-Яа-яЁё])(.*)$",
            Pattern.DOTALL);
    /** A table's number cell: «1», «1.», «2.1.». */
    static final Pattern NUMBER_CELL = Pattern.compile("^((?:\\d{1,3}\\.){0,4}\\d{1,3})\\.?$");
    /** «I.», «IV.»: a section of points. */
    static final Pattern SECTION = Pattern.compile("^([IVXLC]{1,6})\\.\\s+(\\S.*)$", Pattern.DOTALL);
    /** «а)», «б)»: a lettered sub-point. */
    static final Pattern LETTER = Pattern.compile("^([а-яё])\\)\\s+(\\S.*)$", Pattern.DOTALL);
    /** «Срок: …», «Сроки исполнения – …», «Срок исполнения до …». */
    static final Pattern DEADLINE_LABEL = Pattern.compile("^сроки?(?:\\s+(?:исполнения|выполнения))?\\s*(?:[:\\-–—]\\s*|\\s+(?=до|в\\s|не позднее))(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** The same label at the end of a point's text: «… обеспечить участие. Срок – до 1 марта 2023 г.». */
    static final Pattern DEADLINE_IN_TEXT = Pattern.compile("^(.*?[.;,)»])\\s*(?:срок(?:и)?(?:\\s+(?:исполнения|выполнения))?\\s*[:\\-–—]\\s*)(\\S.{1,120})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** «Ответственный: отдел образования», «Исполнители – ИМЦ, ОО» under a point. */
    static final Pattern RESPONSIBLE_LABEL = Pattern.compile("^(?:ответственн(?:ый|ые|ая)(?:\\s+исполнител[ьи])?|исполнител[ьи])\\s*[:\\-–—]\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** «…, в срок до 1 марта 2021 г.», «… до 25.12.2023»: a deadline the sentence itself ends with. */
    static final Pattern DEADLINE_ENDING = Pattern.compile("^.*?[\\s,](?:в\\s+срок\\s+)?((?:до|не позднее)\\s+\\d{1,2}(?:\\.\\d{1,2}\\.\\d{2,4}|\\s+[а-яё]+\\s+\\d{4})(?:\\s*г(?:ода|\\.)?)?)\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern SIGNATURE = Pattern.compile("^(?:председатель|секретарь|глава|заместитель|первый заместитель|министр|начальник|директор"
            + "|руководитель|исполняющий|и\\. ?о\\.|врио|член[ы]? коллегии)(?![а-яё])");
    private static final Pattern OPERATIVE = Pattern.compile("(решил[аио]?|решила|решает|приказываю|постановляю|постановляет|постановил[аио]?|предлагаю)[:.]?$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.?\\s?(\\d{4})(?!\\d)");
    private static final Pattern VERBAL_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBER = Pattern.compile("№\\s*([\\p{L}\\d][\\p{L}\\d/\\-.]*[\\p{L}\\d]|[\\p{L}\\d])");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final String[] MONTHS = {"январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"};

    private Patterns() {
    }

    static String spaces(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Letters only, lower case: «П Р И К А З» and «приказ» are one word. */
    static String compact(String s) {
        return Text.fold(s).replaceAll("[^а-яa-z0-9:.]", "");
    }

    static boolean isSignature(String line) {
        String s = Text.fold(line.strip());
        return s.length() < 90 && !s.endsWith(":") && SIGNATURE.matcher(s).find();
    }

    /** Where the operative word («РЕШИЛА:», «п р и к а з ы в а ю :», «… постановляет:») ends a line, or -1. */
    static boolean endsWithOperative(String line) {
        return OPERATIVE.matcher(compact(line)).find();
    }

    /** The line without its operative word, spaced or not. */
    static String withoutOperative(String line) {
        String s = line.strip();
        Matcher m = OPERATIVE.matcher(compact(s));
        if (!m.find()) {
            return s;
        }
        int letters = m.end() - m.start();
        int cut = s.length();
        while (cut > 0 && letters > 0) {
            char c = Character.toLowerCase(s.charAt(cut - 1));
            if (Character.isLetterOrDigit(c) || c == ':' || c == '.') {
                letters--;
            }
            cut--;
        }
        return s.substring(0, cut).strip();
    }

    static Optional<LocalDate> date(String line) {
        Matcher n = NUMERIC_DATE.matcher(line);
        if (n.find()) {
            return date(n.group(3), n.group(2), n.group(1));
        }
        Matcher v = VERBAL_DATE.matcher(line);
        if (v.find()) {
            String month = Text.fold(v.group(2));
            for (int i = 0; i < MONTHS.length; i++) {
                if (month.startsWith(MONTHS[i])) {
                    return date(v.group(3), String.valueOf(i + 1), v.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<String> number(String line) {
        Matcher m = NUMBER.matcher(line);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean isRoman(String s) {
        return s.matches("[IVXLC]{1,6}");
    }
}
