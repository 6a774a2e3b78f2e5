package ru.rostok.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.common.ApiException;
import ru.rostok.control.Assignment;
import ru.rostok.control.ExecutionReport;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;
import ru.rostok.security.Scope;

/** A file is visible to whoever sees the report it belongs to (school staff: their own school's reports on a point). */
@ApplicationScoped
public class EvidenceAccess {
    @Inject
    Scope scope;

    public EvidenceFile require(long id) {
        EvidenceFile f = EvidenceFile.<EvidenceFile>findByIdOptional(id).orElse(null);
        if (f == null || !visible(f)) {
            throw ApiException.notFound("Файл " + id + " не найден");
        }
        return f;
    }

    private boolean visible(EvidenceFile f) {
        if (f.measureReportId != null) {
            MeasureReport r = MeasureReport.findById(f.measureReportId);
            Measure m = Measure.findById(r.measureId);
            return scope.sees(m.roadmap);
        }
        ExecutionReport r = ExecutionReport.findById(f.executionReportId);
        Assignment a = Assignment.findById(r.assignmentId);
        if (!scope.sees(a.decision)) {
            return false;
        }
        return scope.level() != Scope.Level.SCHOOL || r.schoolId == null || r.schoolId.equals(scope.schoolId().orElse(-1L));
    }
}
