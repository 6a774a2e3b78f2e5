package ru.rostok.partnership.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Arrays;
import java.util.List;
import ru.rostok.monitoring.service.MonitoringPolicy;
import ru.rostok.partnership.Partnership;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.security.Place;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.school.service.SchoolPolicy;

/**
 * Who sees a partnership: whoever sees either of its schools (their staff, their coordinators, the region's analysts).
 * One rule, written once as a query condition: the list filters by it and the check of one record is the same query
 * narrowed to that record, so the two cannot disagree.
 */
@ApplicationScoped
public class PartnershipPolicy {
    @Inject
    Scope scope;

    @Inject
    MonitoringPolicy monitoringPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    /** The JPQL condition over a partnership alias, with its parameters. */
    public Scope.Filter filter(String alias) {
        Scope.Filter weak = schoolPolicy.filter(alias + ".weakSchool");
        Scope.Filter partner = schoolPolicy.filter(alias + ".partnerSchool");
        Map<String, Object> params = new HashMap<>(weak.params());
        params.putAll(partner.params()); // the same names with the same values: the caller's scope
        return new Scope.Filter("(" + weak.jpql() + ") or (" + partner.jpql() + ")", params);
    }

    public Optional<Partnership> visible(long id) {
        Scope.Filter seen = filter("p");
        Map<String, Object> params = new HashMap<>(seen.params());
        params.put("id", id);
        return Partnership.<Partnership>find("from Partnership p where p.id = :id and (" + seen.jpql() + ")", params).firstResultOptional();
    }

    /** The centre: the weak school's coordinator and the region's analysts propose, approve and close. */
    public boolean mayManage(Partnership p) {
        return scope.actsFor(Place.municipality(p.region.id, p.municipality == null ? null : p.municipality.id))
                && !scope.hasRole(Role.SCHOOL_STAFF);
    }

    /** The centre any move; the staff of either school the agreement (from proposed) and the interaction plan. */
    public boolean mayMove(Partnership p, PartnershipStatus to) {
        boolean schoolSide = monitoringPolicy.maySubmitFor(p.weakSchool) || monitoringPolicy.maySubmitFor(p.partnerSchool);
        boolean bySchools = to == PartnershipStatus.AGREED && p.status == PartnershipStatus.PROPOSED || to == PartnershipStatus.PLAN_SUBMITTED;
        return mayManage(p) || schoolSide && bySchools;
    }

    /** The statuses the caller may move the partnership to from where it stands. */
    public List<String> actions(Partnership p) {
        return Arrays.stream(PartnershipStatus.values()).filter(to -> p.status.canMoveTo(to) && mayMove(p, to)).map(Enum::name).toList();
    }
}
