package ru.rostok.roadmap.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.roadmap.ApprovalKind;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapStatus;

@Schema(name = "RoadmapSummary", description = "A roadmap in a list")
public record RoadmapSummary(
        long id, String title, RoadmapLevel level, RoadmapStatus status,
        long regionId, String regionName, Long municipalityId, String municipalityName, Long schoolId, String schoolName,
        Long ownerBodyId, String ownerBodyName, LocalDate periodFrom, LocalDate periodTo,
        ApprovalKind approvalKind, String approvalNumber, LocalDate approvalDate, int revision, long version, OffsetDateTime updatedAt) {
}
