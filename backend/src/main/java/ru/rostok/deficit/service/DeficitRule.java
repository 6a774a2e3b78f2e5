package ru.rostok.deficit.service;

import java.math.BigDecimal;

/**
 * When a topic is a professional deficit if the assessment does not say: the score is below half of the topic's
 * maximum. Diagnostics of the regional institutes mark a competence «не сформирована» below that share; an assessment
 * that says otherwise (its own cut-off) gives the flag itself.
 */
public final class DeficitRule {
    public static final BigDecimal SHARE = new BigDecimal("0.5");
    public static final String DESCRIPTION = "A topic is a deficit when score < 50 % of maxScore, unless the assessment says otherwise (deficit given)";

    private DeficitRule() {
    }

    public static boolean deficit(BigDecimal score, BigDecimal maxScore) {
        return score.compareTo(maxScore.multiply(SHARE)) < 0;
    }

    /** The flag the assessment gave, else the rule's. */
    public static boolean deficit(BigDecimal score, BigDecimal maxScore, Boolean given) {
        return given != null ? given : deficit(score, maxScore);
    }
}
