package ru.rostok.documents.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.rostok.common.Text;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Where a document belongs, among the places the caller may keep records of: the municipality its head names
 * («АДМИНИСТРАЦИИ ГОРОДА КЕРЧИ», ««СЛАВСКИЙ ГОРОДСКОЙ ОКРУГ»»), else the region it names; one place, or none.
 */
public record Territory(Region region, Municipality municipality) {
    private static final Set<String> GENERIC = Set.of("городской", "округ", "город", "муниципальный", "район", "с", "и",
            "подведомственной", "территорией", "сельское", "поселение", "городское", "область", "край", "республика",
            "автономный", "автономная", "муниципальное", "образование", "им.", "имени", "г.", "пгт", "поселок");

    public static final Territory NONE = new Territory(null, null);

    public Long regionId() {
        return region == null ? null : region.id;
    }

    public Long municipalityId() {
        return municipality == null ? null : municipality.id;
    }

    /** The one candidate municipality the text names, else the one candidate region it names. */
    public static Territory guess(String text, List<Region> regions, List<Municipality> municipalities) {
        String folded = " " + Text.fold(text).replaceAll("[^а-яa-z0-9]+", " ") + " ";
        List<Municipality> named = new ArrayList<>();
        for (Municipality m : municipalities) {
            if (names(folded, m.name)) {
                named.add(m);
            }
        }
        if (named.size() == 1) {
            return new Territory(named.get(0).region, named.get(0));
        }
        List<Region> regionsNamed = regions.stream().filter(r -> names(folded, r.name)).toList();
        if (regionsNamed.size() == 1 && named.isEmpty()) {
            return new Territory(regionsNamed.get(0), null);
        }
        if (regions.size() == 1 && named.isEmpty()) {
            return new Territory(regions.get(0), null);
        }
        return NONE;
    }

    /** Every distinctive word of the name, by its stem, is in the text: «Керчь» in «керчи», «Славский» in «славского». */
    private static boolean names(String folded, String name) {
        List<String> words = new ArrayList<>();
        for (String w : Text.fold(name).replaceAll("[^а-яa-z0-9\\- ]+", " ").split("[\\s\\-]+")) {
            if (!w.isBlank() && !GENERIC.contains(w) && w.length() > 2) {
                words.add(stem(w));
            }
        }
        return !words.isEmpty() && words.stream().allMatch(w -> folded.contains(" " + w));
    }

    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 6 ? w.substring(0, w.length() - 2) : w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }
}
