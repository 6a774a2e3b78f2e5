package ru.rostok.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.common.ApiException;
import ru.rostok.control.Assignment;
import ru.rostok.control.ExecutionReport;
import ru.rostok.control.service.DecisionPolicy;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.roadmap.service.MeasureReportPolicy;

/** A file is seen by whoever sees the report it belongs to: the report's own rule decides, not a copy of it. */
@ApplicationScoped
public class EvidenceAccess {
    @Inject
    MeasureReportPolicy measureReports;

    @Inject
    DecisionPolicy decisions;

    public EvidenceFile require(long id) {
        EvidenceFile f = EvidenceFile.<EvidenceFile>findByIdOptional(id).orElse(null);
        if (f == null || !visible(f)) {
            throw ApiException.notFound("evidence.notFound", id);
        }
        return f;
    }

    private boolean visible(EvidenceFile f) {
        if (f.measureReportId != null) {
            MeasureReport r = MeasureReport.findById(f.measureReportId);
            Measure m = Measure.findById(r.measureId);
            return measureReports.sees(r, m);
        }
        ExecutionReport r = ExecutionReport.findById(f.executionReportId);
        Assignment a = Assignment.findById(r.assignmentId);
        return decisions.sees(r, a.decision);
    }
}
