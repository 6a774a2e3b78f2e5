package ru.rostok.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.partnership.Partnership;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.school.School;

/**
 * A school's partnerships the caller sees, as the supported (weak) school or as the partner (strong) one; one query.
 * The other school is named: a partnership is seen only by those who see one of its schools, and is about both.
 */
@ApplicationScoped
public class PartnershipsOfSchool {
    @Inject
    PartnershipPolicy policy;

    @Schema(name = "DossierPartnershipRole", description = "WEAK: the school is supported; STRONG: the school is the partner")
    public enum Role { WEAK, STRONG }

    @Schema(name = "DossierPartnership", description = "A partnership of the school")
    public record Item(long id, Role role, long otherSchoolId, String otherSchoolName, PartnershipStatus status, LocalDate planDue,
                       String agreementNumber, LocalDate agreementDate, Long roadmapId) {
    }

    public List<Item> of(School school) {
        var seen = policy.filter("p");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("school", school.id);
        return Partnership.<Partnership>list("from Partnership p join fetch p.weakSchool join fetch p.partnerSchool where (" + seen.jpql()
                        + ") and (p.weakSchool.id = :school or p.partnerSchool.id = :school) order by p.id desc", params).stream()
                .map(p -> {
                    boolean weak = p.weakSchool.id.equals(school.id);
                    School other = weak ? p.partnerSchool : p.weakSchool;
                    return new Item(p.id, weak ? Role.WEAK : Role.STRONG, other.id, other.shortName, p.status, p.planDue, p.agreementNumber,
                            p.agreementDate, p.roadmap == null ? null : p.roadmap.id);
                }).toList();
    }
}
