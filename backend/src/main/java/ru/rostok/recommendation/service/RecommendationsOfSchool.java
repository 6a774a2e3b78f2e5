package ru.rostok.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.recommendation.Recommendation;
import ru.rostok.school.School;
import ru.rostok.security.Scope;

/** The targeted recommendations addressed to a school that the caller sees, the nearest deadline first; one query. */
@ApplicationScoped
public class RecommendationsOfSchool {
    @Inject
    RecommendationPolicy policy;

    @Schema(name = "DossierRecommendation", description = "A targeted recommendation addressed to the school")
    public record Item(long id, String text, String basis, LocalDate deadline, Recommendation.Status status,
                       @Schema(description = "Deadline passed and not reported on") boolean overdue) {
    }

    public List<Item> of(School school) {
        Scope.Filter seen = policy.filter("r");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("school", school.id);
        params.put("toSchool", Recommendation.Addressee.SCHOOL);
        LocalDate today = LocalDate.now();
        return Recommendation.<Recommendation>list("from Recommendation r where (" + seen.jpql() + ") and r.addresseeKind = :toSchool "
                        + "and r.school.id = :school order by r.deadline, r.id", params).stream()
                .map(r -> new Item(r.id, r.text, r.basis, r.deadline, r.status, !r.status.closed() && r.deadline.isBefore(today))).toList();
    }
}
