package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.body.service.BodyService;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignIndicator;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.CampaignTransition;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.SchoolScope;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;
import ru.rostok.school.service.SchoolPolicy;

/** Monitoring campaigns: what is asked of which schools, approved by which order, and where it stands. */
@ApplicationScoped
public class CampaignService {
    static final String ENTITY = "Campaign";
    private static final Map<String, String> SORT = Map.of(
            "name", "c.name", "academicYear", "c.academicYear", "opensOn", "c.opensOn", "closesOn", "c.closesOn",
            "status", "c.status", "updatedAt", "c.updatedAt");

    @Inject
    Scope scope;

    @Inject
    ListedSchools lists;


    @Inject
    MonitoringPolicy monitoringPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    IndicatorService indicators;

    @Inject
    BodyService bodies;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    public PageResponse<CampaignSummary> list(Long regionId, Long municipalityId, CampaignStatus status, String academicYear, String q,
                                              PageQuery query) {
        return list(regionId, municipalityId, status, academicYear, null, q, query);
    }

    /** The same, only the campaigns asking this kind of respondent when one is given. */
    public PageResponse<CampaignSummary> list(Long regionId, Long municipalityId, CampaignStatus status, String academicYear,
                                              Respondent respondent, String q, PageQuery query) {
        Scope.Filter inScope = monitoringPolicy.campaigns("c");
        Where where = new Where().and(inScope.jpql(), inScope.params())
                .and("c.region.id = :regionId", "regionId", regionId)
                .and("c.municipality.id = :municipalityId", "municipalityId", municipalityId)
                .and("c.status = :status", "status", status)
                .and("c.academicYear = :year", "year", Text.trimToNull(academicYear))
                .and("c.respondent = :respondent", "respondent", respondent);
        String text = Text.trimToNull(q);
        if (text != null) {
            where.and("lower(c.name) like :q or lower(c.orderNumber) like :q", "q", "%" + text.toLowerCase() + "%");
        }
        var found = Campaign.<Campaign>find("from Campaign c where " + where.jpql(),
                query.toSort(SORT, "-opensOn", "c"), where.params()).page(query.toPage());
        List<Campaign> items = found.list();
        Map<Long, Long> schools = schoolCounts(items.stream().map(c -> c.id).toList());
        return new PageResponse<>(items, query.page, query.size, where.count(Campaign.getEntityManager(), "Campaign c"))
                .map(c -> summary(c, schools.getOrDefault(c.id, 0L)));
    }

    /** The campaign with its indicators read in one query: every form and save needs them all. */
    public Optional<Campaign> visible(long id) {
        return Campaign.<Campaign>find("select distinct c from Campaign c left join fetch c.indicators ci left join fetch ci.indicator "
                + "where c.id = ?1", id).singleResultOptional().filter(monitoringPolicy::sees);
    }

    public Campaign require(long id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("monitoring.campaignNotFound", id));
    }

    /**
     * The campaign alone, read-only, without its form: a submission's save takes the form from {@link CampaignForms},
     * and nothing of the campaign is left for the flush to check.
     */
    public Campaign requireAlone(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id, Map.<String, Object>of(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)))
                .filter(monitoringPolicy::sees)
                .orElseThrow(() -> ApiException.notFound("monitoring.campaignNotFound", id));
    }

    public Optional<CampaignView> get(long id) {
        return visible(id).map(this::view);
    }

    @Transactional
    public CampaignView create(CampaignInput input) {
        Campaign campaign = new Campaign();
        Owner owner = owner(input);
        apply(campaign, input, owner);
        campaign.persist();
        placeSchools(campaign, input.schoolIds());
        transition(campaign, null, CampaignStatus.DRAFT);
        CampaignView view = view(campaign);
        audit.created(ENTITY, campaign.id, campaign.name, campaign.region.id, auditable(view));
        return view;
    }

    @Transactional
    public CampaignView update(long id, CampaignInput input) {
        Campaign campaign = require(id);
        scope.require(monitoringPolicy.mayManageCampaignOf(campaign.region, campaign.municipality), "monitoring.updateForbidden");
        campaign.checkVersion(input.version());
        if (campaign.status != CampaignStatus.DRAFT) {
            throw ApiException.conflict("monitoring.campaignOpen");
        }
        Owner owner = owner(input);
        CampaignView before = view(campaign);
        apply(campaign, input, owner);
        campaign.updatedAt = OffsetDateTime.now();
        campaign.flush();
        placeSchools(campaign, input.schoolIds());
        CampaignView after = view(campaign);
        audit.updated(ENTITY, campaign.id, campaign.name, campaign.region.id, auditable(before), auditable(after));
        return after;
    }

    @Transactional
    public CampaignView move(long id, TransitionInput input) {
        Campaign campaign = require(id);
        scope.require(monitoringPolicy.mayManageCampaignOf(campaign.region, campaign.municipality), "monitoring.transitionForbidden");
        campaign.checkVersion(input.version());
        CampaignStatus from = campaign.status;
        if (!from.canMoveTo(input.to())) {
            throw ApiException.conflict("monitoring.transitionRefused", StatusText.of(from), StatusText.of(input.to()));
        }
        if (input.to() == CampaignStatus.OPEN && campaign.respondent == Respondent.MUNICIPALITY) {
            if (Municipality.count("region.id = ?1", campaign.region.id) == 0) {
                throw ApiException.conflict("monitoring.noMunicipalities");
            }
        } else if (input.to() == CampaignStatus.OPEN && campaign.schoolScope == SchoolScope.TERRITORY) {
            placeSchools(campaign, null); // schools opened since the draft was made are asked too
        }
        if (input.to() == CampaignStatus.OPEN && campaign.respondent == Respondent.SCHOOL
                && schoolCounts(List.of(campaign.id)).getOrDefault(campaign.id, 0L) == 0) {
            throw ApiException.conflict("monitoring.noSchools");
        }
        campaign.status = input.to();
        campaign.updatedAt = OffsetDateTime.now();
        campaign.flush();
        transition(campaign, from, input.to());
        audit.updated(ENTITY, campaign.id, campaign.name, campaign.region.id, Map.of("status", from), Map.of("status", input.to()));
        return view(campaign);
    }

    public CampaignProgress progress(long id) {
        Campaign campaign = require(id);
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        Query query = em.createNativeQuery("""
                select m.id, m.name, count(*),
                       count(*) filter (where sub.status is null),
                       count(*) filter (where sub.status = 'DRAFT'),
                       count(*) filter (where sub.status = 'SUBMITTED'),
                       count(*) filter (where sub.status = 'RETURNED'),
                       count(*) filter (where sub.status = 'ACCEPTED'),
                       count(*) filter (where :late and (sub.status is null or sub.status in ('DRAFT', 'RETURNED')))
                from campaign_school cs
                join school s on s.id = cs.school_id
                join municipality m on m.id = s.municipality_id
                left join submission sub on sub.campaign_id = cs.campaign_id and sub.school_id = cs.school_id
                where cs.campaign_id = :campaign and\s""" + inScope.jpql() + " group by m.id, m.name order by m.name");
        query.setParameter("campaign", campaign.id);
        query.setParameter("late", campaign.overdueOn(LocalDate.now()));
        inScope.params().forEach(query::setParameter);
        List<CampaignProgress.Municipality> rows = new ArrayList<>();
        long[] total = new long[7];
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            long[] n = new long[7];
            for (int i = 0; i < 7; i++) {
                n[i] = ((Number) r[i + 2]).longValue();
                total[i] += n[i];
            }
            rows.add(new CampaignProgress.Municipality(((Number) r[0]).longValue(), (String) r[1], counts(n)));
        }
        return new CampaignProgress(campaign.id, campaign.closesOn, counts(total), rows);
    }

    private static CampaignProgress.Counts counts(long[] n) {
        return new CampaignProgress.Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    // ------------------------------------------------------------------ the campaign's owner and schools

    private record Owner(Region region, Municipality municipality, Body orderBody) {
    }

    private Owner owner(CampaignInput input) {
        Region region = regions.require(input.regionId());
        Municipality municipality = input.municipalityId() == null ? null : municipalities.require(input.municipalityId());
        List<FieldError> errors = new ArrayList<>();
        if (municipality != null && !municipality.region.id.equals(region.id)) {
            errors.add(FieldError.field("municipalityId", "monitoring.municipalityNotInRegion"));
        }
        scope.require(monitoringPolicy.mayManageCampaignOf(region, municipality),
                "monitoring.createForbidden");
        // the order is a document of the campaign's territory: its body is one the caller may name there, as a plan's or a decision's
        Body body = bodies.nameable(input.orderBodyId(), region, municipality, "orderBodyId", errors);
        if (input.opensOn() != null && input.closesOn() != null && input.closesOn().isBefore(input.opensOn())) {
            errors.add(FieldError.field("closesOn", "monitoring.closesBeforeOpens"));
        }
        if (input.academicYear() != null && input.academicYear().matches("\\d{4}/\\d{4}")) {
            int first = Integer.parseInt(input.academicYear().substring(0, 4));
            int second = Integer.parseInt(input.academicYear().substring(5));
            if (second != first + 1) {
                errors.add(FieldError.field("academicYear", "monitoring.academicYear"));
            }
        }
        if (input.respondentOrDefault() == Respondent.MUNICIPALITY) {
            if (municipality != null) {
                errors.add(FieldError.field("municipalityId", "monitoring.municipalCampaignIsRegional"));
            }
            if (input.schoolScope() != SchoolScope.TERRITORY) {
                errors.add(FieldError.field("schoolScope", "monitoring.municipalCampaignAsksAll"));
            }
        } else if (input.schoolScope() == SchoolScope.LIST && (input.schoolIds() == null || input.schoolIds().isEmpty())) {
            errors.add(FieldError.field("schoolIds", "monitoring.schoolsRequired"));
        }
        if (input.schoolScope() == SchoolScope.SCHOOL_LIST) {
            if (input.schoolListId() == null) {
                errors.add(FieldError.field("schoolListId", "monitoring.listRequired"));
            } else {
                var list = lists.visible(input.schoolListId()).filter(l -> l.regionId() == region.id);
                if (list.isEmpty()) {
                    errors.add(FieldError.field("schoolListId", "monitoring.listNotFound", input.schoolListId()));
                } else if (!list.get().approved()) {
                    errors.add(FieldError.field("schoolListId", "monitoring.listNotApproved", list.get().title()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Owner(region, municipality, body);
    }

    private void apply(Campaign c, CampaignInput input, Owner owner) {
        c.name = input.name().strip();
        c.academicYear = input.academicYear();
        c.orderNumber = input.orderNumber().strip();
        c.orderDate = input.orderDate();
        c.orderBody = owner.orderBody();
        c.region = owner.region();
        c.municipality = owner.municipality();
        c.respondent = input.respondentOrDefault();
        c.schoolScope = input.schoolScope();
        c.schoolListId = input.schoolScope() == SchoolScope.SCHOOL_LIST ? input.schoolListId() : null;
        c.opensOn = input.opensOn();
        c.closesOn = input.closesOn();
        List<FieldError> errors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<CampaignIndicator> items = new ArrayList<>();
        for (int i = 0; i < input.indicators().size(); i++) {
            CampaignInput.Item item = input.indicators().get(i);
            if (!seen.add(item.indicatorId())) {
                errors.add(FieldError.field("indicators[" + i + "]", "monitoring.indicatorTwice"));
                continue;
            }
            Indicator indicator = Indicator.<Indicator>findByIdOptional(item.indicatorId()).orElse(null);
            if (indicator == null || !indicator.region.id.equals(owner.region().id)) {
                errors.add(FieldError.field("indicators[" + i + "]", "monitoring.indicatorNotInCatalogue", item.indicatorId()));
            } else if (indicator.retired) {
                errors.add(FieldError.field("indicators[" + i + "]", "monitoring.indicatorReplaced", indicator.code));
            } else if (indicator.respondent != c.respondent) {
                errors.add(FieldError.field("indicators[" + i + "]", indicator.respondent == Respondent.SCHOOL
                        ? "monitoring.schoolIndicatorInMunicipalCampaign" : "monitoring.municipalIndicatorInSchoolCampaign", indicator.code));
            } else {
                items.add(new CampaignIndicator(indicator, i + 1, item.required()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        c.indicators.clear();
        c.indicators.addAll(items);
    }

    /** Fills campaign_school: the whole territory, or the given list checked against it; none for a campaign of municipalities. */
    private void placeSchools(Campaign c, List<Long> schoolIds) {
        em.flush();
        em.createNativeQuery("delete from campaign_school where campaign_id = :c").setParameter("c", c.id).executeUpdate();
        if (c.respondent == Respondent.MUNICIPALITY) {
            return;
        }
        String territory = c.municipality == null ? "m.region_id = :territory" : "s.municipality_id = :territory";
        long territoryId = c.municipality == null ? c.region.id : c.municipality.id;
        if (c.schoolScope == SchoolScope.TERRITORY) {
            em.createNativeQuery("insert into campaign_school (campaign_id, school_id) select :c, s.id from school s "
                            + "join municipality m on m.id = s.municipality_id where " + territory)
                    .setParameter("c", c.id).setParameter("territory", territoryId).executeUpdate();
            return;
        }
        if (c.schoolScope == SchoolScope.SCHOOL_LIST) {
            ListedSchools.Listed list = lists.visible(c.schoolListId).orElseThrow();
            int placed = em.createNativeQuery("insert into campaign_school (campaign_id, school_id) select :c, s.id from school s "
                            + "join municipality m on m.id = s.municipality_id where s.id in (:ids) and " + territory)
                    .setParameter("c", c.id).setParameter("ids", list.schoolIds().isEmpty() ? List.of(-1L) : list.schoolIds())
                    .setParameter("territory", territoryId).executeUpdate();
            if (placed == 0) {
                throw ApiException.invalid("schoolListId", "monitoring.listEmpty", list.title());
            }
            return;
        }
        Set<Long> wanted = new LinkedHashSet<>(schoolIds);
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery("select s.id from school s join municipality m on m.id = s.municipality_id "
                        + "where s.id in (:ids) and " + territory)
                .setParameter("ids", wanted).setParameter("territory", territoryId).getResultList();
        Set<Long> present = new HashSet<>();
        found.forEach(n -> present.add(n.longValue()));
        List<FieldError> errors = new ArrayList<>();
        wanted.stream().filter(id -> !present.contains(id)).forEach(id ->
                errors.add(FieldError.field("schoolIds", "monitoring.schoolNotInTerritory", id)));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        em.createNativeQuery("insert into campaign_school (campaign_id, school_id) select :c, unnest(cast(:ids as bigint[]))")
                .setParameter("c", c.id).setParameter("ids", wanted.toArray(Long[]::new)).executeUpdate();
    }

    private void transition(Campaign c, CampaignStatus from, CampaignStatus to) {
        CampaignTransition t = new CampaignTransition();
        t.campaignId = c.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.actor = scope.username();
        t.occurredAt = OffsetDateTime.now();
        t.persist();
    }

    Map<Long, Long> schoolCounts(List<Long> campaignIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (campaignIds.isEmpty()) {
            return counts;
        }
        em.unwrap(Session.class)
                .createSelectionQuery("select cs.campaignId, count(cs) from CampaignSchool cs where cs.campaignId in :ids group by cs.campaignId", Object[].class)
                .setParameterList("ids", campaignIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** Every school of the campaign, whatever the caller's scope, by id. */
    public List<Long> everySchoolOf(long campaignId) {
        return em.createQuery("select cs.schoolId from CampaignSchool cs where cs.campaignId = :c order by cs.schoolId", Long.class)
                .setParameter("c", campaignId).getResultList();
    }

    private List<Long> schoolIds(Campaign c) {
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        Query query = em.createNativeQuery("select s.id from campaign_school cs join school s on s.id = cs.school_id "
                + "join municipality m on m.id = s.municipality_id where cs.campaign_id = :c and " + inScope.jpql() + " order by s.id");
        query.setParameter("c", c.id);
        inScope.params().forEach(query::setParameter);
        List<Long> ids = new ArrayList<>();
        for (Object n : query.getResultList()) {
            ids.add(((Number) n).longValue());
        }
        return ids;
    }

    CampaignSummary summary(Campaign c, long schoolCount) {
        return new CampaignSummary(c.id, c.name, c.academicYear, c.status, c.respondent, c.region.id, c.region.name,
                c.municipality == null ? null : c.municipality.id, c.municipality == null ? null : c.municipality.name,
                c.orderNumber, c.orderDate, c.orderBody.id, c.orderBody.shortName, c.opensOn, c.closesOn, schoolCount,
                c.indicators.size(), c.version, c.updatedAt);
    }

    CampaignView view(Campaign c) {
        List<CampaignView.Item> items = c.indicators.stream().map(ci -> {
            Indicator i = ci.indicator;
            return new CampaignView.Item(i.id, i.code, i.name, i.description, i.category, i.unit, i.valueType, i.direction,
                    i.minValue, i.maxValue, i.minSample, ci.required, ci.position);
        }).toList();
        List<CampaignView.Transition> transitions = CampaignTransition.of(c.id).stream()
                .map(t -> new CampaignView.Transition(t.fromStatus, t.toStatus, t.actor, t.occurredAt)).toList();
        return new CampaignView(c.id, c.name, c.academicYear, c.status, c.respondent, c.region.id, c.region.name,
                c.municipality == null ? null : c.municipality.id, c.municipality == null ? null : c.municipality.name,
                c.orderNumber, c.orderDate, c.orderBody.id, c.orderBody.shortName, c.opensOn, c.closesOn, c.schoolScope,
                c.schoolListId == null ? null : lists.anyScope(c.schoolListId)
                        .map(l -> new CampaignView.ListedRef(l.id(), l.title(), l.year(), l.yearTo())).orElse(null),
                schoolIds(c), items, transitions, c.version, c.createdAt, c.updatedAt, monitoringPolicy.actions(c));
    }

    /** The audit keeps what a person decides, not the derived lists. */
    private static Map<String, Object> auditable(CampaignView v) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("name", v.name());
        m.put("academicYear", v.academicYear());
        m.put("orderNumber", v.orderNumber());
        m.put("orderDate", String.valueOf(v.orderDate()));
        m.put("orderBodyName", v.orderBodyName());
        m.put("municipalityName", v.municipalityName());
        m.put("respondent", v.respondent());
        m.put("schoolScope", v.schoolScope());
        m.put("opensOn", String.valueOf(v.opensOn()));
        m.put("closesOn", String.valueOf(v.closesOn()));
        m.put("indicators", String.join(", ", v.indicators().stream().map(CampaignView.Item::code).toList()));
        m.put("schools", v.schoolIds().size());
        return m;
    }
}
