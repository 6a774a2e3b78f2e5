package ru.rostok.deficit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The score in one topic or competence of an assessment, and whether it is a professional deficit. */
@Embeddable
public class TopicScore {
    public String topic;
    public BigDecimal score;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    public boolean deficit;

    public TopicScore() {
    }

    public TopicScore(String topic, BigDecimal score, BigDecimal maxScore, boolean deficit) {
        this.topic = topic;
        this.score = score;
        this.maxScore = maxScore;
        this.deficit = deficit;
    }
}
