package ru.rostok.staff.service;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;
import ru.rostok.security.Scope;
import ru.rostok.staff.QualificationCategory;
import ru.rostok.staff.Teacher;

/** The teaching staff of schools: the list, the card (every read audited), additions, changes, archive and return. */
@ApplicationScoped
public class StaffService {
    static final String ENTITY = "Teacher";
    private static final Map<String, String> SORT = Map.of(
            "lastName", "t.lastName",
            "firstName", "t.firstName",
            "middleName", "t.middleName",
            "position", "t.position",
            "category", "t.category",
            "categoryDate", "t.categoryDate",
            "experienceYears", "t.experienceYears",
            "lastTrainingDate", "t.lastTrainingDate",
            "schoolName", "t.school.shortName",
            "municipalityName", "t.school.municipality.name");
    private static final String DEFAULT_SORT = "lastName,firstName,middleName";
    private static final int EXPORT_BATCH = 1000;

    @Inject
    Scope scope;

    @Inject
    StaffPolicy policy;

    @Inject
    SchoolService schools;

    @Inject
    AuditLog audit;

    public PageResponse<TeacherSummary> list(StaffFilter filter, PageQuery query) {
        Where where = where(filter);
        Page page = query.toPage();
        List<TeacherRow> rows = rows(where, query).setFirstResult(page.index * page.size).setMaxResults(page.size).getResultList();
        long total = where.count(Teacher.getEntityManager(), "Teacher t");
        return new PageResponse<>(rows, query.page, query.size, total).map(this::summary);
    }

    /** The rows of a page, one query: the teacher's fields with their school's and municipality's. */
    private TypedQuery<TeacherRow> rows(Where where, PageQuery query) {
        TypedQuery<TeacherRow> rows = Teacher.getEntityManager().createQuery(TeacherRow.SELECT + " from Teacher t where " + where.jpql()
                + " order by " + orderBy(query), TeacherRow.class);
        where.params().forEach(rows::setParameter);
        return rows;
    }

    /** Every teacher matching the filter, in batches of rows, for an export that may be larger than a page. */
    void forEach(StaffFilter filter, PageQuery query, Consumer<TeacherRow> sink) {
        Where where = where(filter);
        TypedQuery<TeacherRow> found = rows(where, query);
        for (int page = 0; ; page++) {
            List<TeacherRow> batch = found.setFirstResult(page * EXPORT_BATCH).setMaxResults(EXPORT_BATCH).getResultList();
            batch.forEach(sink);
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
        }
    }

    /** Rejects an unknown sort field before a streamed export has started writing. */
    public void checkSort(PageQuery query) {
        orderBy(query);
    }

    private static String orderBy(PageQuery query) {
        return query.orderBy(SORT, DEFAULT_SORT, "t.id");
    }

    private Where where(StaffFilter filter) {
        Scope.Filter inScope = policy.filter("t");
        Where where = new Where().and(inScope.jpql(), inScope.params())
                .and("t.school.municipality.region.id = :regionId", "regionId", filter.regionId)
                .and("t.school.municipality.id = :municipalityId", "municipalityId", filter.municipalityId)
                .and("t.school.id = :schoolId", "schoolId", filter.schoolId)
                .and("array_contains(t.subjects, :subject)", "subject", filter.subject == null ? null : filter.subject.name())
                .and("t.category = :category", "category", filter.category)
                .and(filter.archived ? "t.archivedOn is not null" : "t.archivedOn is null", Map.of());
        String text = Text.trimToNull(filter.q);
        if (text != null) {
            where.and("t.searchText like :q escape '\\'", "q", Text.containsPattern(text));
        }
        return where;
    }

    /** The card: a read of personal data, so the audit keeps who read it and when. */
    @Transactional
    public TeacherView read(long id) {
        Teacher t = require(id);
        audit.read(ENTITY, t.id, t.fullName(), t.school.municipality.region.id);
        return view(t);
    }

    /** An export of the list is personal data leaving the system: the audit keeps who took it and with which filter. */
    @Transactional
    public void auditExport(StaffFilter filter) {
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("regionId", filter.regionId);
        asked.put("municipalityId", filter.municipalityId);
        asked.put("schoolId", filter.schoolId);
        asked.put("q", Text.trimToNull(filter.q));
        asked.put("subject", filter.subject);
        asked.put("category", filter.category);
        asked.put("archived", filter.archived);
        asked.values().removeIf(v -> v == null);
        audit.readMany(ENTITY, "Выгрузка списка педагогов", filter.regionId != null ? filter.regionId : scope.regionId().orElse(null), asked);
    }

    Teacher require(long id) {
        return policy.visible(id).orElseThrow(() -> ApiException.notFound("staff.notFound", id));
    }

    /** The school's staff at a glance; a school out of sight is 404, and so is any school for one who sees no staff. */
    public SchoolStaffView ofSchool(long schoolId) {
        School school = schools.require(schoolId);
        if (!policy.seesStaffOf(school)) {
            throw ApiException.notFound("school.notFound", schoolId);
        }
        long working = Teacher.count("school = ?1 and archivedOn is null", school);
        long archived = Teacher.count("school = ?1 and archivedOn is not null", school);
        return new SchoolStaffView(school.id, school.shortName, school.municipality.name, working, archived,
                policy.mayKeepStaffOf(school) ? List.of(StaffPolicy.EDIT) : List.of());
    }

    /** The check of {@link #schoolKept} alone, for a template asked before a school's import. */
    @Transactional
    public void requireKept(long schoolId) {
        schoolKept(schoolId);
    }

    /** A school whose staff the caller keeps: 404 for a school out of sight, 403 for one they only see. */
    School schoolKept(long schoolId) {
        School school = schools.require(schoolId);
        scope.require(policy.mayKeepStaffOf(school), "staff.keepForbidden");
        return school;
    }

    @Transactional
    public TeacherView create(long schoolId, TeacherInput input) {
        School school = schoolKept(schoolId);
        requireValid(input);
        Teacher t = new Teacher();
        t.school = school;
        apply(t, input);
        t.persist();
        TeacherView view = view(t);
        audit.created(ENTITY, t.id, t.fullName(), school.municipality.region.id, view);
        return view;
    }

    @Transactional
    public TeacherView update(long id, TeacherInput input) {
        Teacher t = kept(id);
        t.checkVersion(input.version());
        requireValid(input);
        TeacherView before = view(t);
        apply(t, input);
        t.flush();
        TeacherView after = view(t);
        audit.updated(ENTITY, t.id, t.fullName(), t.school.municipality.region.id, before, after);
        return after;
    }

    @Transactional
    public TeacherView archive(long id, TeacherArchiveInput input) {
        Teacher t = kept(id);
        t.checkVersion(input.version());
        List<FieldError> errors = TeacherRules.checkArchive(input, LocalDate.now());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (t.archived()) {
            throw ApiException.conflict("staff.alreadyArchived", t.archivedOn);
        }
        TeacherView before = view(t);
        t.archivedOn = input.archivedOn();
        t.archiveReason = input.reason().strip();
        t.flush();
        TeacherView after = view(t);
        audit.updated(ENTITY, t.id, t.fullName(), t.school.municipality.region.id, before, after);
        return after;
    }

    @Transactional
    public TeacherView restore(long id, TeacherRestoreInput input) {
        Teacher t = kept(id);
        t.checkVersion(input.version());
        if (!t.archived()) {
            throw ApiException.conflict("staff.notArchived");
        }
        TeacherView before = view(t);
        t.archivedOn = null;
        t.archiveReason = null;
        t.flush();
        TeacherView after = view(t);
        audit.updated(ENTITY, t.id, t.fullName(), t.school.municipality.region.id, before, after);
        return after;
    }

    private Teacher kept(long id) {
        Teacher t = require(id);
        scope.require(policy.mayKeepStaffOf(t.school), "staff.keepForbidden");
        return t;
    }

    private static void requireValid(TeacherInput input) {
        List<FieldError> errors = TeacherRules.check(input, LocalDate.now());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    static void apply(Teacher t, TeacherInput in) {
        t.lastName = in.lastName().strip();
        t.firstName = in.firstName().strip();
        t.middleName = Text.trimToNull(in.middleName());
        t.position = in.position().strip();
        t.subjects = in.subjects() == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(in.subjects());
        t.category = in.category() == null ? QualificationCategory.NONE : in.category();
        t.categoryDate = in.categoryDate();
        t.experienceYears = in.experienceYears();
        t.lastTrainingDate = in.lastTrainingDate();
    }

    public TeacherView view(Teacher t) {
        return view(t, policy.actions(t));
    }

    static TeacherView view(Teacher t, List<String> actions) {
        return new TeacherView(t.id, t.school.id, t.school.shortName, t.school.municipality.id, t.school.municipality.name,
                t.lastName, t.firstName, t.middleName, t.fullName(), t.position, List.copyOf(t.subjects), t.category, t.categoryDate,
                t.category.expiresOn(t.categoryDate), t.experienceYears, t.lastTrainingDate, t.archivedOn, t.archiveReason,
                t.version, t.createdAt, t.updatedAt, actions);
    }

    private TeacherSummary summary(TeacherRow r) {
        return new TeacherSummary(r.id(), r.fullName(), r.position(), r.subjects(), r.category(), r.categoryExpiresOn(),
                r.experienceYears(), r.lastTrainingDate(), r.archivedOn(), r.schoolId(), r.schoolName(), r.municipalityName(),
                r.version(), policy.actions(r.place()));
    }
}
