package ru.rostok.trends.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.common.stats.Interval;

@Schema(name = "MunicipalityComparison", description = "A campaign's municipalities side by side, from the campaign's latest analysis")
public record ComparisonView(long campaignId, String campaignName, String academicYear, long regionId, String regionName,
                             long runId, OffsetDateTime runAt,
                             @Schema(description = "The year of the approved lists counted («школ в перечнях»)") int listYear,
                             LocalDate date,
                             @Schema(description = "The categories that have scores, in order") List<Category> categories,
                             @Schema(description = "The municipalities the caller sees, in the order asked") List<Row> rows,
                             @Schema(description = "The whole region (every municipality, also those not shown)") Row region,
                             @Schema(description = "Municipalities with schools in the analysis not shown to the caller (a coordinator sees their own)")
                             int hiddenMunicipalities,
                             String sort,
                             String methodText) {

    @Schema(name = "ComparisonCategory")
    public record Category(@Schema(description = "RESULTS, OBJECTIVITY, CONTEXT, STAFF, CONDITIONS, MANAGEMENT") String key, String title) {
    }

    @Schema(name = "ComparisonRow", description = "A municipality (or the region) in the comparison")
    public record Row(@Schema(description = "Null for the region's row") Long municipalityId, String name,
                      @Schema(description = "Schools the analysis placed") int schools,
                      @Schema(description = "Schools with a position (strong, middle or weak): the base of the shares") int positioned,
                      @Schema(description = "Share of weak schools, percent, with Wilson's interval") Interval weak,
                      Interval middle, Interval strong,
                      int weakCount, int middleCount, int strongCount,
                      @Schema(description = "Schools too short of data for a position") int insufficient,
                      Score composite,
                      @Schema(description = "Per category, in the order of categories") List<Score> categories,
                      @Schema(description = "Schools on the approved lists of the list year") int listed,
                      @Schema(description = "Overdue control items (roadmap measures, decision points) of the municipality") int overdue) {
    }

    @Schema(name = "ComparisonScore", description = "The median of the schools' scores and their mean with its t interval")
    public record Score(String key, Double median, Interval mean, int n) {
    }
}
