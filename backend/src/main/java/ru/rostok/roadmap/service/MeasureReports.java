package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.Text;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceUploads;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.school.School;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.body.service.BodyPolicy;

/** Progress reports on measures: who reported what, with evidence files, and the status it moved the measure to. */
@ApplicationScoped
public class MeasureReports {
    static final String ENTITY = "Measure";

    @Inject
    Scope scope;

    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    RoadmapPolicy roadmapPolicy;

    @Inject
    RoadmapService roadmaps;

    @Inject
    EvidenceUploads uploads;

    @Inject
    AuditLog audit;

    @Inject
    MeasureReportPolicy policy;

    public Measure measure(long roadmapId, long measureId) {
        Roadmap r = roadmaps.require(roadmapId);
        return Measure.<Measure>findByIdOptional(measureId).filter(m -> m.roadmap.id.equals(r.id))
                .orElseThrow(() -> ApiException.notFound("roadmap.measureNotFound", measureId, roadmapId));
    }

    public List<MeasureReportView> list(long roadmapId, long measureId) {
        Measure m = measure(roadmapId, measureId);
        return MeasureReport.of(m.id).stream().filter(r -> policy.sees(r, m)).map(MeasureReports::view).toList();
    }

    @Transactional
    public MeasureReportView report(long roadmapId, long measureId, String text, MeasureStatus status, LocalDate occurrenceDue,
                                    List<FileUpload> files) {
        Measure m = measure(roadmapId, measureId);
        Roadmap r = m.roadmap;
        Long school = null;
        scope.require(roadmapPolicy.mayReport(m), roadmapPolicy.reportsAsSchool() ? "roadmap.measureNotForSchools"
                : "roadmap.reportResponsibleOnly");
        if (roadmapPolicy.reportsAsSchool()) {
            school = scope.schoolId().orElseThrow();
        }
        if (r.status != RoadmapStatus.APPROVED && r.status != RoadmapStatus.IN_PROGRESS) {
            throw ApiException.conflict("roadmap.reportsOnExecuting");
        }
        if (Text.trimToNull(text) == null) {
            throw ApiException.invalid("text", "roadmap.reportTextRequired");
        }
        if (status == null) {
            throw ApiException.invalid("status", "roadmap.measureStateRequired");
        }
        if (occurrenceDue != null && (m.schedule == null
                || !m.schedule.dueDates(occurrenceDue, occurrenceDue).contains(occurrenceDue))) {
            throw ApiException.invalid("occurrenceDue", "roadmap.noSuchDueDate", occurrenceDue);
        }
        List<EvidenceUploads.Checked> checked = uploads.check(files);
        MeasureReport report = new MeasureReport();
        report.measureId = m.id;
        report.schoolId = school;
        report.occurrenceDue = occurrenceDue;
        report.author = scope.username();
        report.reportedAt = OffsetDateTime.now();
        report.text = text.strip();
        report.statusFrom = m.status;
        report.statusTo = status;
        report.persist();
        uploads.store(checked, report.id, null);
        // a school's report on a measure of every school does not decide the measure for all of them
        if (school == null || r.school != null) {
            m.status = laterOccurrences(m, occurrenceDue) && status == MeasureStatus.DONE ? MeasureStatus.IN_PROGRESS : status;
            m.updatedAt = OffsetDateTime.now();
        }
        if (r.status == RoadmapStatus.APPROVED) {
            r.status = RoadmapStatus.IN_PROGRESS;
        }
        m.flush();
        audit.created("MeasureReport", report.id, "отчёт по мероприятию " + m.number + ": " + r.title, r.region.id, reportEvent(report, checked));
        audit.updated(ENTITY, m.id, "мероприятие " + m.number + ": " + r.title, r.region.id,
                Map.of("status", report.statusFrom), Map.of("status", m.status));
        return view(report);
    }

    private static Map<String, Object> reportEvent(MeasureReport report, List<EvidenceUploads.Checked> files) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("schoolId", report.schoolId);
        event.put("occurrenceDue", report.occurrenceDue);
        event.put("text", report.text);
        event.put("status", report.statusTo);
        event.put("files", files.stream().map(EvidenceUploads.Checked::name).toList());
        return event;
    }

    static MeasureReportView view(MeasureReport r) {
        String schoolName = r.schoolId == null ? null : School.<School>findByIdOptional(r.schoolId).map(s -> s.shortName).orElse(null);
        return new MeasureReportView(r.id, r.measureId, r.schoolId, schoolName, r.occurrenceDue, r.author, r.reportedAt, r.text,
                r.statusFrom, r.statusTo, EvidenceFile.ofMeasureReport(r.id));
    }

    /** One occurrence done is not the measure done while more of it fall in the plan's period. */
    private static boolean laterOccurrences(Measure m, LocalDate occurrenceDue) {
        if (occurrenceDue == null) {
            return false;
        }
        LocalDate end = m.roadmap.periodTo != null ? m.roadmap.periodTo : occurrenceDue.plusYears(1);
        return !m.schedule.dueDates(occurrenceDue.plusDays(1), end).isEmpty();
    }
}
