package ru.rostok.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.audit.service.AuditEventView;
import ru.rostok.audit.service.AuditService;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.security.Role;

@Path("/api/v1/audit")
@Tag(name = "Audit")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
public class AuditResource {
    @Inject
    AuditService audit;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "History of writes: administrators see all, analysts their region",
            description = "Newest first unless sorted otherwise.")
    public PageResponse<AuditEventView> list(
            @QueryParam("entityType") @Parameter(description = "Region, Municipality, Body or School") String entityType,
            @QueryParam("entityId") @Parameter(description = "Only this record") Long entityId,
            @BeanParam PageQuery query) {
        return audit.list(entityType, entityId, query);
    }
}
