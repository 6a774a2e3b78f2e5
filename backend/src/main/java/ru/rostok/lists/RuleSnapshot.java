package ru.rostok.lists;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.Condition;

/** A rule as a list applied it: later changes to the rule do not rewrite the list's reasons. */
@Schema(name = "RuleSnapshot")
public record RuleSnapshot(Long ruleId, ListKind kind, String name, List<Condition> conditions, int minMatches, int consecutiveYears) {

    /** «2 из 3 условий: VPR_F2 > 20; OGE_F2_RU > 15; SUCC_RATE < 60; 2 года подряд». */
    public String text() {
        String years = consecutiveYears > 1 ? "; " + consecutiveYears + " " + years(consecutiveYears) + " подряд" : "";
        return minMatches + " из " + conditions.size() + ": " + String.join("; ", conditions.stream().map(Condition::text).toList()) + years;
    }

    public static String years(int n) {
        int mod10 = n % 10;
        int mod100 = n % 100;
        if (mod10 == 1 && mod100 != 11) {
            return "год";
        }
        return mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? "года" : "лет";
    }
}
