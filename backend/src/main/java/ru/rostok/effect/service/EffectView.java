package ru.rostok.effect.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The effect of support for a subject (a list, a roadmap, a partnership, a school, a municipality): each target indicator
 * before and after, for the supported schools and their comparison group, the difference in differences and a verdict
 * or the reason there is none; the path over time on one indicator; exits from the lists.
 */
@Schema(name = "Effect")
public record EffectView(
        @Schema(description = "LIST, ROADMAP, PARTNERSHIP, SCHOOL or MUNICIPALITY") String subjectKind,
        long subjectId,
        String subjectTitle,
        @Schema(description = "When support began (null: it has not)") LocalDate supportStart,
        @Schema(description = "What the start of support is taken from, in words") String supportStartText,
        int supportedSchools,
        CampaignRef before,
        CampaignRef after,
        @Schema(description = "How the comparison group was chosen, in words") String comparisonText,
        int comparisonSchools,
        @Schema(description = "The method in words for the reader of the numbers") String methodText,
        @Schema(description = "Why there is no comparison at all (null when there is one)") String reason,
        List<Row> rows,
        Path path,
        Exits exits) {

    @Schema(name = "EffectCampaign")
    public record CampaignRef(long id, String name, String academicYear, LocalDate closesOn) {
    }

    @Schema(name = "EffectSide", description = "One side of the comparison: schools with values on both campaigns, their means and mean change")
    public record Side(int n, Double before, Double after, Double change) {
    }

    @Schema(name = "EffectRow")
    public record Row(long indicatorId, String code, String name, String unit,
                      @Schema(description = "HIGHER_BETTER, LOWER_BETTER or CONTEXT") String direction,
                      Side supported, Side comparison,
                      @Schema(description = "Difference in differences: supported change minus comparison change") Double did,
                      @Schema(description = "Lower end of the 95 % interval") Double low,
                      @Schema(description = "Upper end of the 95 % interval") Double high,
                      @Schema(description = "BETTER, WORSE, NOT_PROVEN, or NONE (no verdict, see reason)") String verdict,
                      String verdictText,
                      @Schema(description = "Why there is no verdict, in words") String reason) {
    }

    @Schema(name = "EffectPath", description = "An indicator over the campaigns: each supported school the caller may see, the medians of both groups")
    public record Path(long indicatorId, String code, String name, String unit, String direction, List<CampaignRef> campaigns,
                       List<SchoolPath> schools,
                       @Schema(description = "Supported schools not shown one by one (outside the caller's scope)") int hiddenSchools,
                       List<Double> supportedMedian, List<Double> comparisonMedian) {
    }

    @Schema(name = "EffectSchoolPath")
    public record SchoolPath(long schoolId, String schoolName, LocalDate supportStart, List<Double> values) {
    }

    @Schema(name = "EffectExits", description = "Schools that left the lists: how many, after how many years on them")
    public record Exits(int listed, int left, List<ExitCount> afterYears, String text) {
    }

    @Schema(name = "EffectExitCount")
    public record ExitCount(int years, int schools) {
    }
}
