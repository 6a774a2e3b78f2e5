package ru.rostok.deficit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.Subject;
import ru.rostok.common.Text;
import ru.rostok.deficit.CompetenceAssessment;
import ru.rostok.deficit.TopicScore;
import ru.rostok.security.Scope;
import ru.rostok.staff.Teacher;
import ru.rostok.staff.service.StaffPolicy;

/**
 * A teacher's competence assessments: entered, corrected, removed when entered by mistake. Whoever sees the teacher and
 * keeps records keeps them too ({@link StaffPolicy#DEVELOP}); a teacher out of the caller's scope is not found.
 */
@ApplicationScoped
public class AssessmentService {
    static final String ENTITY = "CompetenceAssessment";
    public static final String CREATE = "create";
    public static final String EDIT = "edit";
    public static final String DELETE = "delete";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    StaffPolicy staffPolicy;

    @Inject
    Scope scope;

    @Inject
    AuditLog audit;

    public TeacherAssessmentsView list(long teacherId) {
        Teacher t = teacher(teacherId);
        List<String> actions = staffPolicy.mayDevelop(t) ? List.of(EDIT, DELETE) : List.of();
        List<AssessmentView> items = CompetenceAssessment.<CompetenceAssessment>list("teacher.id = ?1 order by heldOn desc, id desc", t.id)
                .stream().map(a -> view(a, actions)).toList();
        return new TeacherAssessmentsView(t.id, t.fullName(), t.position, t.subjects.stream().flatMap(s -> Subject.parse(s).stream()).toList(),
                t.school.id, t.school.shortName, t.archived(), items, staffPolicy.mayDevelop(t) ? List.of(CREATE) : List.of());
    }

    @Transactional
    public AssessmentView create(long teacherId, AssessmentInput input) {
        Teacher t = teacher(teacherId);
        scope.require(staffPolicy.mayDevelop(t), "deficit.forbidden");
        check(input);
        CompetenceAssessment a = new CompetenceAssessment();
        a.teacher = t;
        apply(a, input);
        a.persist();
        a.flush();
        AssessmentView view = view(a);
        audit.created(ENTITY, a.id, label(a), t.school.municipality.region.id, view);
        return view;
    }

    /** Saves assessments read from a sheet, already checked: one audit entry each. */
    @Transactional(Transactional.TxType.MANDATORY)
    void imported(Teacher t, AssessmentInput input) {
        CompetenceAssessment a = new CompetenceAssessment();
        a.teacher = t;
        apply(a, input);
        a.persist();
        a.flush();
        audit.imported(ENTITY, a.id, label(a), t.school.municipality.region.id, null, view(a));
    }

    @Transactional
    public AssessmentView update(long id, AssessmentInput input) {
        CompetenceAssessment a = require(id);
        scope.require(staffPolicy.mayDevelop(a.teacher), "deficit.forbidden");
        a.checkVersion(input.version());
        check(input);
        AssessmentView before = view(a);
        apply(a, input);
        a.updatedAt = OffsetDateTime.now();
        a.flush();
        AssessmentView after = view(a);
        audit.updated(ENTITY, a.id, label(a), a.teacher.school.municipality.region.id, before, after);
        return after;
    }

    /** An assessment entered by mistake (another teacher, a wrong diagnostic) is removed; the audit keeps what it said. */
    @Transactional
    public void delete(long id, Long version) {
        CompetenceAssessment a = require(id);
        scope.require(staffPolicy.mayDevelop(a.teacher), "deficit.forbidden");
        a.checkVersion(version);
        audit.deleted(ENTITY, a.id, label(a), a.teacher.school.municipality.region.id, view(a));
        a.delete();
    }

    private Teacher teacher(long teacherId) {
        return staffPolicy.visible(teacherId).orElseThrow(() -> ApiException.notFound("deficit.teacherNotFound", teacherId));
    }

    private CompetenceAssessment require(long id) {
        return CompetenceAssessment.<CompetenceAssessment>findByIdOptional(id)
                .filter(a -> staffPolicy.visible(a.teacher.id).isPresent())
                .orElseThrow(() -> ApiException.notFound("deficit.assessmentNotFound", id));
    }

    /** What bean validation cannot say: each score within its maximum, each topic once. */
    static void check(AssessmentInput input) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < input.topics().size(); i++) {
            TopicInput t = input.topics().get(i);
            if (t.score() != null && t.maxScore() != null && t.score().compareTo(t.maxScore()) > 0) {
                errors.add(FieldError.field("topics[" + i + "].score", "deficit.scoreAboveMax"));
            }
            if (t.topic() != null && !t.topic().isBlank()) {
                Integer first = seen.putIfAbsent(Text.fold(t.topic().strip()), i);
                if (first != null) {
                    errors.add(FieldError.field("topics[" + i + "].topic", "deficit.topicRepeated", first + 1));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(CompetenceAssessment a, AssessmentInput input) {
        a.subject = input.subject().name();
        a.heldOn = input.heldOn();
        a.method = input.method().strip();
        a.topics.clear();
        for (TopicInput t : input.topics()) {
            a.topics.add(new TopicScore(t.topic().strip(), t.score(), t.maxScore(), DeficitRule.deficit(t.score(), t.maxScore(), t.deficit())));
        }
    }

    private AssessmentView view(CompetenceAssessment a) {
        return view(a, staffPolicy.mayDevelop(a.teacher) ? List.of(EDIT, DELETE) : List.of());
    }

    static AssessmentView view(CompetenceAssessment a, List<String> actions) {
        Subject subject = Subject.valueOf(a.subject);
        List<TopicView> topics = a.topics.stream().map(TopicView::of).toList();
        return new AssessmentView(a.id, a.teacher.id, subject, subject.russian(), a.heldOn, a.method, topics,
                (int) topics.stream().filter(TopicView::deficit).count(), a.version, a.createdAt, a.updatedAt, actions);
    }

    private static String label(CompetenceAssessment a) {
        return "оценка компетенций: " + a.teacher.fullName() + ", " + Subject.valueOf(a.subject).russian() + ", " + a.heldOn.format(DATE);
    }
}
