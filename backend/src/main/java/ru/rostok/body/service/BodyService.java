package ru.rostok.body.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.body.BodyKind;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.RegionService;
import ru.rostok.territory.service.TerritoryPolicy;

@ApplicationScoped
public class BodyService {
    private static final Map<String, String> SORT = Map.of("shortName", "b.shortName", "kind", "b.kind", "inn", "b.inn");
    static final String ENTITY = "Body";

    @Inject
    Scope scope;

    @Inject
    TerritoryPolicy territoryPolicy;

    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    RegionService regions;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AuditLog audit;

    /**
     * The body a document of this territory (a plan, a decision) names as owner, issuer, controller or responsible, if
     * the caller may name it there ({@link BodyPolicy#mayName}); else an error on the field and null. Null for no id.
     */
    public Body nameable(Long id, Region region, Municipality municipality, String field, List<FieldError> errors) {
        if (id == null) {
            return null;
        }
        Body b = Body.<Body>findByIdOptional(id).filter(bodyPolicy::sees).orElse(null);
        if (b == null || !b.region.id.equals(region.id)) {
            errors.add(FieldError.field(field, "body.notInRegion", id));
            return null;
        }
        if (!bodyPolicy.mayName(b, region, municipality)) {
            errors.add(FieldError.field(field, "body.outsideTerritory", b.shortName));
            return null;
        }
        return b;
    }

    /**
     * A body read from a label as typed («Министерство образования», see ResponsibleResolver), if the caller
     * may name it in a document of this territory; else none, and the label stays a label: what an id may not name, a
     * label may not name either.
     */
    public Body nameableOrNone(Body resolved, Region region, Municipality municipality) {
        return resolved != null && bodyPolicy.mayName(resolved, region, municipality) ? resolved : null;
    }

    public PageResponse<BodyView> list(Long regionId, Long municipalityId, BodyKind kind, PageQuery query) {
        Scope.Filter filter = bodyPolicy.filter("b");
        Where where = new Where().and(filter.jpql(), filter.params())
                .and("b.region.id = :regionId", "regionId", regionId)
                .and("b.municipality.id = :municipalityId", "municipalityId", municipalityId)
                .and("b.kind = :kind", "kind", kind);
        var found = Body.<Body>find("from Body b where " + where.jpql(), query.toSort(SORT, "kind,shortName", "b"), where.params())
                .page(query.toPage());
        long total = where.count(Body.getEntityManager(), "Body b");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(BodyService::view);
    }

    public Optional<BodyView> get(long id) {
        return Body.<Body>findByIdOptional(id).filter(bodyPolicy::sees).map(BodyService::view);
    }

    @Transactional
    public BodyView create(BodyInput input) {
        Region region = regions.require(input.regionId());
        scope.require(territoryPolicy.mayKeepDataOf(region), "body.createForbidden");
        Municipality municipality = municipalityOf(input, region);
        ensureInnFree(input.inn(), null);
        Body body = new Body();
        apply(body, input, region, municipality);
        body.persist();
        BodyView view = view(body);
        audit.created(ENTITY, body.id, body.shortName, region.id, view);
        return view;
    }

    @Transactional
    public BodyView update(long id, BodyInput input) {
        Body body = Body.<Body>findByIdOptional(id).filter(bodyPolicy::sees)
                .orElseThrow(() -> ApiException.notFound("body.notFound", id));
        scope.require(territoryPolicy.mayKeepDataOf(body.region), "body.updateForbidden");
        Region region = regions.require(input.regionId());
        scope.require(territoryPolicy.mayKeepDataOf(region), "body.regionFixed");
        body.checkVersion(input.version());
        Municipality municipality = municipalityOf(input, region);
        ensureInnFree(input.inn(), body.id);
        BodyView before = view(body);
        apply(body, input, region, municipality);
        body.flush();
        BodyView after = view(body);
        audit.updated(ENTITY, body.id, body.shortName, region.id, before, after);
        return after;
    }

    private Municipality municipalityOf(BodyInput input, Region region) {
        if (input.municipalityId() == null) {
            return null;
        }
        Municipality m = municipalities.require(input.municipalityId());
        if (!m.region.id.equals(region.id)) {
            throw ApiException.invalid("municipalityId", "body.municipalityOfOtherRegion");
        }
        return m;
    }

    private static void apply(Body body, BodyInput input, Region region, Municipality municipality) {
        body.inn = input.inn().strip();
        body.kind = input.kind();
        body.shortName = input.shortName().strip();
        body.fullName = input.fullName().strip();
        body.region = region;
        body.municipality = municipality;
        body.head = Text.trimToNull(input.head());
        body.address = Text.trimToNull(input.address());
    }

    private static void ensureInnFree(String inn, Long self) {
        Body.findByInn(inn.strip()).filter(b -> !b.id.equals(self)).ifPresent(b -> {
            throw ApiException.conflict("body.innTaken", inn.strip());
        });
    }

    static BodyView view(Body b) {
        return new BodyView(b.id, b.inn, b.kind, b.shortName, b.fullName, b.region.id, b.region.name,
                b.municipality == null ? null : b.municipality.id,
                b.municipality == null ? null : b.municipality.name,
                b.head, b.address, b.version);
    }
}
