package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Subject;
import ru.rostok.common.Text;
import ru.rostok.common.Where;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.ValueType;
import ru.rostok.security.Scope;
import ru.rostok.territory.Region;
import ru.rostok.territory.service.RegionService;

/** The region's indicator catalogue; an indicator's meaning is frozen once a campaign past draft uses it. */
@ApplicationScoped
public class IndicatorService {
    static final String ENTITY = "Indicator";
    private static final Map<String, String> SORT = Map.of(
            "code", "i.code", "name", "i.name", "category", "i.category", "updatedAt", "i.updatedAt");

    @Inject
    Scope scope;

    @Inject
    MonitoringPolicy monitoringPolicy;

    @Inject
    RegionService regions;

    @Inject
    AuditLog audit;

    public PageResponse<IndicatorView> list(Long regionId, IndicatorCategory category, Respondent respondent, String q, boolean includeRetired,
                                            PageQuery query) {
        Scope.Filter inScope = monitoringPolicy.indicators("i");
        Where where = new Where().and(inScope.jpql(), inScope.params())
                .and("i.region.id = :regionId", "regionId", regionId)
                .and("i.category = :category", "category", category)
                .and("i.respondent = :respondent", "respondent", respondent);
        if (!includeRetired) {
            where.and("i.retired = false", Map.of());
        }
        String text = Text.trimToNull(q);
        if (text != null) {
            where.and("lower(i.code) like :q or lower(i.name) like :q", "q", "%" + text.toLowerCase() + "%");
        }
        var found = Indicator.<Indicator>find("from Indicator i where " + where.jpql(),
                query.toSort(SORT, "category,code", "i"), where.params()).page(query.toPage());
        List<Indicator> items = found.list();
        List<Long> locked = lockedAmong(items.stream().map(i -> i.id).toList());
        long total = where.count(Indicator.getEntityManager(), "Indicator i");
        return new PageResponse<>(items, query.page, query.size, total).map(i -> view(i, locked.contains(i.id)));
    }

    public Optional<IndicatorView> get(long id) {
        return visible(id).map(i -> view(i, usedBy(i).isPresent()));
    }

    public Indicator require(long id) {
        return visible(id).orElseThrow(() -> ApiException.notFound("monitoring.indicatorNotFound", id));
    }

    private Optional<Indicator> visible(long id) {
        return Indicator.<Indicator>findByIdOptional(id).filter(i -> monitoringPolicy.seesIndicatorsOf(i.region));
    }

    @Transactional
    public IndicatorView create(IndicatorInput input) {
        Region region = regions.require(input.regionId());
        scope.require(monitoringPolicy.mayKeepIndicatorsOf(region), "monitoring.catalogueForbidden");
        check(input);
        String code = input.code().strip();
        Indicator.findCurrent(region.id, code).ifPresent(i -> {
            throw ApiException.conflict("monitoring.indicatorCodeTaken", code);
        });
        Indicator indicator = new Indicator();
        indicator.region = region;
        apply(indicator, input);
        indicator.persist();
        IndicatorView view = view(indicator, false);
        audit.created(ENTITY, indicator.id, indicator.code, region.id, view);
        return view;
    }

    @Transactional
    public IndicatorView update(long id, IndicatorInput input) {
        Indicator indicator = editable(id, input);
        Optional<Campaign> user = usedBy(indicator);
        if (user.isPresent() && changesMeaning(indicator, input)) {
            throw new ApiException(409, "/problems/indicator-in-use", "problem.indicatorInUse", null, "monitoring.indicatorInUse", indicator.code, user.get().name);
        }
        IndicatorView before = view(indicator, user.isPresent());
        apply(indicator, input);
        indicator.flush();
        IndicatorView after = view(indicator, user.isPresent());
        audit.updated(ENTITY, indicator.id, indicator.code, indicator.region.id, before, after);
        return after;
    }

    /** A new revision with the new meaning; the old one is retired and stays with the campaigns that used it. */
    @Transactional
    public IndicatorView revise(long id, IndicatorInput input) {
        Indicator old = editable(id, input);
        if (old.retired) {
            throw ApiException.conflict("monitoring.indicatorAlreadyReplaced", old.code);
        }
        old.retired = true;
        old.flush();
        Indicator next = new Indicator();
        next.region = old.region;
        next.respondent = old.respondent;
        next.revision = old.revision + 1;
        apply(next, input);
        next.code = old.code;
        next.persist();
        IndicatorView view = view(next, false);
        audit.created(ENTITY, next.id, next.code + " (версия " + next.revision + ")", next.region.id, view);
        return view;
    }

    private Indicator editable(long id, IndicatorInput input) {
        Indicator indicator = require(id);
        scope.require(monitoringPolicy.mayKeepIndicatorsOf(indicator.region), "monitoring.catalogueForbidden");
        if (!indicator.region.id.equals(input.regionId())) {
            throw ApiException.invalid("regionId", "monitoring.indicatorRegionFixed");
        }
        indicator.checkVersion(input.version());
        check(input);
        if (!indicator.code.equals(input.code().strip())) {
            Indicator.findCurrent(indicator.region.id, input.code().strip()).filter(other -> !other.id.equals(indicator.id)).ifPresent(i -> {
                throw ApiException.conflict("monitoring.indicatorCodeTaken", input.code().strip());
            });
        }
        return indicator;
    }

    /** The first campaign past draft that asks this indicator, if any. */
    Optional<Campaign> usedBy(Indicator indicator) {
        return Campaign.<Campaign>find("select c from Campaign c join c.indicators ci where ci.indicator.id = ?1 and c.status <> ?2 order by c.id",
                indicator.id, CampaignStatus.DRAFT).firstResultOptional();
    }

    private List<Long> lockedAmong(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Campaign.getEntityManager().createQuery("select distinct ci.indicator.id from Campaign c join c.indicators ci "
                        + "where ci.indicator.id in :ids and c.status <> :draft", Long.class)
                .setParameter("ids", ids).setParameter("draft", CampaignStatus.DRAFT).getResultList();
    }

    private static boolean changesMeaning(Indicator i, IndicatorInput input) {
        return !i.code.equals(input.code().strip())
                || i.category != input.category()
                || input.respondent() != null && i.respondent != input.respondent()
                || !i.unit.equals(input.unit().strip())
                || i.valueType != input.valueType()
                || i.direction != input.direction()
                || !sameNumber(i.minValue, input.minValue())
                || !sameNumber(i.maxValue, input.maxValue())
                || !Objects.equals(i.minSample, input.minSample())
                || !i.name.equals(input.name().strip())
                || !Objects.equals(i.description, Text.trimToNull(input.description()));
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void check(IndicatorInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.minValue() != null && input.maxValue() != null && input.minValue().compareTo(input.maxValue()) > 0) {
            errors.add(FieldError.field("maxValue", "monitoring.boundsReversed"));
        }
        if (input.valueType() == ValueType.PERCENT) {
            if (input.minValue() != null && input.minValue().signum() < 0) {
                errors.add(FieldError.field("minValue", "monitoring.percentNegative"));
            }
            if (input.maxValue() != null && input.maxValue().compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(FieldError.field("maxValue", "monitoring.percentOver100"));
            }
        }
        if (input.valueType() == ValueType.BOOLEAN && (input.minValue() != null || input.maxValue() != null)) {
            errors.add(FieldError.field("minValue", "monitoring.booleanNoRange"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static void apply(Indicator i, IndicatorInput input) {
        i.code = input.code().strip();
        i.name = input.name().strip();
        i.description = Text.trimToNull(input.description());
        i.category = input.category();
        if (input.respondent() != null) {
            i.respondent = input.respondent();
        }
        i.unit = input.unit().strip();
        i.valueType = input.valueType();
        i.direction = input.direction();
        i.minValue = input.minValue();
        i.maxValue = input.maxValue();
        i.minSample = input.minSample();
        i.subject = input.subject() == null ? null : input.subject().name();
    }

    static IndicatorView view(Indicator i, boolean locked) {
        return new IndicatorView(i.id, i.region.id, i.region.name, i.code, i.revision, i.retired, locked, i.name, i.description,
                i.category, i.respondent, i.unit, i.valueType, i.direction, i.minValue, i.maxValue, i.minSample,
                i.subject == null ? null : Subject.valueOf(i.subject), i.version, i.createdAt, i.updatedAt);
    }

    /** The codes of these indicators, in one query: id → code. */
    public Map<Long, String> codesOf(java.util.Collection<Long> ids) {
        Map<Long, String> codes = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Indicator.getEntityManager().createQuery("select i.id, i.code from Indicator i where i.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> codes.put((Long) r[0], (String) r[1]));
        }
        return codes;
    }

    /** The subject of each of these current indicators of the region that is about one subject: code → subject. */
    public Map<String, Subject> subjectsOf(long regionId, java.util.Collection<String> codes) {
        Map<String, Subject> subjects = new java.util.HashMap<>();
        if (!codes.isEmpty()) {
            Indicator.getEntityManager().createQuery("select i.code, i.subject from Indicator i where i.region.id = :r and i.code in :codes "
                            + "and i.retired = false and i.subject is not null", Object[].class)
                    .setParameter("r", regionId).setParameter("codes", codes).getResultList()
                    .forEach(r -> Subject.parse((String) r[1]).ifPresent(s -> subjects.put((String) r[0], s)));
        }
        return subjects;
    }
}
