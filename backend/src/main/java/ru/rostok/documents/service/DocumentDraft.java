package ru.rostok.documents.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.documents.input.SourceFormat;

@Schema(name = "DocumentDraft", description = "A decision or a roadmap read from its file, nothing saved yet: check it beside its source text, "
        + "correct it and save it as DecisionInput or RoadmapInput with the same file")
public record DocumentDraft(
        DocumentType type,
        String fileName,
        SourceFormat format,
        @Schema(description = "The document's text, line by line as read (a table row's cells joined by tabs); items point into it by line number from 1")
        List<String> lines,
        @Schema(description = "For a decision") DecisionDraft decision,
        @Schema(description = "For a roadmap") RoadmapDraft roadmap,
        @Schema(description = "Shown, never blocking; the item's number and the line where there is one") List<DraftWarning> warnings) {

    public enum DocumentType { DECISION, ROADMAP }
}
