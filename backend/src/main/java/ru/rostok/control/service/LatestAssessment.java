package ru.rostok.control.service;

import java.time.LocalDate;
import ru.rostok.control.Verdict;

/** The latest assessment of a municipality's education authority and the decision that records it. */
public record LatestAssessment(long municipalityId, long decisionId, String decisionNumber, LocalDate decisionDate, Verdict verdict,
                               String words) {
}
