package ru.rostok.trends.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.stats.Interval;

@Schema(name = "Trend", description = "An indicator (or the composite index) of a group across the region's closed and published campaigns")
public record TrendView(
        @Schema(description = "REGION, MUNICIPALITY, CLUSTER or SCHOOL") String subjectKind,
        @Schema(description = "The region's, municipality's or school's id; the cluster's number") long subjectId,
        String subjectName,
        long regionId,
        Measure measure,
        List<Point> points,
        @Schema(description = "How the numbers are computed, in words") String methodText) {

    @Schema(name = "TrendMeasure", description = "What is followed: an indicator (by its code, whatever its revision) or the composite index")
    public record Measure(@Schema(description = "The indicator asked for; null for the composite") Long indicatorId,
                          @Schema(description = "The indicator's code, or «composite»") String code, String name, String unit,
                          @Schema(description = "HIGHER_BETTER, LOWER_BETTER or CONTEXT") String direction,
                          @Schema(description = "A percent: the pooled share and each school's value carry Wilson's interval") boolean percent,
                          Integer minSample) {
    }

    @Schema(name = "TrendPoint", description = "One campaign of the trend")
    public record Point(long campaignId, String campaignName, String academicYear, LocalDate closesOn,
                        @Schema(description = "For the composite: the analysis run read (the latest of the campaign)") Long runId,
                        @Schema(description = "Schools whose values count") int schools,
                        @Schema(description = "Values below the indicator's minimum sample: shown, not counted") int belowMinSample,
                        @Schema(description = "The group's spread; null for a school") Spread spread,
                        @Schema(description = "The group's mean with its t interval; null for one school") Interval mean,
                        @Schema(description = "A percent: the group's pooled share (numerators over denominators) with Wilson's interval") Interval share,
                        @Schema(description = "A school: its value; null when it has none") Double value,
                        @Schema(description = "A school's percent: Wilson's interval of its value") Interval valueInterval,
                        @Schema(description = "A school's value below the minimum sample") boolean valueBelowMinSample,
                        @Schema(description = "The region's spread beside a municipality, cluster or school") Spread region,
                        @Schema(description = "Against the campaign before; null for the first") Change change) {
    }

    @Schema(name = "TrendChange", description = "The change from the campaign before, called a difference only when the intervals do not overlap")
    public record Change(@Schema(description = "BETTER, WORSE, HIGHER, LOWER (a context indicator), NOT_PROVEN, NONE (no interval)") String verdict,
                         String text) {
    }
}
