package ru.rostok.monitoring.service;

import java.time.LocalDate;
import ru.rostok.monitoring.SubmissionStatus;

/**
 * A municipality in the region's latest campaign of municipalities (past draft): whether one exists, and where the
 * municipality's data stands in it. Campaign fields are null where the region has run none.
 */
public record MunicipalMonitoringStatus(long municipalityId, String municipalityName, Long campaignId, String campaignName,
                                        LocalDate closesOn, SubmissionStatus status, boolean overdue) {
    /** Whether a campaign of municipalities asked it at all. */
    public boolean asked() {
        return campaignId != null;
    }
}
