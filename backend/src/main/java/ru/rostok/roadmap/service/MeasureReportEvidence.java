package ru.rostok.roadmap.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import ru.rostok.evidence.EvidenceFile;
import ru.rostok.evidence.EvidenceOwner;
import ru.rostok.roadmap.Measure;
import ru.rostok.roadmap.MeasureReport;

/** Files attached to a measure's report are seen by whoever sees the report. */
@ApplicationScoped
public class MeasureReportEvidence implements EvidenceOwner {
    @Inject
    MeasureReportPolicy measureReports;

    @Override
    public boolean owns(EvidenceFile file) {
        return file.measureReportId != null;
    }

    @Override
    public boolean sees(EvidenceFile file) {
        MeasureReport r = MeasureReport.findById(file.measureReportId);
        Measure m = Measure.findById(r.measureId);
        return measureReports.sees(r, m);
    }
}
