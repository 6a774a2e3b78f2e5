package ru.rostok.territory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.Session;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

@ApplicationScoped
public class RegionService {
    private static final Map<String, String> SORT = Map.of("name", "r.name", "code", "r.code");
    static final String ENTITY = "Region";

    @Inject
    Scope scope;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    SchoolCounts schools;

    @Inject
    AuditLog audit;

    public PageResponse<RegionView> list(PageQuery query) {
        Scope.Filter inScope = territoryPolicy.regions("r");
        Where filter = new Where().and(inScope.jpql(), inScope.params());
        var found = Region.<Region>find("from Region r where " + filter.jpql(), query.toSort(SORT, "name", "r"), filter.params())
                .page(query.toPage());
        List<Region> items = found.list();
        List<Long> ids = items.stream().map(r -> r.id).toList();
        Map<Long, Long> municipalityCounts = municipalitiesIn(ids);
        Map<Long, Long> schoolCounts = schools.inRegions(ids);
        long total = filter.count(Region.getEntityManager(), "Region r");
        return new PageResponse<>(items, query.page, query.size, total)
                .map(r -> view(r, municipalityCounts.getOrDefault(r.id, 0L), schoolCounts.getOrDefault(r.id, 0L)));
    }

    public Optional<RegionView> get(long id) {
        return visible(id).map(this::view);
    }

    /** The region if the caller may see it; a region outside the scope is treated as absent. */
    public Optional<Region> visible(long id) {
        return Region.<Region>findByIdOptional(id).filter(territoryPolicy::sees);
    }

    public Region require(long id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("territory.regionNotFound", id));
    }

    @Transactional
    public RegionView create(RegionInput input) {
        scope.require(scope.hasRole(Role.ADMIN), "territory.regionCreateForbidden");
        ensureCodeFree(input.code(), null);
        Region region = new Region();
        apply(region, input);
        region.persist();
        RegionView view = view(region);
        audit.created(ENTITY, region.id, region.name, region.id, view);
        return view;
    }

    @Transactional
    public RegionView update(long id, RegionInput input) {
        Region region = require(id);
        scope.require(scope.hasRole(Role.ADMIN), "territory.regionUpdateForbidden");
        region.checkVersion(input.version());
        ensureCodeFree(input.code(), region.id);
        RegionView before = view(region);
        apply(region, input);
        region.flush();
        RegionView after = view(region);
        audit.updated(ENTITY, region.id, region.name, region.id, before, after);
        return after;
    }

    private void apply(Region region, RegionInput input) {
        region.code = input.code().strip();
        region.name = input.name().strip();
    }

    private void ensureCodeFree(String code, Long self) {
        Region.findByCode(code.strip()).filter(r -> !r.id.equals(self)).ifPresent(r -> {
            throw ApiException.conflict("territory.regionCodeTaken", code.strip(), r.name);
        });
    }

    RegionView view(Region r) {
        List<Long> id = List.of(r.id);
        return view(r, municipalitiesIn(id).getOrDefault(r.id, 0L), schools.inRegions(id).getOrDefault(r.id, 0L));
    }

    private static RegionView view(Region r, long municipalityCount, long schoolCount) {
        return new RegionView(r.id, r.code, r.name, municipalityCount, schoolCount, r.version);
    }

    private static Map<Long, Long> municipalitiesIn(List<Long> regionIds) {
        if (regionIds.isEmpty()) {
            return Map.of();
        }
        return Municipality.getEntityManager().unwrap(Session.class)
                .createSelectionQuery("select m.region.id, count(*) from Municipality m where m.region.id in :ids group by m.region.id", Object[].class)
                .setParameterList("ids", regionIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
