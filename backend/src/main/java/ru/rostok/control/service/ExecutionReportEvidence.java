package ru.rostok.control.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.control.Assignment;
import ru.rostok.control.ExecutionReport;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceOwner;

/** Files attached to an execution report are seen by whoever sees the report. */
@ApplicationScoped
public class ExecutionReportEvidence implements EvidenceOwner {
    @Inject
    DecisionPolicy decisions;

    @Override
    public boolean owns(EvidenceFile file) {
        return file.executionReportId != null;
    }

    @Override
    public boolean sees(EvidenceFile file) {
        ExecutionReport r = ExecutionReport.findById(file.executionReportId);
        Assignment a = Assignment.findById(r.assignmentId);
        return decisions.sees(r, a.decision);
    }
}
