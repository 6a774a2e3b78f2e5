package ru.rostok.control.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.ReviewStatus;
import ru.rostok.evidence.EvidenceFile;

@Schema(name = "ExecutionReportView", description = "A report of execution of a point and the controller's answer")
public record ExecutionReportView(long id, long assignmentId, Long schoolId, String schoolName, String author, OffsetDateTime reportedAt,
                                  String text, ReviewStatus reviewStatus, String reviewComment, String reviewedBy,
                                  OffsetDateTime reviewedAt, List<EvidenceFile.Info> files) {
}
