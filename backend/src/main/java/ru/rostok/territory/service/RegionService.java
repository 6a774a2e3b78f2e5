package ru.rostok.territory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
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
        Scope.Filter filter = territoryPolicy.regions("r");
        var found = Region.<Region>find("from Region r where " + filter.jpql(), query.toSort(SORT, "name", "r"), filter.params())
                .page(query.toPage());
        return new PageResponse<>(found.list(), query.page, query.size, found.count()).map(this::view);
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
        return new RegionView(r.id, r.code, r.name,
                Municipality.count("region.id", r.id),
                schools.inRegion(r.id),
                r.version);
    }
}
