package ru.rostok.reminder.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.control.Assignment;
import ru.rostok.roadmap.Measure;
import ru.rostok.reminder.Notification;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;

/** The caller's reminders: their school's, or their body's (a coordinator's municipality, an analyst's regional bodies). */
@ApplicationScoped
public class NotificationService {
    private static final Map<String, String> SORT = Map.of("createdAt", "n.createdAt", "occurrenceDue", "n.occurrenceDue");

    @Inject
    Scope scope;

    Where mine() {
        Where where = new Where();
        switch (scope.level()) {
            case ALL -> where.and("1 = 1", Map.of());
            case SCHOOL -> where.and("n.schoolId = :school", "school", scope.schoolId().orElse(-1L));
            case MUNICIPALITY -> where.and("n.bodyId in (select b.id from Body b where b.municipality.id = :m)", "m",
                    scope.municipalityId().orElse(-1L));
            case REGION -> {
                if (scope.hasRole(Role.REGIONAL_ANALYST)) {
                    where.and("n.bodyId in (select b.id from Body b where b.region.id = :r and b.municipality is null)", "r",
                            scope.regionId().orElse(-1L));
                } else {
                    where.and("1 = 0", Map.of());
                }
            }
            case NONE -> where.and("1 = 0", Map.of());
        }
        return where;
    }

    public PageResponse<NotificationView> list(boolean unreadOnly, PageQuery query) {
        Where where = mine();
        if (unreadOnly) {
            where.and("n.readAt is null", Map.of());
        }
        var found = Notification.<Notification>find("from Notification n where " + where.jpql(), query.toSort(SORT, "-createdAt", "n"),
                where.params()).page(query.toPage());
        long total = where.count(Notification.getEntityManager(), "Notification n");
        return new PageResponse<>(found.list(), query.page, query.size, total).map(NotificationService::view);
    }

    @Transactional
    public NotificationView read(long id) {
        Where where = mine().and("n.id = :id", "id", id);
        Notification n = Notification.<Notification>find("from Notification n where " + where.jpql(), where.params()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("reminder.notFound", id));
        if (n.readAt == null) {
            n.readAt = OffsetDateTime.now();
        }
        return view(n);
    }

    static NotificationView view(Notification n) {
        Long plan = "MEASURE".equals(n.itemType)
                ? Measure.<Measure>findByIdOptional(n.itemId).map(m -> m.roadmap.id).orElse(null)
                : Assignment.<Assignment>findByIdOptional(n.itemId).map(a -> a.decision.id).orElse(null);
        return new NotificationView(n.id, n.kind, n.itemType, n.itemId, plan, n.occurrenceDue, n.text, n.createdAt, n.readAt);
    }
}
