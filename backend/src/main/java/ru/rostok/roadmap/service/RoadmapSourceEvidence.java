package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceOwner;
import ru.rostok.roadmap.Roadmap;

/** The file a plan was imported from is seen by whoever sees the plan. */
@ApplicationScoped
public class RoadmapSourceEvidence implements EvidenceOwner {
    @Inject
    RoadmapPolicy roadmaps;

    @Override
    public boolean owns(EvidenceFile file) {
        return file.roadmapId != null;
    }

    @Override
    public boolean sees(EvidenceFile file) {
        return roadmaps.sees(Roadmap.<Roadmap>findById(file.roadmapId));
    }
}
