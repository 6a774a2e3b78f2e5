package ru.rostok.roadmap.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.roadmap.MeasureStatus;

@Schema(name = "MeasureReportView", description = "A progress report on a measure")
public record MeasureReportView(long id, long measureId, Long schoolId, String schoolName, LocalDate occurrenceDue, String author,
                                OffsetDateTime reportedAt, String text, MeasureStatus statusFrom, MeasureStatus statusTo,
                                List<EvidenceFile.Info> files) {
}
