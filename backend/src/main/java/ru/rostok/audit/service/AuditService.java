package ru.rostok.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import ru.rostok.audit.AuditEvent;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.security.Paths;
import ru.rostok.security.Scope;

/** Reads the audit trail within the caller's scope. */
@ApplicationScoped
public class AuditService {
    private static final Map<String, String> SORT = Map.of("occurredAt", "a.occurredAt");

    @Inject
    Scope scope;

    public PageResponse<AuditEventView> list(String entityType, Long entityId, PageQuery query) {
        Scope.Filter filter = scope.covering(new Paths("a.regionId", null, null));
        Where where = new Where().and(filter.jpql(), filter.params())
                .and("a.entityType = :entityType", "entityType", entityType)
                .and("a.entityId = :entityId", "entityId", entityId);
        var found = AuditEvent.<AuditEvent>find("from AuditEvent a where " + where.jpql(),
                query.toSort(SORT, "-occurredAt", "a"), where.params()).page(query.toPage());
        long total = where.count(AuditEvent.getEntityManager(), "AuditEvent a");
        return new PageResponse<>(found.list(), query.page, query.size, total)
                .map(a -> new AuditEventView(a.id, a.occurredAt, a.actor, a.action, a.entityType, a.entityId, a.entityLabel, a.changes));
    }
}
