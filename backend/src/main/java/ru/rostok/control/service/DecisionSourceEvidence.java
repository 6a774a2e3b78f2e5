package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.control.Decision;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceOwner;

/** The file a decision was imported from is seen by whoever sees the decision. */
@ApplicationScoped
public class DecisionSourceEvidence implements EvidenceOwner {
    @Inject
    DecisionPolicy decisions;

    @Override
    public boolean owns(EvidenceFile file) {
        return file.decisionId != null;
    }

    @Override
    public boolean sees(EvidenceFile file) {
        return decisions.sees(Decision.<Decision>findById(file.decisionId));
    }
}
