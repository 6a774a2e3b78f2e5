package ru.rostok.lists.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.common.Text;
import ru.rostok.monitoring.Condition;
import ru.rostok.lists.IdentificationRule;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.RuleSnapshot;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.SchoolListEntry;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.service.CampaignService;
import ru.rostok.monitoring.service.HandedInValues;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.RegionService;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.territory.service.TerritoryPolicy;

/**
 * Lists (перечни) of ШНОР and ШНСУ: a draft proposed by a rule on the campaigns, carried over from last year's approved
 * list (a school leaves when the rule has not held for the years the analyst set), edited with reasons, approved by an order.
 */
@ApplicationScoped
public class SchoolListService {
    /** Change a draft: its rule, its schools, the decision on each, approval. */
    public static final String EDIT = "edit";
    private static final Map<String, String> SORT = Map.of(
            "title", "l.title", "kind", "l.kind", "year", "l.year", "status", "l.status", "updatedAt", "l.updatedAt");

    @Inject
    Scope scope;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    RegionService regions;

    @Inject
    RuleService rules;

    @Inject
    EntityManager em;

    @Inject
    HandedInValues handedIn;

    @Inject
    CampaignService campaignService;

    @Inject
    AuditLog audit;

    public PageResponse<SchoolListSummaryView> list(Long regionId, ListKind kind, Integer year, SchoolList.Status status, PageQuery query) {
        Where where = seen(null).and("l.region.id = :regionId", "regionId", regionId).and("l.kind = :kind", "kind", kind)
                .and("l.year = :year", "year", year).and("l.status = :status", "status", status);
        var found = SchoolList.<SchoolList>find("from SchoolList l where " + where.jpql(),
                query.toSort(SORT, "-year,kind", "l", Sort.Direction.Descending), where.params()).page(query.toPage());
        List<SchoolList> page = found.list();
        Map<Long, long[]> counts = entryCounts(page.stream().map(l -> l.id).toList());
        long total = where.count(SchoolList.getEntityManager(), "SchoolList l");
        return new PageResponse<>(page, query.page, query.size, total).map(l -> {
            long[] c = counts.getOrDefault(l.id, new long[2]);
            return new SchoolListSummaryView(l.id, l.region.id, l.region.name, l.kind, l.year, l.yearTo, l.title, l.status, c[0], c[1],
                    l.orderNumber, l.orderDate, l.version, l.updatedAt);
        });
    }

    /** Schools on each list and schools proposed for it, of a page of lists in one query: list id → {included, proposed}. */
    private Map<Long, long[]> entryCounts(List<Long> listIds) {
        Map<Long, long[]> counts = new HashMap<>();
        if (listIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select e.listId, sum(case when e.included = true then 1 else 0 end), count(e) from SchoolListEntry e "
                        + "where e.listId in :ids group by e.listId", Object[].class).setParameter("ids", listIds).getResultList()
                .forEach(r -> counts.put((Long) r[0], new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()}));
        return counts;
    }

    public SchoolList require(long id) {
        Where where = seen(id);
        return SchoolList.<SchoolList>find("from SchoolList l where " + where.jpql(), where.params()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("lists.listNotFound", id));
    }

    /** A region's lists are seen in that region, by its schools once approved: one condition for the list and for one list. */
    private Where seen(Long id) {
        Scope.Filter region = territoryPolicy.regions("l.region");
        return new Where().and(region.jpql(), region.params()).and("l.id = :id", "id", id)
                .and("l.status = :approved", "approved", scope.level() == Scope.Level.SCHOOL ? SchoolList.Status.APPROVED : null);
    }

    private SchoolList requireDraftToManage(long id, long version) {
        SchoolList list = require(id);
        scope.require(territoryPolicy.mayKeepDataOf(list.region), "lists.listForbidden");
        list.checkVersion(version);
        if (list.status != SchoolList.Status.DRAFT) {
            throw ApiException.conflict("lists.listApproved", list.orderNumber);
        }
        return list;
    }

    @Transactional
    public SchoolListView create(ListInputs.ListInput input) {
        Region region = regions.require(input.regionId());
        scope.require(territoryPolicy.mayKeepDataOf(region), "lists.listForbidden");
        IdentificationRule rule = rules.require(input.ruleId());
        if (!rule.region.id.equals(region.id)) {
            throw ApiException.invalid("ruleId", "lists.ruleOfOtherRegion");
        }
        if (input.yearTo() != null && input.yearTo() < input.year()) {
            throw ApiException.invalid("yearTo", "lists.yearsReversed", input.year());
        }
        List<Campaign> campaigns = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(input.campaignIds())) {
            Campaign c = Campaign.<Campaign>findByIdOptional(id).filter(x -> x.region.id.equals(region.id)).orElse(null);
            if (c == null) {
                throw ApiException.invalid("campaignIds", "lists.campaignNotInRegion", id);
            }
            if (c.status == CampaignStatus.DRAFT) {
                throw ApiException.invalid("campaignIds", "lists.campaignNotRun", c.name);
            }
            if (c.respondent != Respondent.SCHOOL) {
                throw ApiException.invalid("campaignIds", "lists.municipalCampaign", c.name);
            }
            campaigns.add(c);
        }
        if (campaigns.size() < rule.consecutiveYears) {
            throw ApiException.invalid("campaignIds", "lists.consecutiveCampaigns", rule.consecutiveYears, RuleSnapshot.years(rule.consecutiveYears));
        }
        SchoolList list = new SchoolList();
        list.region = region;
        list.kind = rule.kind;
        list.year = input.year();
        list.yearTo = input.yearTo() == null ? input.year() : input.yearTo();
        list.title = Text.trimToNull(input.title()) != null ? input.title().strip()
                : "Перечень " + rule.kind.abbreviation + (list.yearTo == list.year ? " на " + input.year() + " год"
                : " на " + list.year + "–" + list.yearTo + " годы");
        list.rule = rule.snapshot();
        list.campaignIds = campaigns.stream().map(c -> c.id).toList();
        list.exitYears = input.exitYears() == null ? 1 : input.exitYears();
        list.persist();
        propose(list, campaigns);
        em.flush();
        audit.created("SchoolList", list.id, list.title, region.id, Map.of("rule", list.rule.text(),
                "included", SchoolListEntry.count("listId = ?1 and included = true", list.id)));
        return view(list);
    }

    /** The rule on each campaign for every school of the newest one and of last year's list; then who is in, who stays, who leaves. */
    private void propose(SchoolList list, List<Campaign> campaigns) {
        RuleSnapshot rule = list.rule;
        List<String> codes = rule.conditions().stream().map(Condition::indicatorCode).distinct().toList();
        List<Map<Long, Map<String, HandedInValues.Value>>> values = campaigns.stream().map(c -> handedIn.bySchool(c.id, codes)).toList();
        SchoolList previous = previousList(list);
        Set<Long> carried = new LinkedHashSet<>();
        if (previous != null) {
            SchoolListEntry.<SchoolListEntry>list("listId = ?1 and included = true order by id", previous.id).forEach(e -> carried.add(e.schoolId));
        }
        Set<Long> schools = new LinkedHashSet<>(campaignService.everySchoolOf(campaigns.get(0).id));
        schools.addAll(carried);
        for (long school : schools) {
            List<SchoolListEntry.Evidence> evidence = new ArrayList<>();
            for (int i = 0; i < campaigns.size(); i++) {
                Campaign c = campaigns.get(i);
                evidence.add(RuleEvaluator.evaluate(rule, c.id, c.name, c.academicYear, values.get(i).get(school)));
            }
            int holding = 0;
            while (holding < evidence.size() && evidence.get(holding).holds()) {
                holding++;
            }
            int failing = 0;
            while (failing < evidence.size() && !evidence.get(failing).holds() && RuleEvaluator.hasData(evidence.get(failing))) {
                failing++;
            }
            SchoolListEntry entry = new SchoolListEntry();
            entry.listId = list.id;
            entry.schoolId = school;
            entry.evidence = evidence;
            if (carried.contains(school)) {
                entry.source = SchoolListEntry.Source.CARRIED;
                entry.included = failing < list.exitYears;
                entry.reason = entry.included
                        ? "В перечне на " + previous.year + " год; " + (holding > 0 ? "правило выполняется: " + RuleEvaluator.triggered(evidence.get(0))
                        : "правило не выполняется " + failing + " " + RuleSnapshot.years(failing) + " подряд, для выхода нужно " + list.exitYears)
                        : "Выходит из перечня: правило не выполняется " + failing + " " + RuleSnapshot.years(failing) + " подряд";
            } else if (holding >= rule.consecutiveYears()) {
                entry.source = SchoolListEntry.Source.RULE;
                entry.included = true;
                entry.reason = "Правило выполняется" + (rule.consecutiveYears() > 1 ? " " + holding + " " + RuleSnapshot.years(holding) + " подряд" : "")
                        + ": " + RuleEvaluator.triggered(evidence.get(0));
            } else {
                continue;
            }
            entry.persist();
        }
    }

    private SchoolList previousList(SchoolList list) {
        return SchoolList.<SchoolList>find("region = ?1 and kind = ?2 and year = ?3 and status = ?4", list.region, list.kind, list.year - 1,
                SchoolList.Status.APPROVED).firstResult();
    }

    @Transactional
    public SchoolListView decide(long id, long schoolId, ListInputs.EntryDecision input) {
        SchoolList list = requireDraftToManage(id, input.version());
        School school = School.<School>findByIdOptional(schoolId).filter(s -> s.municipality.region.id.equals(list.region.id))
                .orElseThrow(() -> ApiException.notFound("lists.schoolNotInRegion", schoolId));
        SchoolListEntry entry = SchoolListEntry.<SchoolListEntry>find("listId = ?1 and schoolId = ?2", list.id, school.id).firstResult();
        Map<String, Object> before = entry == null ? Map.of() : Map.of("school", school.shortName, "included", entry.included, "reason", entry.reason);
        if (entry == null) {
            entry = new SchoolListEntry();
            entry.listId = list.id;
            entry.schoolId = school.id;
            entry.source = SchoolListEntry.Source.MANUAL;
            entry.evidence = List.of();
        }
        entry.included = input.included();
        entry.reason = input.reason().strip();
        entry.decidedBy = scope.username();
        entry.decidedAt = OffsetDateTime.now();
        entry.persist();
        list.updatedAt = OffsetDateTime.now();
        em.flush();
        audit.updated("SchoolList", list.id, list.title, list.region.id, before,
                Map.of("school", school.shortName, "included", entry.included, "reason", entry.reason));
        return view(list);
    }

    @Transactional
    public SchoolListView approve(long id, ListInputs.Approval input) {
        SchoolList list = requireDraftToManage(id, input.version());
        Body body = Body.<Body>findByIdOptional(input.orderBodyId()).filter(b -> b.region.id.equals(list.region.id))
                .orElseThrow(() -> ApiException.invalid("orderBodyId", "lists.bodyNotInRegion", input.orderBodyId()));
        if (SchoolList.count("region = ?1 and kind = ?2 and year = ?3 and status = ?4 and id <> ?5", list.region, list.kind, list.year,
                SchoolList.Status.APPROVED, list.id) > 0) {
            throw ApiException.conflict("lists.alreadyApproved", list.kind.abbreviation, list.year);
        }
        list.status = SchoolList.Status.APPROVED;
        list.orderNumber = input.orderNumber().strip();
        list.orderDate = input.orderDate();
        list.orderBody = body;
        list.approvedBy = scope.username();
        list.approvedAt = OffsetDateTime.now();
        list.updatedAt = list.approvedAt;
        em.flush();
        audit.updated("SchoolList", list.id, list.title, list.region.id, Map.of("status", SchoolList.Status.DRAFT),
                Map.of("status", list.status, "order", "№ " + list.orderNumber + " от " + list.orderDate));
        return view(list);
    }

    public SchoolListView get(long id) {
        return view(require(id));
    }

    private SchoolListView view(SchoolList l) {
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        Query q = em.createNativeQuery("select e.id from school_list_entry e join school s on s.id = e.school_id join municipality m on m.id = "
                + "s.municipality_id where e.list_id = :list and " + inScope.jpql() + " order by e.included desc, m.name, s.short_name, s.id")
                .setParameter("list", l.id);
        inScope.params().forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Number> ids = q.getResultList();
        Map<Long, SchoolListEntry> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            SchoolListEntry.<SchoolListEntry>list("id in ?1", ids.stream().map(Number::longValue).toList()).forEach(e -> byId.put(e.id, e));
        }
        List<SchoolListEntryView> entries = new ArrayList<>();
        for (Number id : ids) {
            SchoolListEntry e = byId.get(id.longValue());
            School s = School.findById(e.schoolId);
            entries.add(new SchoolListEntryView(s.id, s.shortName, s.municipality.id, s.municipality.name, e.source, e.included, e.reason,
                    e.evidence, e.decidedBy, e.decidedAt));
        }
        List<ListCampaignRefView> campaigns = l.campaignIds.stream().map(id -> Campaign.<Campaign>findById(id))
                .map(c -> new ListCampaignRefView(c.id, c.name, c.academicYear)).toList();
        SchoolList previous = previousList(l);
        return new SchoolListView(l.id, l.region.id, l.region.name, l.kind, l.year, l.yearTo, l.title, l.status, l.rule, l.rule.text(), campaigns,
                l.exitYears, previous == null ? null : previous.id, l.orderNumber, l.orderDate, l.orderBody == null ? null : l.orderBody.id,
                l.orderBody == null ? null : l.orderBody.shortName, l.approvedBy, l.approvedAt,
                entries.stream().filter(SchoolListEntryView::included).count(), entries, l.version, l.updatedAt,
                l.status == SchoolList.Status.DRAFT && territoryPolicy.mayKeepDataOf(l.region) ? List.of(EDIT) : List.of());
    }

    /** The schools on a list (included), whoever the caller is: what the effect of support aggregates. */
    public List<Long> includedSchools(long listId) {
        return em.createQuery("select e.schoolId from SchoolListEntry e where e.listId = :l and e.included = true order by e.schoolId", Long.class)
                .setParameter("l", listId).getResultList();
    }

    /** A school on an approved list of a year: the list's kind, year and the date of its order. */
    public record ApprovedEntry(long listId, ListKind kind, int year, java.time.LocalDate orderDate, long schoolId, long municipalityId,
                                boolean included) {
    }

    /** Every entry of the region's approved lists, in one query: who was on which list when, for support starts and exits. */
    public List<ApprovedEntry> approvedEntries(long regionId) {
        List<?> rows = em.createNativeQuery("""
                select l.id, l.kind, l.year, l.order_date, e.school_id, s.municipality_id, e.included from school_list l
                join school_list_entry e on e.list_id = l.id join school s on s.id = e.school_id
                where l.region_id = :r and l.status = 'APPROVED' order by l.year, l.id""").setParameter("r", regionId).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ApprovedEntry(((Number) r[0]).longValue(), ListKind.valueOf((String) r[1]),
                ((Number) r[2]).intValue(), r[3] == null ? null : r[3] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) r[3],
                ((Number) r[4]).longValue(), ((Number) r[5]).longValue(), (Boolean) r[6])).toList();
    }

    /** The lists a school was proposed for or put on: drafts for those who make lists, approved ones for everyone who sees the school. */
    public List<SchoolListHistoryItemView> history(School school) {
        // school staff see approved lists only, as in the list of lists
        boolean approvedOnly = scope.level() == Scope.Level.SCHOOL;
        var found = em.createQuery("select e, l from SchoolListEntry e, SchoolList l where l.id = e.listId and e.schoolId = :s"
                + (approvedOnly ? " and l.status = :approved" : "") + " order by l.year desc, l.kind", Object[].class).setParameter("s", school.id);
        if (approvedOnly) {
            found.setParameter("approved", SchoolList.Status.APPROVED);
        }
        return found.getResultList().stream()
                .map(r -> {
                    SchoolListEntry e = (SchoolListEntry) r[0];
                    SchoolList l = (SchoolList) r[1];
                    return new SchoolListHistoryItemView(l.id, l.title, l.kind, l.year, l.status, e.included, e.source, e.reason, l.orderNumber, l.orderDate);
                }).toList();
    }
}
