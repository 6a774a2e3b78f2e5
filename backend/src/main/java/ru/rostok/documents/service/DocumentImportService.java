package ru.rostok.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ru.rostok.common.ApiException;
import ru.rostok.control.service.DecisionInput;
import ru.rostok.control.service.DecisionService;
import ru.rostok.control.service.DecisionView;
import ru.rostok.documents.input.DecisionReader;
import ru.rostok.documents.input.Drafted;
import ru.rostok.documents.input.RoadmapReader;
import ru.rostok.documents.input.SourceFiles;
import ru.rostok.documents.input.SourceText;
import ru.rostok.documents.input.Territory;
import ru.rostok.documents.input.TerritoryFinder;
import ru.rostok.documents.service.DocumentDraft.DocumentType;
import ru.rostok.roadmap.service.RoadmapInput;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.roadmap.service.RoadmapView;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;

/**
 * A decision or a roadmap from its file: read into a draft that nothing stores, then, once a person has checked and
 * corrected it, created as if entered by hand with the file kept as its source.
 */
@ApplicationScoped
public class DocumentImportService {
    @Inject
    Scope scope;

    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    DecisionService decisions;

    @Inject
    RoadmapService roadmaps;

    /** The draft of the file; {@code expected} narrows what it may be, the territory is found if not given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentDraft draft(String fileName, byte[] data, DocumentType expected, Long regionId, Long municipalityId) {
        SourceText text = SourceFiles.read(data);
        TerritoryFinder places = places(regionId, municipalityId);
        if (expected != DocumentType.DECISION) {
            Optional<Drafted<RoadmapDraft>> roadmap = RoadmapReader.read(text, places, scope.level() == Scope.Level.SCHOOL
                    ? scope.schoolId().orElse(null) : null);
            if (roadmap.isPresent()) {
                return new DocumentDraft(DocumentType.ROADMAP, fileName, text.format(), text.texts(), null, roadmap.get().draft(),
                        roadmap.get().warnings());
            }
        }
        if (expected != DocumentType.ROADMAP) {
            Optional<Drafted<DecisionDraft>> decision = DecisionReader.read(text, places);
            if (decision.isPresent()) {
                return new DocumentDraft(DocumentType.DECISION, fileName, text.format(), text.texts(), decision.get().draft(), null,
                        decision.get().warnings());
            }
        }
        throw ApiException.invalid("file", expected == DocumentType.DECISION ? "documents.notDecision"
                : expected == DocumentType.ROADMAP ? "documents.notRoadmap" : "documents.notDecisionOrRoadmap");
    }

    /** Saves the decision as corrected, keeping the file it came from; the file is read again so that only a document is kept. */
    public DecisionView saveDecision(String fileName, byte[] data, DecisionInput input) {
        SourceText text = SourceFiles.read(data);
        return decisions.createFromSource(input, fileName, text.format().contentType, data);
    }

    public RoadmapView saveRoadmap(String fileName, byte[] data, RoadmapInput input) {
        SourceText text = SourceFiles.read(data);
        return roadmaps.createFromSource(input, fileName, text.format().contentType, data);
    }

    /** The places a document may belong to: the ones given, else those the caller keeps records of. */
    private TerritoryFinder places(Long regionId, Long municipalityId) {
        Region region = regionId == null ? null : regions.require(regionId);
        if (region != null && !scope.shares(region.place())) {
            throw ApiException.invalid("regionId", "documents.territoryNotYours");
        }
        if (municipalityId != null) {
            Municipality m = municipalities.require(municipalityId);
            if (!scope.actsFor(m.place()) || region != null && !region.id.equals(m.region.id)) {
                throw ApiException.invalid("municipalityId", "documents.territoryNotYours");
            }
            return text -> new Territory(m.region, m);
        }
        if (scope.level() == Scope.Level.MUNICIPALITY || scope.level() == Scope.Level.SCHOOL) {
            Municipality m = municipalities.require(scope.municipalityId().orElseThrow());
            return text -> new Territory(m.region, m);
        }
        List<Region> candidates = new ArrayList<>();
        if (region != null) {
            candidates.add(region);
        } else if (scope.level() == Scope.Level.REGION) {
            candidates.add(regions.require(scope.regionId().orElseThrow()));
        } else if (scope.level() == Scope.Level.ALL) {
            candidates.addAll(Region.listAll());
        }
        List<Municipality> within = candidates.size() == 1 ? Municipality.list("region", candidates.get(0))
                : candidates.isEmpty() ? List.of() : Municipality.listAll();
        return text -> Territory.guess(text, candidates, within);
    }
}
