package ru.rostok.documents.input;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.rostok.common.Text;
import ru.rostok.control.DecisionKind;

/**
 * The head of an official document, read from the lines before its operative word: who issued it, what kind of
 * document it is, its date and number, its title («О …», «Об …») and its preamble.
 */
record Header(DecisionKind kind, String issuer, LocalDate date, String number, String title, String preamble, int lastLine) {
    private static final Pattern TITLE = Pattern.compile("^(?:О|Об|Обо)\\s+\\S");
    private static final Pattern ABOUT = Pattern.compile("(?:информаци[юи]|доклад|сообщени[ея]).*?\\s(о|об|обо)\\s+([^,;]+)", Pattern.UNICODE_CASE);
    private static final Pattern PLACE = Pattern.compile("^(?:г\\.|город|с\\.|пос\\.|пгт)\\s*[А-ЯЁ][а-яё\\-]+\\.?$");
    private static final List<String> NOT_ISSUER = List.of("российскаяфедерация", "правительство");

    /** The header of lines [0, end); the line at {@code end}, if any, may end with the operative word. */
    static Header read(List<SourceLine> lines, int end) {
        int kindAt = -1;
        DecisionKind kind = null;
        for (int i = 0; i < end; i++) {
            DecisionKind k = kindOf(lines.get(i).text());
            if (k != null) {
                kindAt = i;
                kind = k;
                break;
            }
        }
        List<Paragraph> before = Paragraph.of(lines, 0, Math.max(kindAt, 0));
        String issuer = before.stream().map(Paragraph::text).filter(Header::mayIssue).reduce((a, b) -> b).orElse(null);
        LocalDate date = null;
        String number = null;
        String title = null;
        StringBuilder preamble = new StringBuilder();
        for (String text : paragraphs(lines, kindAt + 1, end)) {
            boolean shortLine = text.length() <= 70;
            if (shortLine && date == null && Patterns.date(text).isPresent()) {
                date = Patterns.date(text).get();
                number = number != null ? number : Patterns.number(text).orElse(null);
                continue;
            }
            if (shortLine && number == null && text.startsWith("№")) {
                number = Patterns.number(text).orElse(null);
                continue;
            }
            if (shortLine && PLACE.matcher(text).matches() || shortLine && text.startsWith("на №")) {
                continue;
            }
            if (title == null && preamble.isEmpty() && TITLE.matcher(text).find()) {
                title = text;
                continue;
            }
            append(preamble, text);
        }
        if (end < lines.size() && Patterns.endsWithOperative(lines.get(end).text())) {
            append(preamble, Patterns.withoutOperative(lines.get(end).text()));
        }
        String pre = preamble.isEmpty() ? null : preamble.toString();
        if (title == null && pre != null) {
            Matcher m = ABOUT.matcher(pre);
            if (m.find()) {
                String about = m.group(1) + " " + m.group(2).strip();
                title = Character.toUpperCase(about.charAt(0)) + about.substring(1);
            }
        }
        return new Header(kind, issuer, date, number, title, pre, end);
    }

    /**
     * The head's paragraphs after the kind of document: a blank line ends one, and so does a line that begins with a
     * capital letter, a digit or «№» (a date line, the title, the preamble typed without blank lines between them); a
     * line that begins in lower case continues the one above (a title broken over lines).
     */
    private static List<String> paragraphs(List<SourceLine> lines, int from, int to) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = Math.max(from, 0); i < to; i++) {
            String t = lines.get(i).text();
            boolean continues = !t.isBlank() && !current.isEmpty() && Character.isLowerCase(t.charAt(0));
            if (!continues && !current.isEmpty()) {
                out.add(Patterns.spaces(current.toString()));
                current.setLength(0);
            }
            if (!t.isBlank()) {
                current.append(current.isEmpty() ? "" : " ").append(t);
            }
        }
        if (!current.isEmpty()) {
            out.add(Patterns.spaces(current.toString()));
        }
        return out;
    }

    /** «РЕШЕНИЕ», «П Р И К А З», «ПОСТАНОВЛЕНИЕ», «ПРОТОКОЛ», alone on their line. */
    static DecisionKind kindOf(String line) {
        return switch (Patterns.compact(line).replace(":", "").replace(".", "")) {
            case "решение" -> DecisionKind.COLLEGIUM_DECISION;
            case "приказ" -> DecisionKind.ORDER;
            case "постановление" -> DecisionKind.RESOLUTION;
            case "протокол" -> DecisionKind.PROTOCOL;
            default -> null;
        };
    }

    /** Not «РОССИЙСКАЯ ФЕДЕРАЦИЯ» nor a lone region name above the issuer. */
    private static boolean mayIssue(String paragraph) {
        String folded = Text.fold(paragraph);
        boolean regionName = paragraph.length() <= 40 && folded.matches(".*(область|край|республик|округ|автономн).*")
                && !folded.matches(".*(министерств|управлени|комитет|отдел|администрац|коллеги|департамент).*");
        return paragraph.length() <= 300 && !Patterns.compact(paragraph).equals("российскаяфедерация") && !regionName;
    }

    private static void append(StringBuilder sb, String text) {
        if (text.isBlank()) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append('\n');
        }
        sb.append(text.strip());
    }
}
