package ru.rostok.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Subject;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolPolicy;
import ru.rostok.security.Scope;
import ru.rostok.staff.Teacher;
import ru.rostok.staff.service.StaffPolicy;
import ru.rostok.training.TeacherTraining;
import ru.rostok.training.TrainingStatus;

/** Further training of teachers: planned one by one or for a group of a school, completed with its certificate, or cancelled. */
@ApplicationScoped
public class TrainingService {
    public static final String EDIT = "edit";
    public static final String COMPLETE = "complete";
    public static final String CANCEL = "cancel";
    /** On a teacher: plan a training for them. */
    public static final String PLAN = "plan";

    private static final Map<String, String> SORT = Map.of("startsOn", "tt.startsOn", "endsOn", "tt.endsOn", "status", "tt.status",
            "teacher", "t.lastName", "school", "s.shortName", "programme", "tt.programme", "hours", "tt.hours", "updatedAt", "tt.updatedAt");

    @Inject
    Scope scope;

    @Inject
    StaffPolicy staff;

    @Inject
    SchoolPolicy schools;

    @Inject
    TrainingDue due;

    @Inject
    AuditLog audit;

    public TeacherTrainingsView ofTeacher(long teacherId) {
        Teacher t = teacher(teacherId);
        List<TeacherTraining> trainings = TeacherTraining.list("teacher.id = ?1 order by startsOn desc, id desc", teacherId);
        LocalDate completed = trainings.stream().filter(tt -> tt.status == TrainingStatus.COMPLETED).map(tt -> tt.completedOn)
                .max(LocalDate::compareTo).orElse(null);
        return new TeacherTrainingsView(t.id, t.fullName(), t.position, t.school.id, t.school.shortName, t.category,
                t.category.expiresOn(t.categoryDate), t.lastTrainingDate, TrainingDue.later(t.lastTrainingDate, completed),
                t.archived() ? List.of() : due.ofTeacher(t.id), trainings.stream().map(this::view).toList(),
                staff.mayDevelop(t) && !t.archived() ? List.of(PLAN) : List.of());
    }

    @Transactional
    public TrainingView plan(long teacherId, TrainingInput input) {
        Teacher t = teacher(teacherId);
        scope.require(staff.mayDevelop(t), "training.developForbidden");
        check(input, "");
        if (t.archived()) {
            throw ApiException.conflict("training.teacherArchived", t.fullName());
        }
        return view(create(t, input));
    }

    /** All the teachers or none: any of another school (or unknown) makes the whole request fail. */
    @Transactional
    public List<TrainingView> planForGroup(long schoolId, GroupTrainingInput input) {
        School school = School.<School>findByIdOptional(schoolId).filter(schools::sees)
                .filter(staff::seesStaffOf).orElseThrow(() -> ApiException.notFound("training.schoolNotFound", schoolId));
        scope.require(staff.actions(school.place()).contains(StaffPolicy.DEVELOP), "training.developForbidden");
        check(input.course(), "");
        List<FieldError> errors = new ArrayList<>();
        List<Teacher> teachers = new ArrayList<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(input.teacherIds()));
        for (int i = 0; i < ids.size(); i++) {
            Teacher t = Teacher.findById(ids.get(i));
            if (t == null || !t.school.id.equals(school.id)) {
                errors.add(FieldError.field("teacherIds[" + i + "]", "training.teacherNotOfSchool", ids.get(i), school.shortName));
            } else if (t.archived()) {
                errors.add(FieldError.field("teacherIds[" + i + "]", "training.teacherArchived", t.fullName()));
            } else {
                teachers.add(t);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return teachers.stream().map(t -> view(create(t, input.course()))).toList();
    }

    @Transactional
    public TrainingView update(long id, TrainingInput input) {
        TeacherTraining tt = require(id);
        scope.require(staff.mayDevelop(tt.teacher), "training.developForbidden");
        tt.checkVersion(input.version());
        if (tt.status != TrainingStatus.PLANNED) {
            throw ApiException.conflict("training.notPlanned");
        }
        check(input, "");
        TrainingView before = view(tt);
        fill(tt, input);
        TeacherTraining.getEntityManager().flush();
        TrainingView after = view(tt);
        audit.updated("TeacherTraining", tt.id, label(tt), tt.teacher.school.municipality.region.id, before, after);
        return after;
    }

    @Transactional
    public TrainingView complete(long id, CompletionInput input) {
        TeacherTraining tt = require(id);
        scope.require(staff.mayDevelop(tt.teacher), "training.developForbidden");
        tt.checkVersion(input.version());
        if (tt.status != TrainingStatus.PLANNED) {
            throw ApiException.conflict("training.notPlanned");
        }
        if (input.completedOn().isBefore(tt.startsOn)) {
            throw ApiException.invalid("completedOn", "training.completedBeforeStart", tt.startsOn);
        }
        if (input.completedOn().isAfter(LocalDate.now())) {
            throw ApiException.invalid("completedOn", "training.completedInFuture");
        }
        TrainingView before = view(tt);
        tt.status = TrainingStatus.COMPLETED;
        tt.completedOn = input.completedOn();
        tt.documentNumber = input.documentNumber().strip();
        TeacherTraining.getEntityManager().flush();
        TrainingView after = view(tt);
        audit.updated("TeacherTraining", tt.id, label(tt), tt.teacher.school.municipality.region.id, before, after);
        return after;
    }

    @Transactional
    public TrainingView cancel(long id, CancellationInput input) {
        TeacherTraining tt = require(id);
        scope.require(staff.mayDevelop(tt.teacher), "training.developForbidden");
        tt.checkVersion(input.version());
        if (tt.status != TrainingStatus.PLANNED) {
            throw ApiException.conflict("training.notPlanned");
        }
        TrainingView before = view(tt);
        tt.status = TrainingStatus.CANCELLED;
        tt.cancelReason = Text.trimToNull(input.reason());
        TeacherTraining.getEntityManager().flush();
        TrainingView after = view(tt);
        audit.updated("TeacherTraining", tt.id, label(tt), tt.teacher.school.municipality.region.id, before, after);
        return after;
    }

    /** The trainings over the caller's scope: a training counts in the year it ends. */
    public PageResponse<TrainingView> list(TrainingFilter filter, PageQuery query) {
        Where where = where(filter);
        var found = find(where, query).page(query.toPage());
        long total = where.count(TeacherTraining.getEntityManager(), "TeacherTraining tt join tt.teacher t join t.school s join s.municipality m");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(this::view);
    }

    /** All of them in the list's order, for the export. */
    public List<TrainingView> all(TrainingFilter filter, PageQuery sort) {
        return find(where(filter), sort).list().stream().map(this::view).toList();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<TeacherTraining> find(Where where, PageQuery query) {
        return TeacherTraining.find("select tt from TeacherTraining tt join fetch tt.teacher t join fetch t.school s "
                + "join fetch s.municipality m where " + where.jpql(), query.toSort(SORT, "-startsOn", "tt"), where.params());
    }

    Where where(TrainingFilter filter) {
        Scope.Filter seen = staff.filter("t");
        return new Where().and(seen.jpql(), seen.params())
                .and("m.region.id = :regionId", "regionId", filter.regionId())
                .and("m.id = :municipalityId", "municipalityId", filter.municipalityId())
                .and("s.id = :schoolId", "schoolId", filter.schoolId())
                .and("t.id = :teacherId", "teacherId", filter.teacherId())
                .and("tt.status = :status", "status", filter.status())
                .and("year(tt.endsOn) = :year", "year", filter.year());
    }

    public TrainingView view(TeacherTraining tt) {
        Teacher t = tt.teacher;
        List<String> actions = tt.status == TrainingStatus.PLANNED && staff.mayDevelop(t) ? List.of(EDIT, COMPLETE, CANCEL) : List.of();
        return new TrainingView(tt.id, t.id, t.fullName(), t.school.id, t.school.shortName, t.school.municipality.id, t.school.municipality.name,
                tt.programme, tt.provider, tt.hours, tt.startsOn, tt.endsOn, tt.format, tt.subject, tt.status, tt.completedOn, tt.documentNumber,
                tt.cancelReason, tt.version, actions);
    }

    private TeacherTraining create(Teacher t, TrainingInput input) {
        TeacherTraining tt = new TeacherTraining();
        tt.teacher = t;
        fill(tt, input);
        tt.persist();
        audit.created("TeacherTraining", tt.id, label(tt), t.school.municipality.region.id, view(tt));
        return tt;
    }

    private static void fill(TeacherTraining tt, TrainingInput input) {
        tt.programme = input.programme().strip();
        tt.provider = input.provider().strip();
        tt.hours = input.hours();
        tt.startsOn = input.startsOn();
        tt.endsOn = input.endsOn();
        tt.format = input.format();
        tt.subject = Text.trimToNull(input.subject());
    }

    private static void check(TrainingInput input, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (input.endsOn().isBefore(input.startsOn())) {
            errors.add(FieldError.field(prefix + "endsOn", "training.endsBeforeStart"));
        }
        if (Text.trimToNull(input.subject()) != null && java.util.Arrays.stream(Subject.values()).noneMatch(s -> s.name().equals(input.subject().strip()))) {
            errors.add(FieldError.field(prefix + "subject", "training.subjectUnknown", input.subject()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static String label(TeacherTraining tt) {
        return tt.teacher.fullName() + ": " + tt.programme;
    }

    private TeacherTraining require(long id) {
        Scope.Filter seen = staff.filter("t");
        return TeacherTraining.<TeacherTraining>find("select tt from TeacherTraining tt join fetch tt.teacher t join fetch t.school s "
                + "where tt.id = :id and (" + seen.jpql() + ")", seen.with("id", id)).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("training.notFound", id));
    }

    private Teacher teacher(long id) {
        return staff.visible(id).orElseThrow(() -> ApiException.notFound("training.teacherNotFound", id));
    }
}
