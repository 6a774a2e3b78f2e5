package ru.rostok.territory.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

@ApplicationScoped
public class MunicipalityService {
    private static final Map<String, String> SORT = Map.of("name", "m.name", "oktmo", "m.oktmo", "regionName", "m.region.name");
    static final String ENTITY = "Municipality";

    @Inject
    Scope scope;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    SchoolCounts schools;

    @Inject
    RegionService regions;

    @Inject
    AuditLog audit;

    public PageResponse<MunicipalityView> list(Long regionId, String q, PageQuery query) {
        Where where = new Where()
                .and(territoryPolicy.municipalities("m").jpql(), territoryPolicy.municipalities("m").params())
                .and("m.region.id = :regionId", "regionId", regionId);
        String text = Text.trimToNull(q);
        if (text != null) {
            where.and("replace(lower(m.name), 'ё', 'е') like :q escape '\\' or m.oktmo like :q escape '\\'", "q", Text.containsPattern(text));
        }
        // the region comes with the page: every row's view names it
        var found = Municipality.<Municipality>find("from Municipality m join fetch m.region where " + where.jpql(),
                query.toSort(SORT, "name", "m"), where.params()).page(query.toPage());
        List<Municipality> items = found.list();
        Map<Long, Long> schoolCounts = schools.inMunicipalities(items.stream().map(m -> m.id).toList());
        long total = where.count(Municipality.getEntityManager(), "Municipality m");
        return new PageResponse<>(items, query.page, query.size, total).map(m -> view(m, schoolCounts.getOrDefault(m.id, 0L)));
    }

    public Optional<MunicipalityView> get(long id) {
        return visible(id).map(this::view);
    }

    public Optional<Municipality> visible(long id) {
        return Municipality.<Municipality>findByIdOptional(id).filter(territoryPolicy::sees);
    }

    public Municipality require(long id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("territory.municipalityNotFound", id));
    }

    @Transactional
    public MunicipalityView create(MunicipalityInput input) {
        Region region = regions.require(input.regionId());
        scope.require(territoryPolicy.mayKeepDataOf(region), "territory.municipalityCreateForbidden");
        ensureOktmoFree(input.oktmo(), null);
        Municipality m = new Municipality();
        apply(m, region, input);
        m.persist();
        MunicipalityView view = view(m);
        audit.created(ENTITY, m.id, m.name, region.id, view);
        return view;
    }

    @Transactional
    public MunicipalityView update(long id, MunicipalityInput input) {
        Municipality m = require(id);
        scope.require(territoryPolicy.mayKeepDataOf(m.region), "territory.municipalityUpdateForbidden");
        Region region = regions.require(input.regionId());
        scope.require(territoryPolicy.mayKeepDataOf(region), "territory.municipalityRegionFixed");
        m.checkVersion(input.version());
        ensureOktmoFree(input.oktmo(), m.id);
        MunicipalityView before = view(m);
        apply(m, region, input);
        m.flush();
        MunicipalityView after = view(m);
        audit.updated(ENTITY, m.id, m.name, region.id, before, after);
        return after;
    }

    private void apply(Municipality m, Region region, MunicipalityInput input) {
        m.region = region;
        m.oktmo = input.oktmo().strip();
        m.name = input.name().strip();
        m.kind = input.kind();
    }

    private void ensureOktmoFree(String oktmo, Long self) {
        Municipality.findByOktmo(oktmo.strip()).filter(m -> !m.id.equals(self)).ifPresent(m -> {
            throw ApiException.conflict("territory.oktmoTaken", oktmo.strip());
        });
    }

    MunicipalityView view(Municipality m) {
        return view(m, schools.inMunicipalities(List.of(m.id)).getOrDefault(m.id, 0L));
    }

    private static MunicipalityView view(Municipality m, long schoolCount) {
        return new MunicipalityView(m.id, m.region.id, m.region.name, m.oktmo, m.name, m.kind, schoolCount, m.version);
    }
}
