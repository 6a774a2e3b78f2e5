package ru.rostok.route.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.Text;
import ru.rostok.deficit.CompetenceAssessment;
import ru.rostok.route.IndividualRoute;
import ru.rostok.route.RouteStatus;
import ru.rostok.route.RouteStep;
import ru.rostok.route.StepKind;
import ru.rostok.route.StepStatus;
import ru.rostok.security.Scope;
import ru.rostok.staff.Teacher;
import ru.rostok.staff.service.StaffPolicy;
import ru.rostok.training.TeacherTraining;

/** Individual routes of a teacher: built and changed like a small roadmap, its steps reported done, then completed or cancelled. */
@ApplicationScoped
public class RouteService {
    static final int MAX_STEPS = 50;

    @Inject
    Scope scope;

    @Inject
    StaffPolicy staff;

    @Inject
    RoutePolicy policy;

    @Inject
    MentorCandidates mentors;

    @Inject
    AuditLog audit;

    public Teacher teacher(long teacherId) {
        return staff.visible(teacherId).orElseThrow(() -> ApiException.notFound("route.teacherNotFound", teacherId));
    }

    public List<RouteView> ofTeacher(long teacherId) {
        Teacher t = teacher(teacherId);
        return IndividualRoute.<IndividualRoute>list("teacher.id = ?1 order by startsOn desc, id desc", t.id).stream().map(this::view).toList();
    }

    public List<MentorView> candidates(long teacherId, String subject) {
        Teacher t = teacher(teacherId);
        if (subject != null && !subject.isBlank() && java.util.Arrays.stream(ru.rostok.common.Subject.values()).noneMatch(s -> s.name().equals(subject))) {
            throw ApiException.invalid("subject", "route.subjectUnknown", subject);
        }
        return mentors.of(t, subject == null || subject.isBlank() ? null : subject).stream().map(MentorView::of).toList();
    }

    public IndividualRoute require(long id) {
        return policy.visible(id).orElseThrow(() -> ApiException.notFound("route.notFound", id));
    }

    public RouteView get(long id) {
        return view(require(id));
    }

    @Transactional
    public RouteView create(long teacherId, RouteInput input) {
        Teacher t = teacher(teacherId);
        scope.require(staff.mayDevelop(t), "route.developForbidden");
        IndividualRoute r = new IndividualRoute();
        r.teacher = t;
        List<Planned> plan = check(r, input, Map.of());
        apply(r, input, plan);
        r.persist();
        IndividualRoute.getEntityManager().flush();
        RouteView after = view(r);
        audit.created("IndividualRoute", r.id, label(r), t.school.municipality.region.id, after);
        return after;
    }

    @Transactional
    public RouteView update(long id, RouteInput input) {
        IndividualRoute r = changeable(id, input.version());
        RouteView before = view(r);
        Map<Long, RouteStep> existing = new HashMap<>();
        r.steps.forEach(s -> existing.put(s.id, s));
        List<Planned> plan = check(r, input, existing);
        // the positions are unique per route: park the kept steps out of the way before they take their new places
        Set<Long> kept = new HashSet<>();
        plan.stream().filter(p -> p.step.id != null).forEach(p -> kept.add(p.step.id));
        r.steps.removeIf(s -> !kept.contains(s.id));
        r.steps.forEach(s -> s.position = -1 - s.position);
        IndividualRoute.getEntityManager().flush();
        apply(r, input, plan);
        r.updatedAt = OffsetDateTime.now();
        IndividualRoute.getEntityManager().flush();
        RouteView after = view(r);
        audit.updated("IndividualRoute", r.id, label(r), r.teacher.school.municipality.region.id, before, after);
        return after;
    }

    @Transactional
    public RouteView report(long id, long stepId, RouteStepReportInput input) {
        IndividualRoute r = changeable(id, input.version());
        RouteStep step = r.steps.stream().filter(s -> s.id == stepId).findFirst()
                .orElseThrow(() -> ApiException.notFound("route.stepNotFound", stepId));
        if (step.status == StepStatus.DONE) {
            throw ApiException.conflict("route.stepAlreadyDone");
        }
        List<FieldError> errors = new ArrayList<>();
        String report = Text.trimToNull(input.report());
        if (report == null) {
            errors.add(FieldError.field("report", "route.reportRequired"));
        } else if (report.length() > 5000) {
            errors.add(FieldError.field("report", "route.reportTooLong", 5000));
        }
        if (input.reportedOn() == null) {
            errors.add(FieldError.field("reportedOn", "route.reportedOnRequired"));
        } else if (input.reportedOn().isAfter(LocalDate.now())) {
            errors.add(FieldError.field("reportedOn", "route.reportedOnFuture"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        RouteView before = view(r);
        step.status = StepStatus.DONE;
        step.report = report;
        step.reportedOn = input.reportedOn();
        r.updatedAt = OffsetDateTime.now();
        IndividualRoute.getEntityManager().flush();
        RouteView after = view(r);
        audit.updated("IndividualRoute", r.id, label(r), r.teacher.school.municipality.region.id, before, after);
        return after;
    }

    @Transactional
    public RouteView complete(long id, RouteCloseInput input) {
        IndividualRoute r = changeable(id, input.version());
        long open = r.steps.stream().filter(s -> s.status != StepStatus.DONE).count();
        if (open > 0) {
            throw ApiException.conflict("route.stepsOpen", open);
        }
        return close(r, RouteStatus.COMPLETED, null);
    }

    @Transactional
    public RouteView cancel(long id, RouteCloseInput input) {
        IndividualRoute r = changeable(id, input.version());
        String reason = Text.trimToNull(input.reason());
        if (reason == null) {
            throw ApiException.invalid("reason", "route.cancelReasonRequired");
        }
        if (reason.length() > 1000) {
            throw ApiException.invalid("reason", "route.textTooLong", 1000);
        }
        return close(r, RouteStatus.CANCELLED, reason);
    }

    private RouteView close(IndividualRoute r, RouteStatus to, String reason) {
        RouteView before = view(r);
        r.status = to;
        r.cancelReason = reason;
        r.updatedAt = OffsetDateTime.now();
        IndividualRoute.getEntityManager().flush();
        RouteView after = view(r);
        audit.updated("IndividualRoute", r.id, label(r), r.teacher.school.municipality.region.id, before, after);
        return after;
    }

    private IndividualRoute changeable(long id, Long version) {
        IndividualRoute r = require(id);
        scope.require(policy.mayChange(r), "route.developForbidden");
        r.checkVersion(version);
        if (r.status != RouteStatus.ACTIVE) {
            throw ApiException.conflict("route.notActive");
        }
        return r;
    }

    /** A step as it will be: an existing one (kept) or a new one, with its mentor found. */
    private record Planned(RouteStep step, RouteInput.StepInput input, Teacher mentor) {
    }

    /** Every field checked against the route and reported together, before anything changes. */
    private List<Planned> check(IndividualRoute r, RouteInput input, Map<Long, RouteStep> existing) {
        List<FieldError> errors = new ArrayList<>();
        String title = Text.trimToNull(input.title());
        if (title == null) {
            errors.add(FieldError.field("title", "route.titleRequired"));
        } else if (title.length() > 500) {
            errors.add(FieldError.field("title", "route.textTooLong", 500));
        }
        if (input.startsOn() == null) {
            errors.add(FieldError.field("startsOn", "route.startsOnRequired"));
        }
        if (input.endsOn() == null) {
            errors.add(FieldError.field("endsOn", "route.endsOnRequired"));
        } else if (input.startsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(FieldError.field("endsOn", "route.endsBeforeStart"));
        }
        if (input.assessmentId() != null) {
            CompetenceAssessment a = CompetenceAssessment.findById(input.assessmentId());
            if (a == null || !a.teacher.id.equals(r.teacher.id)) {
                errors.add(FieldError.field("assessmentId", "route.assessmentNotOfTeacher", input.assessmentId()));
            }
        }
        List<RouteInput.StepInput> steps = input.steps() == null ? List.of() : input.steps();
        if (steps.isEmpty() || steps.size() > MAX_STEPS) {
            errors.add(FieldError.field("steps", "route.stepsCount", MAX_STEPS));
        }
        Set<Long> partners = null;
        Set<Long> seen = new HashSet<>();
        List<Planned> plan = new ArrayList<>();
        for (int j = 0; j < steps.size() && j < MAX_STEPS; j++) {
            RouteInput.StepInput s = steps.get(j);
            String at = "steps[" + j + "].";
            if (s == null) {
                errors.add(FieldError.field("steps[" + j + "]", "route.stepEmpty"));
                continue;
            }
            RouteStep step = null;
            if (s.id() != null) {
                step = existing.get(s.id());
                if (step == null || !seen.add(s.id())) {
                    errors.add(FieldError.field(at + "id", "route.stepNotInRoute", s.id()));
                    continue;
                }
            }
            if (s.kind() == null) {
                errors.add(FieldError.field(at + "kind", "route.kindRequired"));
            }
            String text = Text.trimToNull(s.text());
            if (text == null) {
                errors.add(FieldError.field(at + "text", "route.stepTextRequired"));
            } else if (text.length() > 1000) {
                errors.add(FieldError.field(at + "text", "route.textTooLong", 1000));
            }
            String topic = Text.trimToNull(s.topic());
            if (topic != null && topic.length() > 300) {
                errors.add(FieldError.field(at + "topic", "route.textTooLong", 300));
            }
            if (s.due() == null) {
                errors.add(FieldError.field(at + "due", "route.dueRequired"));
            } else if (input.startsOn() != null && input.endsOn() != null && (s.due().isBefore(input.startsOn()) || s.due().isAfter(input.endsOn()))) {
                errors.add(FieldError.field(at + "due", "route.dueOutsideRoute"));
            }
            Teacher mentor = null;
            if (s.mentorId() != null) {
                if (partners == null) {
                    partners = mentors.partnerSchools(r.teacher);
                }
                mentor = Teacher.<Teacher>findByIdOptional(s.mentorId()).orElse(null);
                if (mentor == null || !staff.mayNameAsMentor(r.teacher, mentor, partners)) {
                    errors.add(FieldError.field(at + "mentorId", "route.mentorNotCandidate", s.mentorId()));
                }
            } else if (s.kind() == StepKind.MENTORING) {
                errors.add(FieldError.field(at + "mentorId", "route.mentorRequired"));
            }
            if (s.trainingId() != null) {
                TeacherTraining training = TeacherTraining.findById(s.trainingId());
                if (training == null || !training.teacher.id.equals(r.teacher.id)) {
                    errors.add(FieldError.field(at + "trainingId", "route.trainingNotOfTeacher", s.trainingId()));
                }
            }
            if (step != null && step.status == StepStatus.DONE && !(step.kind == s.kind() && Objects.equals(step.text, text)
                    && Objects.equals(step.topic, topic) && Objects.equals(step.due, s.due()) && Objects.equals(step.trainingId, s.trainingId())
                    && Objects.equals(step.mentor == null ? null : step.mentor.id, s.mentorId()))) {
                errors.add(FieldError.field("steps[" + j + "]", "route.doneStepChanged"));
            }
            plan.add(new Planned(step == null ? new RouteStep() : step, s, mentor));
        }
        existing.values().stream().filter(s -> s.status == StepStatus.DONE && !seen.contains(s.id)).findFirst()
                .ifPresent(s -> errors.add(FieldError.field("steps", "route.doneStepRemoved", s.text)));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return plan;
    }

    private void apply(IndividualRoute r, RouteInput input, List<Planned> plan) {
        r.title = input.title().strip();
        r.assessmentId = input.assessmentId();
        r.startsOn = input.startsOn();
        r.endsOn = input.endsOn();
        for (int j = 0; j < plan.size(); j++) {
            Planned p = plan.get(j);
            RouteStep s = p.step;
            s.position = j;
            if (s.status != StepStatus.DONE) {
                s.kind = p.input.kind();
                s.text = p.input.text().strip();
                s.topic = Text.trimToNull(p.input.topic());
                s.due = p.input.due();
                s.mentor = p.mentor;
                s.trainingId = p.input.trainingId();
            }
            if (s.id == null) {
                s.route = r;
                r.steps.add(s);
            }
        }
        r.steps.sort(java.util.Comparator.comparingInt(s -> s.position));
    }

    private static String label(IndividualRoute r) {
        return r.teacher.fullName() + ": " + r.title;
    }

    public RouteView view(IndividualRoute r) {
        LocalDate today = LocalDate.now();
        List<RouteStepView> steps = r.steps.stream().map(s -> new RouteStepView(s.id == null ? 0 : s.id, s.position, s.kind, s.text, s.topic,
                s.due, overdue(s, r, today), s.mentor == null ? null : MentorView.of(s.mentor), s.trainingId, s.status, s.report,
                s.reportedOn)).toList();
        int done = (int) r.steps.stream().filter(s -> s.status == StepStatus.DONE).count();
        return new RouteView(r.id == null ? 0 : r.id, r.teacher.id, r.teacher.fullName(), r.teacher.school.id, r.teacher.school.shortName,
                r.assessmentId, r.title, r.startsOn, r.endsOn, r.status, r.cancelReason, done, r.steps.size(), steps, r.version,
                policy.actions(r));
    }

    static boolean overdue(RouteStep s, IndividualRoute r, LocalDate today) {
        return r.status == RouteStatus.ACTIVE && s.status != StepStatus.DONE && s.due.isBefore(today);
    }
}
