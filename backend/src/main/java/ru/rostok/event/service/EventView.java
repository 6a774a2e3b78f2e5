package ru.rostok.event.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.WorkKind;
import ru.rostok.evidence.EvidenceFile;

@Schema(name = "EventView", description = "An event held on a measure or a point: when, where, with whom, what was found, its files")
public record EventView(
        long id, WorkKind kind, LocalDate heldOn, String place, String findings,
        @Schema(description = "For a visit: the lessons observed and the conclusions") Integer lessonsObserved, String conclusions,
        @Schema(description = "The measure it held, with its roadmap; or null for a point's event") Long roadmapId, String roadmapTitle,
        Long measureId, String measureNumber, String measureText,
        @Schema(description = "For a recurring measure: the occurrence it held") LocalDate occurrenceDue,
        @Schema(description = "The point it held, with its decision; or null for a measure's event") Long decisionId, String decisionTitle,
        Long pointId, String pointNumber, String pointText,
        List<School> schools, List<Participant> participants,
        @Schema(description = "Attached files: download them from /api/v1/evidence/{id}") List<EvidenceFile.Info> files,
        long regionId, Long municipalityId, String createdBy, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(description = "What the caller may do with the event: edit (change it, attach files), delete") List<String> actions) {

    @Schema(name = "EventSchool")
    public record School(long id, String name) {
    }

    @Schema(name = "EventParticipant")
    public record Participant(String role, Integer count, String name, Long bodyId, String bodyName) {
    }
}
