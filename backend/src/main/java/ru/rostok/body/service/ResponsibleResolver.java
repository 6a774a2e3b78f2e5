package ru.rostok.body.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import ru.rostok.body.Body;
import ru.rostok.body.BodyKind;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Reads a responsible as the documents write it, in any case («Комитет», «ИМЦ», «ОО», «Управлению образования») into what it
 * stands for: every school of the territory, or the body of that kind in the document's territory. The document's own
 * abbreviations («ИМЦ – муниципальное учреждение «Информационно – методический центр»») are expanded first.
 * A label it cannot place stays a label, with no body.
 */
public final class ResponsibleResolver {
    private static final Pattern SCHOOLS = Pattern.compile("^оо$|общеобразовательн|^школ|руководител[а-я]* (оо|школ)");
    private static final Pattern CENTRE = Pattern.compile("имц|мимц|методическ");
    private static final Pattern AUTHORITY = Pattern.compile("^комитет[ау]?( |$)|комитет[ау]? по образованию|управлени[еяюи] образовани|отдел[ау]? образовани|орган[а-я]* управления образовани");
    private static final Pattern MINISTRY = Pattern.compile("министерств|минобр");
    // «Управлению общего образования» in a regional document: a department of the ministry that issued it.
    private static final Pattern DEPARTMENT = Pattern.compile("^(?:управлени|отдел|департамент|сектор)[а-я]* (?!муниципальн|администрац)");
    private static final Pattern QUOTED = Pattern.compile("[«\"“„]([^«»\"“”„]{2,})[»\"”“]");

    /** What a label resolves to: every school, or a body, or nothing. */
    public record Resolution(boolean allSchools, Body body) {
    }

    private ResponsibleResolver() {
    }

    /** A roadmap's responsible, a decision's assignees and controller: the document's own abbreviations first, if any. */
    public static Resolution resolve(String label, Region region, Municipality municipality, Map<String, String> abbreviations) {
        String text = expand(label, abbreviations).toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
        Optional<Body> named = named(text, region, municipality);
        if (named.isPresent()) {
            return new Resolution(false, named.get());
        }
        if (SCHOOLS.matcher(text).find()) {
            return new Resolution(true, null);
        }
        if (CENTRE.matcher(text).find()) {
            return new Resolution(false, body(region, municipality, BodyKind.METHODOLOGICAL_CENTRE).orElse(null));
        }
        if (AUTHORITY.matcher(text).find()) {
            return new Resolution(false, municipality == null ? null : body(region, municipality, BodyKind.EDUCATION_AUTHORITY).orElse(null));
        }
        if (MINISTRY.matcher(text).find()) {
            return new Resolution(false, Body.<Body>find("region = ?1 and kind = ?2", region, BodyKind.MINISTRY).firstResultOptional()
                    .orElse(null));
        }
        if (municipality == null && region != null && DEPARTMENT.matcher(text).find()) {
            return new Resolution(false, Body.<Body>find("region = ?1 and kind = ?2", region, BodyKind.MINISTRY).firstResultOptional()
                    .orElse(null));
        }
        return new Resolution(false, null);
    }

    /** The one body of the document's territory whose name in quotes is the label's: «Информационно-методический центр». */
    private static Optional<Body> named(String text, Region region, Municipality municipality) {
        String quoted = quoted(text);
        if (quoted == null || region == null) {
            return Optional.empty();
        }
        List<Body> candidates = municipality != null
                ? Body.list("region = ?1 and (municipality is null or municipality = ?2) order by id", region, municipality)
                : Body.list("region = ?1 and municipality is null order by id", region);
        List<Body> found = candidates.stream()
                .filter(b -> quoted.equals(quoted(fold(b.fullName))) || quoted.equals(quoted(fold(b.shortName)))).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String quoted(String folded) {
        if (folded == null) {
            return null;
        }
        var m = QUOTED.matcher(folded);
        return m.find() ? m.group(1).replaceAll("\\s*[-–—]\\s*", "-").replaceAll("\\s+", " ").strip() : null;
    }

    private static String fold(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String expand(String label, Map<String, String> abbreviations) {
        if (abbreviations == null) {
            return label;
        }
        String meaning = abbreviations.get(label.strip());
        return meaning == null ? label : label + " " + meaning;
    }

    /** The body of that kind of the roadmap's municipality, or of its region for a regional plan. */
    private static Optional<Body> body(Region region, Municipality municipality, BodyKind kind) {
        List<Body> found = municipality != null
                ? Body.list("municipality = ?1 and kind = ?2 order by id", municipality, kind)
                : Body.list("region = ?1 and municipality is null and kind = ?2 order by id", region, kind);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty(); // two candidates: no guessing
    }
}
