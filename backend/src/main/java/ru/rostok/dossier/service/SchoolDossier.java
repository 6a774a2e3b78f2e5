package ru.rostok.dossier.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.analysis.service.SchoolPositions;
import ru.rostok.control.service.PointsOfSchool;
import ru.rostok.monitoring.service.SchoolIndicatorHistory;
import ru.rostok.monitoring.service.SubmissionsOfSchool;
import ru.rostok.partnership.service.PartnershipsOfSchool;
import ru.rostok.recommendation.service.RecommendationsOfSchool;
import ru.rostok.roadmap.service.RoadmapsOfSchool;

/** Everything about one school in one answer; each block empty (never missing) when there is nothing yet. */
@Schema(name = "SchoolDossier", description = "Everything about a school: indicators over every campaign, positions, roadmaps, points, "
        + "recommendations, partnerships, submissions; each block within the caller's scope")
public record SchoolDossier(
        long schoolId, String schoolName,
        @Schema(description = "Every campaign that asked the school and the caller sees, the earliest closing first") List<SchoolIndicatorHistory.CampaignRef> campaigns,
        @Schema(description = "The campaigns of the indicator history: closed or published, and the open one where the school has a value") List<Long> historyCampaignIds,
        List<SchoolIndicatorHistory.Row> indicatorHistory,
        List<SchoolPositions.Item> positions,
        List<RoadmapsOfSchool.Item> roadmaps,
        List<PointsOfSchool.Item> points,
        List<RecommendationsOfSchool.Item> recommendations,
        List<PartnershipsOfSchool.Item> partnerships,
        List<SubmissionsOfSchool.Item> submissions) {
}
