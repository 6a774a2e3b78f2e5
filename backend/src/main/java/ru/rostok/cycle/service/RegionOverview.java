package ru.rostok.cycle.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.stats.Interval;

@Schema(name = "RegionOverview", description = "A region at a glance for its analyst: what changed between its last two closed campaigns "
        + "and which municipalities are behind on submissions, reports and plans")
public record RegionOverview(long regionId, String regionName, LocalDate today,
                             @Schema(description = "The region's latest closed or published campaign of schools; null when there is none") CampaignRef latest,
                             @Schema(description = "The one before it; null when there is none") CampaignRef previous,
                             @Schema(description = "Per indicator asked in both: medians and means with their 95 % intervals, and the verdict") List<Change> changes,
                             @Schema(description = "Municipalities whose schools have not all handed in the open campaign, the largest share missing first") List<Behind> submissions,
                             @Schema(description = "Municipalities with reports on roadmap measures overdue, the most first") List<Behind> reports,
                             @Schema(description = "Municipalities without a municipal roadmap in force") List<Behind> plans) {

    @Schema(name = "OverviewCampaign", description = "A campaign the overview compares")
    public record CampaignRef(long id, String name, String academicYear, LocalDate closesOn) {
    }

    /** Better or worse only when the intervals of the two means do not overlap. */
    public enum Verdict { BETTER, WORSE, NOT_PROVEN }

    @Schema(name = "OverviewChange", description = "An indicator between the two campaigns; only values whose sample meets the minimum count")
    public record Change(String code, String name, String unit, String direction, Double medianBefore, Double medianAfter,
                         @Schema(description = "The mean of the schools' values with Student's t 95 % interval") Interval meanBefore,
                         Interval meanAfter,
                         @Schema(description = "BETTER or WORSE when the intervals do not overlap (by the indicator's direction); "
                                 + "NOT_PROVEN otherwise; null for a context indicator") Verdict verdict) {
    }

    @Schema(name = "OverviewBehind", description = "A municipality behind on something: how much is missing of how much, and where to see it")
    public record Behind(long municipalityId, String municipalityName,
                         @Schema(description = "How many are missing: schools not handed in, reports overdue, or 1 for a missing plan") long missing,
                         @Schema(description = "Out of how many: schools asked, reports due; 1 for a plan") long of,
                         @Schema(description = "missing / of, 0…1") double share, CycleLink link) {
    }
}
