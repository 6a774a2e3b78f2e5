package ru.rostok.school.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import ru.rostok.audit.AuditLog;
import ru.rostok.body.Body;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.service.MunicipalityService;

@ApplicationScoped
public class SchoolService {
    static final String ENTITY = "School";
    private static final Map<String, String> SORT = Map.of(
            "shortName", "s.shortName",
            "fullName", "s.fullName",
            "inn", "s.inn",
            "type", "s.type",
            "settlement", "s.settlement",
            "pupils", "s.pupils",
            "teachers", "s.teachers",
            "municipalityName", "s.municipality.name",
            "updatedAt", "s.updatedAt");
    private static final int EXPORT_BATCH = 1000;

    @Inject
    Scope scope;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    MunicipalityService municipalities;

    @Inject
    AuditLog audit;

    public PageResponse<SchoolView> list(SchoolFilter filter, PageQuery query) {
        Where where = where(filter);
        var found = School.<School>find("from School s where " + where.jpql(), sort(query), where.params())
                .project(SchoolRow.class)
                .page(query.toPage());
        long total = where.count(School.getEntityManager(), "School s");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(this::view);
    }

    /** Every school matching the filter, in batches, for exports that may be larger than a page. */
    public void forEach(SchoolFilter filter, PageQuery query, Consumer<School> sink) {
        Where where = where(filter);
        var found = School.<School>find("from School s where " + where.jpql(), sort(query), where.params());
        for (int page = 0; ; page++) {
            List<School> batch = found.page(Page.of(page, EXPORT_BATCH)).list();
            batch.forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
            School.getEntityManager().clear();
        }
    }

    /** Rejects an unknown sort field before a streamed export has started writing. */
    public void checkSort(PageQuery query) {
        sort(query);
    }

    private Sort sort(PageQuery query) {
        return query.toSort(SORT, "municipalityName,shortName", "s");
    }

    private Where where(SchoolFilter filter) {
        Scope.Filter inScope = schoolPolicy.filter("s");
        Where where = new Where().and(inScope.jpql(), inScope.params())
                .and("s.municipality.region.id = :regionId", "regionId", filter.regionId)
                .and("s.municipality.id = :municipalityId", "municipalityId", filter.municipalityId)
                .and("s.type = :type", "type", filter.type)
                .and("s.settlement = :settlement", "settlement", filter.settlement);
        String text = Text.trimToNull(filter.q);
        if (text != null) {
            where.and("s.searchText like :q escape '\\'", "q", Text.containsPattern(text));
        }
        return where;
    }

    public Optional<SchoolView> get(long id) {
        return visible(id).map(this::view);
    }

    public Optional<School> visible(long id) {
        return School.<School>findByIdOptional(id).filter(schoolPolicy::sees);
    }

    /** The names of those of these schools the caller may see one by one, in one query: id → short name. */
    public Map<Long, String> namesSeen(java.util.Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        Scope.Filter seen = schoolPolicy.filter("s");
        var q = School.getEntityManager().createQuery("select s.id, s.shortName from School s where s.id in :ids and " + seen.jpql(), Object[].class)
                .setParameter("ids", ids);
        seen.params().forEach(q::setParameter);
        q.getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    /** A school in the caller's sight; 404 for any other, so its existence is not revealed. */
    public School require(long id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("school.notFound", id));
    }

    @Transactional
    public SchoolView create(SchoolInput input) {
        Municipality municipality = municipalities.require(input.municipalityId());
        scope.require(schoolPolicy.mayKeepSchoolsIn(municipality), "school.createForbidden");
        ensureInnFree(input.inn(), null);
        School school = new School();
        apply(school, input, municipality);
        school.persist();
        SchoolView view = view(school);
        audit.created(ENTITY, school.id, school.shortName, municipality.region.id, view);
        return view;
    }

    @Transactional
    public SchoolView update(long id, SchoolInput input) {
        School school = visible(id).orElseThrow(() -> notFound(id));
        scope.require(schoolPolicy.mayEditProfile(school), "school.profileForbidden");
        Municipality municipality = school.municipality;
        if (!municipality.id.equals(input.municipalityId())) {
            scope.require(schoolPolicy.mayKeepSchoolsIn(school.municipality), "school.moveForbidden");
            municipality = municipalities.require(input.municipalityId());
            scope.require(schoolPolicy.mayKeepSchoolsIn(municipality), "school.moveHereForbidden");
        }
        // the school's staff are matched to it by its INN (the token's org_id): only those above the school change it
        if (!school.inn.equals(input.inn().strip())) {
            scope.require(schoolPolicy.mayKeepSchoolsIn(school.municipality), "school.innForbidden");
        }
        school.checkVersion(input.version());
        ensureInnFree(input.inn(), school.id);
        SchoolView before = view(school);
        apply(school, input, municipality);
        school.flush();
        SchoolView after = view(school);
        audit.updated(ENTITY, school.id, school.shortName, municipality.region.id, before, after);
        return after;
    }

    static ApiException notFound(long id) {
        return ApiException.notFound("school.notFound", id);
    }

    /** An INN names one organisation: a school may not take the INN of another school or of a body. */
    static void ensureInnFree(String inn, Long self) {
        String code = inn.strip();
        School.findByInn(code).filter(s -> !s.id.equals(self)).ifPresent(s -> {
            throw ApiException.conflict("school.innTaken", code);
        });
        Body.findByInn(code).ifPresent(b -> {
            throw ApiException.conflict("school.innOfBody", code);
        });
    }

    static void apply(School school, SchoolInput input, Municipality municipality) {
        school.inn = input.inn().strip();
        school.shortName = input.shortName().strip();
        school.fullName = input.fullName().strip();
        school.type = input.type();
        school.settlement = input.settlement();
        school.address = input.address().strip();
        school.principal = Text.trimToNull(input.principal());
        school.pupils = input.pupils();
        school.teachers = input.teachers();
        school.municipality = municipality;
    }

    /** The school as the caller sees it, with what they may do with it. */
    public SchoolView view(School s) {
        return view(s, schoolPolicy.actions(s));
    }

    private SchoolView view(SchoolRow s) {
        return new SchoolView(s.id(), s.inn(), s.shortName(), s.fullName(), s.type(), s.settlement(), s.address(),
                s.principal(), s.pupils(), s.teachers(), s.municipalityId(), s.municipalityName(), s.regionId(),
                s.regionName(), s.version(), s.createdAt(), s.updatedAt(), schoolPolicy.actions(s.place()));
    }

    public static SchoolView view(School s, List<String> actions) {
        return new SchoolView(s.id, s.inn, s.shortName, s.fullName, s.type, s.settlement, s.address, s.principal,
                s.pupils, s.teachers, s.municipality.id, s.municipality.name,
                s.municipality.region.id, s.municipality.region.name, s.version, s.createdAt, s.updatedAt, actions);
    }
}
