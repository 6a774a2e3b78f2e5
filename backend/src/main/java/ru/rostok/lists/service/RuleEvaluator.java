package ru.rostok.lists.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.rostok.monitoring.Condition;
import ru.rostok.lists.RuleSnapshot;
import ru.rostok.lists.SchoolListEntry;
import ru.rostok.monitoring.service.HandedInValues;

/**
 * Whether a rule holds for a school in one campaign. A condition on a missing value, or on a value whose sample is
 * below the indicator's minimum, is not judged and does not count as met: a school is not listed on a value that
 * cannot carry a verdict.
 */
public final class RuleEvaluator {
    private RuleEvaluator() {
    }

    public static SchoolListEntry.Evidence evaluate(RuleSnapshot rule, long campaignId, String campaignName, String academicYear,
                                             Map<String, HandedInValues.Value> values) {
        List<SchoolListEntry.Check> checks = new ArrayList<>();
        int matched = 0;
        for (Condition c : rule.conditions()) {
            HandedInValues.Value v = values == null ? null : values.get(c.indicatorCode());
            boolean judged = v != null && v.judged();
            boolean met = judged && c.operator().holds(v.value(), c.threshold().doubleValue());
            if (met) {
                matched++;
            }
            checks.add(new SchoolListEntry.Check(c.indicatorCode(), c.text(), v == null ? null : v.value(),
                    v == null || v.sample() <= 0 ? null : v.sample(), met, judged));
        }
        return new SchoolListEntry.Evidence(campaignId, campaignName, academicYear, matched >= rule.minMatches(), matched, checks);
    }

    /** Whether the school had any judged value for the rule in that campaign: without data a year says nothing. */
    static boolean hasData(SchoolListEntry.Evidence e) {
        return e.checks().stream().anyMatch(SchoolListEntry.Check::judged);
    }

    /** «VPR_F2 = 25 (> 20); SUCC_RATE = 55 (< 60)»: the conditions met, with the values that met them. */
    static String triggered(SchoolListEntry.Evidence e) {
        return String.join("; ", e.checks().stream().filter(SchoolListEntry.Check::met)
                .map(c -> c.indicatorCode() + " = " + format(c.value()) + " (" + c.condition().substring(c.indicatorCode().length() + 1) + ")")
                .toList());
    }

    static String format(Double v) {
        if (v == null) {
            return "—";
        }
        return (v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(java.util.Locale.ROOT, "%.2f", v)).replace('.', ',');
    }
}
