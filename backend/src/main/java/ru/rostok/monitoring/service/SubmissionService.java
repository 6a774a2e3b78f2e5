package ru.rostok.monitoring.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignSchool;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.IndicatorValue;
import ru.rostok.monitoring.ReviewAction;
import ru.rostok.monitoring.Submission;
import ru.rostok.monitoring.SubmissionReview;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;
import ru.rostok.security.Scope;
import ru.rostok.school.service.SchoolPolicy;

/**
 * A school's data in a campaign: saving drafts, handing in, and the review that accepts or returns it. A municipality's
 * data in a campaign of municipalities goes the same way ({@link MunicipalMonitoring} finds it and calls the same steps).
 */
@ApplicationScoped
public class SubmissionService {
    static final String ENTITY = "Submission";
    private static final Map<String, String> SORT = Map.of(
            "schoolName", "s.shortName", "municipalityName", "s.municipality.name", "status", "sub.status",
            "submittedAt", "sub.submittedAt", "closesOn", "c.closesOn", "campaignName", "c.name");

    @Inject
    Scope scope;

    @Inject
    MonitoringPolicy monitoringPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    CampaignService campaigns;

    @Inject
    CampaignForms forms;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    // ------------------------------------------------------------------ lists: tasks and review queues

    public PageResponse<SubmissionSummary> list(Long campaignId, SubmissionStatus status, Long municipalityId, String q, PageQuery query) {
        Scope.Filter schools = schoolPolicy.filter("s");
        Scope.Filter inCampaigns = monitoringPolicy.campaigns("c");
        Where where = new Where().and(schools.jpql(), schools.params()).and(inCampaigns.jpql(), inCampaigns.params())
                .and("c.status <> :draft", "draft", CampaignStatus.DRAFT)
                .and("c.id = :campaignId", "campaignId", campaignId)
                .and("s.municipality.id = :municipalityId", "municipalityId", municipalityId);
        if (status == SubmissionStatus.NOT_STARTED) {
            where.and("sub.id is null", Map.of());
        } else {
            where.and("sub.status = :status", "status", status);
        }
        String text = Text.trimToNull(q);
        if (text != null) {
            where.and("s.searchText like :q escape '\\'", "q", Text.containsPattern(text));
        }
        String from = " from CampaignSchool cs join Campaign c on c.id = cs.campaignId join School s on s.id = cs.schoolId "
                + "left join Submission sub on sub.campaign.id = cs.campaignId and sub.school.id = cs.schoolId where " + where.jpql();
        Sort sort = query.toSort(SORT, "closesOn,municipalityName,schoolName", "s").and("c.id");
        // scalars, not entities: a page is one query with no campaign, school or submission loaded
        TypedQuery<Object[]> rows = em.createQuery("select c.id, c.name, c.academicYear, c.status, c.closesOn, s.id, "
                + "s.shortName, s.inn, s.municipality.id, s.municipality.name, sub.status, sub.submittedAt, sub.reviewedAt"
                + from + " order by " + orderBy(sort), Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(*)" + from, Long.class);
        where.params().forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        var page = query.toPage();
        rows.setFirstResult(page.index * page.size).setMaxResults(page.size);
        LocalDate today = LocalDate.now();
        List<SubmissionSummary> items = rows.getResultList().stream().map(r -> {
            LocalDate closesOn = (LocalDate) r[4];
            SubmissionStatus st = r[10] == null ? SubmissionStatus.NOT_STARTED : (SubmissionStatus) r[10];
            return new SubmissionSummary((Long) r[0], (String) r[1], (String) r[2], (CampaignStatus) r[3], closesOn,
                    (Long) r[5], (String) r[6], (String) r[7], (Long) r[8], (String) r[9], st, (OffsetDateTime) r[11],
                    (OffsetDateTime) r[12], Campaign.overdueOn(closesOn, today) && !st.handedIn());
        }).toList();
        return new PageResponse<>(items, query.page, query.size, count.getSingleResult());
    }

    static String orderBy(Sort sort) {
        return sort.getColumns().stream()
                .map(c -> c.getName() + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc") + " nulls last")
                .collect(Collectors.joining(", "));
    }

    // ------------------------------------------------------------------ one submission

    /** The campaign and whoever answers it, a school or a municipality, both visible to the caller and asked by it; else 404. */
    record Target(Campaign campaign, CampaignForm form, School school, Municipality municipality) {
        Target(Campaign campaign, CampaignForm form, School school) {
            this(campaign, form, school, null);
        }

        static Target ofMunicipality(Campaign campaign, CampaignForm form, Municipality municipality) {
            return new Target(campaign, form, null, municipality);
        }

        String label() {
            return (school != null ? school.shortName : municipality.name) + " — " + campaign.name;
        }
    }

    /** A submission as saved and the values it now holds. */
    record Saved(Submission submission, java.util.Collection<IndicatorValue> values) {
    }

    Target target(long campaignId, long schoolId) {
        // read together; when that finds nothing or a campaign hidden from the caller, the campaign is asked for alone to
        // answer which of the two is not there
        Optional<CampaignSchool.Asked> asked = CampaignSchool.asked(campaignId, schoolId);
        Campaign campaign = asked.map(CampaignSchool.Asked::campaign).filter(monitoringPolicy::sees)
                .orElseGet(() -> campaigns.requireAlone(campaignId));
        School school = asked.map(CampaignSchool.Asked::school).filter(schoolPolicy::sees)
                .orElseThrow(() -> ApiException.notFound("monitoring.schoolNotInCampaign", schoolId, campaignId));
        return new Target(campaign, forms.of(campaign), school);
    }

    public SubmissionView get(long campaignId, long schoolId) {
        Target t = target(campaignId, schoolId);
        return view(t, Submission.find(t.campaign().id, t.school().id).orElse(null));
    }

    @Transactional
    public SubmissionView save(long campaignId, long schoolId, SubmissionInput input) {
        Target t = target(campaignId, schoolId);
        Saved saved = save(t, input);
        return view(t, saved.submission(), saved.values());
    }

    Saved save(Target t, SubmissionInput input) {
        scope.require(maySubmit(t), "monitoring.fillForbidden");
        if (t.campaign().status != CampaignStatus.OPEN) {
            throw ApiException.conflict("monitoring.notCollecting", StatusText.of(t.campaign().status));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<Long, ValueRules.Normalized> values = new LinkedHashMap<>();
        for (int i = 0; i < input.values().size(); i++) {
            SubmissionInput.Value v = input.values().get(i);
            CampaignForm.Item ci = t.form().item(v.indicatorId());
            if (ci == null) {
                errors.add(FieldError.field("values[" + i + "].indicatorId", "monitoring.indicatorNotInCampaign", v.indicatorId()));
                continue;
            }
            if (values.containsKey(v.indicatorId())) {
                errors.add(FieldError.field("values[" + ci.code() + "]", "monitoring.valueTwice"));
                continue;
            }
            for (ValueRules.Issue issue : ValueRules.check(ci.kind(), v.value(), v.numerator(), v.denominator())) {
                errors.add(FieldError.field("values[" + ci.code() + "]." + issue.part(), issue.message(), issue.args()));
            }
            values.put(v.indicatorId(), ValueRules.normalize(ci.kind(), v.value(), v.numerator(), v.denominator()));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        // most saves are of a draft at the version its author read: one statement checks that and writes; the others (the
        // first save, a stale version, a handed-in submission) take the lock and answer what is wrong, or write then
        Written written = writeValues(t, input.version(), values).orElseGet(() -> {
            Submission locked = lockOrCreate(t);
            checkVersion(t, locked, input.version());
            if (!locked.status.editable()) {
                throw ApiException.conflict("monitoring.submissionLocked", StatusText.of(locked.status))
                        .withCurrent(current(t, locked));
            }
            return writeValues(t, locked.version, values).orElseThrow();
        });
        Submission sub = written.submission();
        Map<Long, IndicatorValue> previous = written.previous();
        Map<Long, IndicatorValue> stored = new LinkedHashMap<>(previous);
        List<IndicatorValue> before = new ArrayList<>();
        List<IndicatorValue> changed = new ArrayList<>();
        List<Long> cleared = new ArrayList<>();
        values.forEach((indicatorId, v) -> {
            IndicatorValue row = previous.get(indicatorId);
            if (v.empty()) {
                if (row != null) {
                    cleared.add(indicatorId);
                    before.add(row);
                    stored.remove(indicatorId);
                }
                return;
            }
            if (row != null && Objects.equals(row.value, v.value()) && Objects.equals(row.numerator, v.numerator())
                    && Objects.equals(row.denominator, v.denominator())) {
                return;
            }
            IndicatorValue next = new IndicatorValue();
            next.submissionId = sub.id;
            next.indicatorId = indicatorId;
            next.value = v.value();
            next.numerator = v.numerator();
            next.denominator = v.denominator();
            next.updatedAt = sub.updatedAt;
            changed.add(next);
            if (row != null) {
                before.add(row);
            }
            stored.put(indicatorId, next);
        });
        // the audit keeps the values that changed, from → to; the untouched ones would only cost time
        Map<String, Object> from = snapshot(t.form(), before);
        Map<String, Object> to = snapshot(t.form(), changed);
        cleared.forEach(id -> to.put(t.form().codeOf(id), null));
        audit.updated(ENTITY, sub.id, t.label(), t.campaign().region.id, from, to);
        return new Saved(sub, stored.values());
    }

    @Transactional
    public SubmissionView submit(long campaignId, long schoolId, long version) {
        Target t = target(campaignId, schoolId);
        return view(t, submit(t, version));
    }

    Submission submit(Target t, long version) {
        scope.require(maySubmit(t), "monitoring.submitForbidden");
        if (t.campaign().status != CampaignStatus.OPEN) {
            throw ApiException.conflict("monitoring.notCollecting", StatusText.of(t.campaign().status));
        }
        Submission sub = find(t).orElse(null);
        if (sub == null) {
            throw ApiException.conflict("monitoring.nothingSaved");
        }
        em.lock(sub, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(t, sub, version);
        if (sub.status != SubmissionStatus.DRAFT && sub.status != SubmissionStatus.RETURNED) {
            throw ApiException.conflict("monitoring.alreadyInStatus", StatusText.of(sub.status)).withCurrent(current(t, sub));
        }
        Map<Long, IndicatorValue> stored = IndicatorValue.of(sub.id).stream().collect(Collectors.toMap(v -> v.indicatorId, Function.identity()));
        List<FieldError> missing = new ArrayList<>();
        for (CampaignForm.Item ci : t.form().items()) {
            if (ci.required() && !stored.containsKey(ci.indicatorId())) {
                String part = ci.kind().valueType() == ru.rostok.monitoring.ValueType.PERCENT ? "numerator" : "value";
                missing.add(FieldError.field("values[" + ci.code() + "]." + part, "monitoring.requiredMissing"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiException(400, "/problems/incomplete", "problem.incomplete", missing, "monitoring.incomplete", missing.size());
        }
        SubmissionStatus before = sub.status;
        sub.status = SubmissionStatus.SUBMITTED;
        sub.submittedAt = OffsetDateTime.now();
        sub.submittedBy = scope.username();
        sub.updatedAt = sub.submittedAt;
        record(sub, ReviewAction.SUBMIT, null, Map.of());
        em.flush();
        audit.updated(ENTITY, sub.id, t.label(), t.campaign().region.id, Map.of("status", before), Map.of("status", sub.status));
        return sub;
    }

    @Transactional
    public SubmissionView review(long campaignId, long schoolId, ReviewInput input) {
        Target t = target(campaignId, schoolId);
        return view(t, review(t, input));
    }

    Submission review(Target t, ReviewInput input) {
        boolean reopen = input.action() == ReviewAction.REOPEN;
        scope.require(reopen ? mayReopen(t) : mayReview(t),
                reopen ? "monitoring.reopenForbidden" : "monitoring.reviewForbidden");
        if (input.action() == ReviewAction.SUBMIT) {
            throw ApiException.invalid("action", "monitoring.reviewAction");
        }
        if (t.campaign().status == CampaignStatus.DRAFT || t.campaign().status == CampaignStatus.PUBLISHED) {
            throw ApiException.conflict("monitoring.notReviewing", StatusText.of(t.campaign().status));
        }
        String comment = Text.trimToNull(input.comment());
        Map<String, String> valueComments = new LinkedHashMap<>();
        if (input.valueComments() != null) {
            input.valueComments().forEach((code, text) -> {
                if (Text.trimToNull(text) != null) {
                    valueComments.put(code, text.strip());
                }
            });
        }
        Map<String, CampaignForm.Item> byCode = t.form().items().stream().collect(Collectors.toMap(CampaignForm.Item::code, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        valueComments.keySet().stream().filter(code -> !byCode.containsKey(code))
                .forEach(code -> errors.add(FieldError.field("valueComments." + code, "monitoring.codeNotInCampaign", code)));
        if (input.action() != ReviewAction.ACCEPT && comment == null) {
            errors.add(FieldError.field("comment", "monitoring.returnReasonRequired"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Submission sub = find(t).orElseThrow(() -> ApiException.conflict("monitoring.notSubmitted"));
        em.lock(sub, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(t, sub, input.version());
        SubmissionStatus expected = reopen ? SubmissionStatus.ACCEPTED : SubmissionStatus.SUBMITTED;
        if (sub.status != expected) {
            throw ApiException.conflict("monitoring.wrongSubmissionStatus", StatusText.of(sub.status), StatusText.of(expected)).withCurrent(current(t, sub));
        }
        SubmissionStatus before = sub.status;
        sub.status = input.action() == ReviewAction.ACCEPT ? SubmissionStatus.ACCEPTED : SubmissionStatus.RETURNED;
        sub.reviewComment = input.action() == ReviewAction.ACCEPT ? null : comment;
        sub.reviewedAt = OffsetDateTime.now();
        sub.reviewedBy = scope.username();
        sub.updatedAt = sub.reviewedAt;
        List<IndicatorValue> values = IndicatorValue.of(sub.id);
        Map<Long, String> commentsById = new HashMap<>();
        valueComments.forEach((code, text) -> commentsById.put(byCode.get(code).indicatorId(), text));
        for (IndicatorValue v : values) {
            v.reviewComment = input.action() == ReviewAction.ACCEPT ? null : commentsById.get(v.indicatorId);
        }
        record(sub, input.action(), comment, valueComments);
        em.flush();
        audit.updated(ENTITY, sub.id, t.label(), t.campaign().region.id, Map.of("status", before), Map.of("status", sub.status));
        return sub;
    }

    // ------------------------------------------------------------------ helpers

    /** A submission as a save left it (not managed: the save's statement wrote it) and its values before the save. */
    private record Written(Submission submission, Map<Long, IndicatorValue> previous) {
    }

    private static final String[] EDITABLE = java.util.Arrays.stream(SubmissionStatus.values())
            .filter(SubmissionStatus::editable).map(Enum::name).toArray(String[]::new);

    /**
     * Writes the values sent in one statement whatever their number, if the submission is at the version given and
     * editable: bumps its version, deletes the emptied values and upserts the others where they differ from what is
     * stored (an untouched value keeps its time and its reviewer's comment). Answers nothing if the submission is not
     * there, not at that version or not editable.
     *
     * <p>The values before the save are read in the same statement, from its snapshot. They are the ones the write
     * replaced: every write of a submission's values bumps its version in the same transaction, so a write committed
     * after the snapshot would have failed the version check here.
     */
    private Optional<Written> writeValues(Target t, Long version, Map<Long, ValueRules.Normalized> values) {
        String who = t.school() != null ? "school_id" : "municipality_id";
        List<Object[]> rows = em.createNativeQuery("""
                        with bumped as (
                            update submission set version = version + 1, updated_at = now()
                            where campaign_id = :c and %s = :who and version = :version and status = any(cast(:editable as text[]))
                            returning id, status, review_comment, submitted_at, submitted_by, reviewed_at, reviewed_by, version, updated_at
                        ), sent (indicator_id, value, numerator, denominator) as (
                            select * from unnest(cast(:ids as bigint[]), cast(:values as numeric[]), cast(:numerators as integer[]),
                                                 cast(:denominators as integer[]))
                        ), stored as (
                            select v.indicator_id, v.value, v.numerator, v.denominator, v.review_comment, v.updated_at
                            from indicator_value v join bumped b on v.submission_id = b.id
                        ), cleared as (
                            delete from indicator_value v using sent, bumped b
                            where v.submission_id = b.id and v.indicator_id = sent.indicator_id
                              and sent.value is null and sent.numerator is null and sent.denominator is null
                        ), written as (
                            insert into indicator_value (submission_id, indicator_id, value, numerator, denominator, updated_at)
                            select b.id, s.indicator_id, s.value, s.numerator, s.denominator, now() from sent s, bumped b
                            where s.value is not null or s.numerator is not null or s.denominator is not null
                            on conflict (submission_id, indicator_id) do update
                                set value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
                                    review_comment = null, updated_at = now()
                                where (indicator_value.value, indicator_value.numerator, indicator_value.denominator)
                                      is distinct from (excluded.value, excluded.numerator, excluded.denominator)
                        )
                        select b.id, b.status, b.review_comment, b.submitted_at, b.submitted_by, b.reviewed_at, b.reviewed_by,
                               b.version, b.updated_at, o.indicator_id, o.value, o.numerator, o.denominator, o.review_comment, o.updated_at
                        from bumped b left join stored o on true
                        """.formatted(who), Object[].class)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(IndicatorValue.class) // nothing of the session to flush first
                .setParameter("c", t.campaign().id)
                .setParameter("who", t.school() != null ? t.school().id : t.municipality().id)
                .setParameter("version", version == null ? -1L : version)
                .setParameter("editable", EDITABLE)
                .setParameter("ids", values.keySet().toArray(Long[]::new))
                .setParameter("values", values.values().stream().map(ValueRules.Normalized::value).toArray(BigDecimal[]::new))
                .setParameter("numerators", values.values().stream().map(ValueRules.Normalized::numerator).toArray(Integer[]::new))
                .setParameter("denominators", values.values().stream().map(ValueRules.Normalized::denominator).toArray(Integer[]::new))
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] first = rows.get(0);
        Submission sub = new Submission();
        sub.id = ((Number) first[0]).longValue();
        sub.status = SubmissionStatus.valueOf((String) first[1]);
        sub.reviewComment = (String) first[2];
        sub.submittedAt = utc(first[3]);
        sub.submittedBy = (String) first[4];
        sub.reviewedAt = utc(first[5]);
        sub.reviewedBy = (String) first[6];
        sub.version = ((Number) first[7]).longValue();
        sub.updatedAt = utc(first[8]);
        Map<Long, IndicatorValue> previous = new LinkedHashMap<>();
        for (Object[] r : rows) {
            if (r[9] != null) {
                IndicatorValue v = new IndicatorValue();
                v.submissionId = sub.id;
                v.indicatorId = ((Number) r[9]).longValue();
                v.value = (BigDecimal) r[10];
                v.numerator = (Integer) r[11];
                v.denominator = (Integer) r[12];
                v.reviewComment = (String) r[13];
                v.updatedAt = utc(r[14]);
                previous.put(v.indicatorId, v);
            }
        }
        return Optional.of(new Written(sub, previous));
    }

    /** A native query's timestamptz (an Instant) as the entities hold it. */
    private static OffsetDateTime utc(Object instant) {
        return instant == null ? null : ((java.time.Instant) instant).atOffset(java.time.ZoneOffset.UTC);
    }

    /** The submission locked for this transaction, created (version 0) if the school has not started. */
    private Submission lockOrCreate(Target t) {
        if (t.municipality() != null) {
            em.createNativeQuery("insert into submission (campaign_id, municipality_id, status) values (:c, :m, 'DRAFT') "
                            + "on conflict (campaign_id, municipality_id) do nothing")
                    .setParameter("c", t.campaign().id).setParameter("m", t.municipality().id).executeUpdate();
            return em.createQuery("from Submission where campaign.id = :c and municipality.id = :m", Submission.class)
                    .setParameter("c", t.campaign().id).setParameter("m", t.municipality().id)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        }
        // most saves are of a submission that exists: lock it first, and make it only when it is not there
        return lockedOfSchool(t).orElseGet(() -> {
            em.createNativeQuery("insert into submission (campaign_id, school_id, status) values (:c, :s, 'DRAFT') "
                            + "on conflict (campaign_id, school_id) do nothing")
                    .setParameter("c", t.campaign().id).setParameter("s", t.school().id).executeUpdate();
            return lockedOfSchool(t).orElseThrow();
        });
    }

    private Optional<Submission> lockedOfSchool(Target t) {
        return em.createQuery("from Submission where campaign.id = :c and school.id = :s", Submission.class)
                .setParameter("c", t.campaign().id).setParameter("s", t.school().id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private void checkVersion(Target t, Submission sub, Long version) {
        if (version == null || version != sub.version) {
            throw ApiException.staleVersion("monitoring.staleSubmission", version, sub.version)
                    .withCurrent(current(t, sub));
        }
    }

    private void record(Submission sub, ReviewAction action, String comment, Map<String, String> valueComments) {
        SubmissionReview r = new SubmissionReview();
        r.submissionId = sub.id;
        r.action = action;
        r.comment = comment;
        r.valueComments = valueComments;
        r.actor = scope.username();
        r.occurredAt = OffsetDateTime.now();
        r.persist();
    }

    /** Indicator code → the value as a person reads it, for the audit history of each value. */
    private static Map<String, Object> snapshot(CampaignForm form, java.util.Collection<IndicatorValue> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (IndicatorValue v : values) {
            String code = form.codeOf(v.indicatorId);
            m.put(code, v.numerator != null ? v.numerator + "/" + v.denominator : ValueRules.plain(v.value));
        }
        return m;
    }

    // ------------------------------------------------------------------ who may do what, for a school or a municipality

    Optional<Submission> find(Target t) {
        return t.school() != null ? Submission.find(t.campaign().id, t.school().id)
                : Submission.ofMunicipality(t.campaign().id, t.municipality().id);
    }

    private boolean maySubmit(Target t) {
        return t.school() != null ? monitoringPolicy.maySubmitFor(t.school()) : monitoringPolicy.maySubmitForMunicipality(t.municipality());
    }

    private boolean mayReview(Target t) {
        return t.school() != null ? monitoringPolicy.mayReview(t.school()) : monitoringPolicy.mayReviewMunicipality(t.municipality());
    }

    private boolean mayReopen(Target t) {
        return t.school() != null ? monitoringPolicy.mayReopen(t.school()) : monitoringPolicy.mayReopenMunicipality(t.municipality());
    }

    /** The state a conflict answers with: the same view a read of it gives. */
    private Object current(Target t, Submission sub) {
        return t.school() != null ? view(t, sub) : municipalView(t, sub);
    }

    SubmissionView view(Target t, Submission sub) {
        return view(t, sub, sub == null ? List.of() : IndicatorValue.of(sub.id));
    }

    private SubmissionView view(Target t, Submission sub, java.util.Collection<IndicatorValue> stored) {
        Campaign c = t.campaign();
        School s = t.school();
        SubmissionStatus status = sub == null ? SubmissionStatus.NOT_STARTED : sub.status;
        boolean open = c.status == CampaignStatus.OPEN;
        boolean reviewing = c.status == CampaignStatus.OPEN || c.status == CampaignStatus.CLOSED;
        List<SubmissionView.Value> values = values(t.form(), stored);
        List<SubmissionView.Review> reviews = reviews(sub);
        return new SubmissionView(c.id, c.name, c.status, c.closesOn, s.id, s.shortName, status,
                sub == null ? null : sub.reviewComment, sub == null ? null : sub.submittedAt, sub == null ? null : sub.submittedBy,
                sub == null ? null : sub.reviewedAt, sub == null ? null : sub.reviewedBy,
                open && status.editable() && monitoringPolicy.maySubmitFor(s),
                reviewing && status == SubmissionStatus.SUBMITTED && monitoringPolicy.mayReview(s),
                reviewing && status == SubmissionStatus.ACCEPTED && monitoringPolicy.mayReopen(s),
                sub == null ? 0 : sub.version, values, reviews);
    }

    MunicipalSubmissionView municipalView(Target t, Submission sub) {
        return municipalView(t, sub, sub == null ? List.of() : IndicatorValue.of(sub.id));
    }

    MunicipalSubmissionView municipalView(Target t, Submission sub, java.util.Collection<IndicatorValue> stored) {
        Campaign c = t.campaign();
        Municipality m = t.municipality();
        SubmissionStatus status = sub == null ? SubmissionStatus.NOT_STARTED : sub.status;
        boolean open = c.status == CampaignStatus.OPEN;
        boolean reviewing = c.status == CampaignStatus.OPEN || c.status == CampaignStatus.CLOSED;
        return new MunicipalSubmissionView(c.id, c.name, c.status, c.closesOn, m.id, m.name, status,
                sub == null ? null : sub.reviewComment, sub == null ? null : sub.submittedAt, sub == null ? null : sub.submittedBy,
                sub == null ? null : sub.reviewedAt, sub == null ? null : sub.reviewedBy,
                open && status.editable() && monitoringPolicy.maySubmitForMunicipality(m),
                reviewing && status == SubmissionStatus.SUBMITTED && monitoringPolicy.mayReviewMunicipality(m),
                reviewing && status == SubmissionStatus.ACCEPTED && monitoringPolicy.mayReopenMunicipality(m),
                sub == null ? 0 : sub.version, values(t.form(), stored), reviews(sub));
    }

    private static List<SubmissionView.Value> values(CampaignForm form, java.util.Collection<IndicatorValue> stored) {
        return stored.stream()
                .map(v -> new SubmissionView.Value(v.indicatorId, form.item(v.indicatorId) == null ? null : form.item(v.indicatorId).code(), v.value, v.numerator, v.denominator, v.reviewComment))
                .toList();
    }

    /** Its history of handing in and review; one never handed in has none (every entry begins with a hand-in), so it is not asked. */
    private static List<SubmissionView.Review> reviews(Submission sub) {
        return sub == null || sub.submittedAt == null ? List.of() : SubmissionReview.of(sub.id).stream()
                .map(r -> new SubmissionView.Review(r.action, r.comment, r.valueComments == null ? Map.of() : r.valueComments, r.actor, r.occurredAt))
                .toList();
    }
}
