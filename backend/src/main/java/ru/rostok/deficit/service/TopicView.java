package ru.rostok.deficit.service;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.deficit.TopicScore;

@Schema(name = "CompetenceAssessmentTopic", description = "The score in one topic or competence and whether it is a professional deficit")
public record TopicView(String topic, BigDecimal score, BigDecimal maxScore, boolean deficit,
                        @Schema(description = "What the rule says (score < 50 % of maxScore); differs from deficit when the assessment said otherwise")
                        boolean deficitByRule) {
    static TopicView of(TopicScore t) {
        return new TopicView(t.topic, t.score.stripTrailingZeros().scale() <= 0 ? t.score.setScale(0) : t.score,
                t.maxScore.stripTrailingZeros().scale() <= 0 ? t.maxScore.setScale(0) : t.maxScore, t.deficit,
                DeficitRule.deficit(t.score, t.maxScore));
    }
}
