package ru.rostok.event.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.event.WorkEvent;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceOwner;

/** Files attached to an event are seen by whoever sees the event. */
@ApplicationScoped
public class EventEvidence implements EvidenceOwner {
    @Inject
    EventPolicy policy;

    @Override
    public boolean owns(EvidenceFile file) {
        return file.eventId != null;
    }

    @Override
    public boolean sees(EvidenceFile file) {
        return WorkEvent.<WorkEvent>findByIdOptional(file.eventId).filter(policy::sees).isPresent();
    }
}
