package ru.rostok.control;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import ru.rostok.body.Body;
import ru.rostok.school.School;

/** The collegium's assessment of a body's or a school's work, recorded by a decision; changed with the decision's version. */
@Entity
@Table(name = "decision_assessment")
public class DecisionAssessment extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "decision_id")
    public long decisionId;

    public int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    public Body body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    public School school;

    @Enumerated(EnumType.STRING)
    public Verdict verdict;

    /** The words as the decision writes them: «удовлетворительной», «на достаточном уровне». */
    public String words;

    public static List<DecisionAssessment> of(long decisionId) {
        return list("decisionId = ?1 order by position", decisionId);
    }
}
