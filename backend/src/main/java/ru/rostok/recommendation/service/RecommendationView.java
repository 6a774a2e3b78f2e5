package ru.rostok.recommendation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.service.TargetCheck;
import ru.rostok.recommendation.Recommendation;

@Schema(name = "Recommendation")
public record RecommendationView(long id, long regionId, Long municipalityId, String municipalityName, Recommendation.Addressee addresseeKind,
                   Long schoolId, Long bodyId, String addresseeName, Recommendation.Basis basisKind, Long analysisRunId, Long schoolListId,
                   String basis, String text, LocalDate deadline, boolean overdue, Recommendation.Status status, String issuedBy,
                   OffsetDateTime issuedAt, String acceptedBy, OffsetDateTime acceptedAt, String report, String reportedBy,
                   OffsetDateTime reportedAt, long version,
                   @Schema(description = "The statuses the caller may move the recommendation to (its addressee: accept, then report)") List<String> actions,
                   @Schema(description = "Target indicators against the addressee's actual values; none: «без показателя»") List<TargetCheck> indicators) {
}
