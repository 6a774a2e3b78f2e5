package ru.rostok.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.audit.AuditEvent;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Where;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
public class AuditResource {
    private static final Map<String, String> SORT = Map.of("occurredAt", "a.occurredAt");

    @Inject
    Scope scope;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "History of writes: administrators see all, analysts their region",
            description = "Newest first unless sorted otherwise.")
    public PageResponse<AuditEventView> list(
            @QueryParam("entityType") @Parameter(description = "Region, Municipality, Body or School") String entityType,
            @QueryParam("entityId") @Parameter(description = "Only this record") Long entityId,
            @BeanParam PageQuery query) {
        Scope.Filter filter = scope.auditEvents("a");
        Where where = new Where().and(filter.jpql(), filter.params())
                .and("a.entityType = :entityType", "entityType", entityType)
                .and("a.entityId = :entityId", "entityId", entityId);
        var found = AuditEvent.<AuditEvent>find("from AuditEvent a where " + where.jpql(),
                query.toSort(SORT, "-occurredAt", "a"), where.params()).page(query.toPage());
        return new PageResponse<>(found.list(), query.page, query.size, found.count())
                .map(a -> new AuditEventView(a.id, a.occurredAt, a.actor, a.action, a.entityType, a.entityId, a.entityLabel, a.changes));
    }
}
