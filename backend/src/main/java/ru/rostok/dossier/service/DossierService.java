package ru.rostok.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ru.rostok.analysis.service.SchoolPositions;
import ru.rostok.control.service.PointsOfSchool;
import ru.rostok.monitoring.service.SchoolIndicatorHistory;
import ru.rostok.monitoring.service.SubmissionsOfSchool;
import ru.rostok.partnership.service.PartnershipsOfSchool;
import ru.rostok.recommendation.service.RecommendationsOfSchool;
import ru.rostok.roadmap.service.RoadmapsOfSchool;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;

/**
 * The school's page in one answer. The dossier only composes: each block is read by the feature that owns it, filtered by
 * that feature's policy for the caller; a school the caller does not see is not found.
 */
@ApplicationScoped
public class DossierService {
    @Inject
    SchoolService schools;

    @Inject
    SchoolIndicatorHistory history;

    @Inject
    SubmissionsOfSchool submissions;

    @Inject
    SchoolPositions positions;

    @Inject
    RoadmapsOfSchool roadmaps;

    @Inject
    PointsOfSchool points;

    @Inject
    RecommendationsOfSchool recommendations;

    @Inject
    PartnershipsOfSchool partnerships;

    public SchoolDossier of(long schoolId) {
        School school = schools.require(schoolId);
        List<SchoolIndicatorHistory.CampaignRef> campaigns = history.campaigns(school.id);
        List<Long> campaignIds = campaigns.stream().map(SchoolIndicatorHistory.CampaignRef::id).toList();
        SchoolIndicatorHistory.History indicators = history.of(school.id, campaigns, positions.clusterMates(school, campaignIds));
        return new SchoolDossier(school.id, school.shortName, campaigns,
                indicators.campaigns().stream().map(SchoolIndicatorHistory.CampaignRef::id).toList(), indicators.indicators(),
                positions.of(school, campaignIds), roadmaps.of(school), points.of(school), recommendations.of(school),
                partnerships.of(school), submissions.of(school.id));
    }
}
