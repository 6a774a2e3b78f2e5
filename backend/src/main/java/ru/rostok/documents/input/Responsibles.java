package ru.rostok.documents.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.rostok.common.Text;

/**
 * Who a point is addressed to, as the document writes it: «Управлению образования Администрации г.Керчи (Димарцо
 * Е.В.):», «ГКУ РК «…» (Трещев О.В.) обеспечить:», «Совместно с органами управления образованием …:»; a table's
 * column of responsible bodies split at its commas; and the controller of «Контроль … возложить на …».
 */
final class Responsibles {
    /** A label and the person in parentheses, as written; the person may be null. */
    record Named(String label, String person) {
    }

    private static final Pattern ADDRESSED = Pattern.compile("^(?:совместно с\\s+)?(.{3,300}?)\\s*(?:\\(([^()]{3,80})\\))?\\s*"
            + "(?:обеспечить|организовать|провести|поручить|рекомендовать|предложить)?\\s*:$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern PERSON_THEN_VERB = Pattern.compile("^(.{3,300}?)\\s*\\(([^()]{3,80})\\)\\s*[,:]?\\s+(?=[а-яё])", Pattern.DOTALL);
    private static final Pattern INITIALS = Pattern.compile("[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.");
    private static final Pattern BODY_WORD = Pattern.compile("^(?:[мг][а-я]{1,3}у|гбоу|фгбоу|гау|гку|гбу|мбу|мку|мау|моу|мбоу|мкоу|маоу|ано|ооо"
            + "|муниципальн|государственн|управлени|отдел|комитет|министерств|департамент|сектор|служб|орган|руководител|директор|заместител"
            + "|администраци|образовательн|общеобразовательн|школ|информационно|центр|институт|учреждени|методическ|оо\\b|имц|мимц)",
            Pattern.UNICODE_CHARACTER_CLASS); // \b at a Cyrillic word's end: see RoadmapReader.APPROVED
    private static final Pattern CONTROL = Pattern.compile("^контроль\\s+(?:за|над)\\s+(?:выполнением|исполнением)[^.]*?\\s(?:возложить|возлагаю)\\s+на\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern KEEP_CONTROL = Pattern.compile("^контроль\\s+(?:за|над)\\s+.*оставляю за собой", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SURNAME_INITIALS = Pattern.compile("^(.*?)\\s*([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\\s+([А-ЯЁ]\\.\\s?[А-ЯЁ]\\.)$");
    private static final Pattern INITIALS_SURNAME = Pattern.compile("^(.*?)\\s*([А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё]+)$");

    private Responsibles() {
    }

    /** A table cell that names a body or a person who does the work, not a deadline nor a result. */
    static boolean isBody(String cell) {
        return cell.length() <= 300 && BODY_WORD.matcher(Text.fold(cell.strip())).find();
    }

    /** The addressee a point opens with, if it opens with one. */
    static Optional<Named> addressee(String text) {
        Matcher m = ADDRESSED.matcher(text.strip());
        if (!m.matches()) {
            m = PERSON_THEN_VERB.matcher(text.strip());
            if (!m.find() || !INITIALS.matcher(m.group(2)).find()) {
                return Optional.empty();
            }
        }
        String label = m.group(1).strip();
        String person = m.group(2) == null ? null : m.group(2).strip();
        if (person != null && !INITIALS.matcher(person).find()) {
            label = label + " (" + person + ")";
            person = null;
        }
        if (!BODY_WORD.matcher(Text.fold(label)).find()) {
            return Optional.empty();
        }
        return Optional.of(new Named(label, person));
    }

    /** «Отдел образования (Иванова И.И.)» → the label and the person in parentheses. */
    static Named withPerson(String text) {
        Matcher m = Pattern.compile("^(.+?)\\s*\\(([^()]{3,80})\\)$", Pattern.DOTALL).matcher(text.strip());
        return m.matches() && INITIALS.matcher(m.group(2)).find() ? new Named(m.group(1).strip(), m.group(2).strip()) : new Named(text.strip(), null);
    }

    /** «Контроль за выполнением решения возложить на заместителя министра Беспалову С.Э.» → the label and the person. */
    static Optional<Named> controller(String text) {
        return controlledBy(text).map(Responsibles::named);
    }

    /** «заместителя министра Беспалову С.Э.» → «заместителя министра», «Беспалова С.Э.». */
    private static Named named(String who) {
        Matcher s = SURNAME_INITIALS.matcher(who);
        if (s.matches() && !s.group(1).isBlank()) {
            return new Named(s.group(1).strip(), nominative(s.group(2)) + " " + s.group(3));
        }
        Matcher i = INITIALS_SURNAME.matcher(who);
        if (i.matches() && !i.group(1).isBlank()) {
            return new Named(i.group(1).strip(), i.group(2));
        }
        return new Named(who, null);
    }

    /** Who «Контроль … возложить на …» names, exactly as written: «заместителя главы администрации … Алсуфьеву И.М.». */
    static Optional<String> controlledBy(String text) {
        Matcher m = CONTROL.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String who = m.group(1).strip();
        return Optional.of(who.endsWith(".") && !who.matches("(?s).*[А-ЯЁ]\\.$") ? who.substring(0, who.length() - 1) : who);
    }

    /** «Контроль за исполнением приказа оставляю за собой»: the signatory controls. */
    static boolean keepsControl(String text) {
        return KEEP_CONTROL.matcher(text.strip()).find();
    }

    /** A responsible column: «Отдел образования, общеобразовательные организации», split outside quotes and brackets. */
    static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : cell.toCharArray()) {
            if (c == '«' || c == '(') {
                depth++;
            } else if ((c == '»' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';' || c == '\n')) {
                add(parts, current);
            } else {
                current.append(c);
            }
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder current) {
        String s = Patterns.spaces(current.toString()).replaceAll("[.]$", "");
        if (!s.isBlank()) {
            parts.add(s);
        }
        current.setLength(0);
    }

    /** A surname after «возложить на», in the accusative, as it is named: «Беспалову» → «Беспалова». */
    static String nominative(String surname) {
        if (surname.matches(".*(ов|ев|ёв|ин|ын)у")) {
            return surname.substring(0, surname.length() - 1) + "а";
        }
        if (surname.endsWith("ую")) {
            return surname.substring(0, surname.length() - 2) + "ая";
        }
        if (surname.matches(".*(ов|ев|ёв|ин|ын)а")) {
            return surname.substring(0, surname.length() - 1);
        }
        if (surname.matches(".*(ск|цк)ого")) {
            return surname.substring(0, surname.length() - 3) + "ий";
        }
        return surname;
    }
}
