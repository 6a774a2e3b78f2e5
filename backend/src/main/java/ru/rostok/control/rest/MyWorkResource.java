package ru.rostok.control.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.control.service.MyWork;
import ru.rostok.control.service.WorkItem;
import ru.rostok.security.Role;

@Path("/api/v1/my-work")
@Tag(name = "Control")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class MyWorkResource {
    @Inject
    MyWork work;

    @GET
    @Operation(operationId = "myWork", summary = "Measures and points assigned to the caller's body or school, not yet done, nearest due first")
    public List<WorkItem> list() {
        return work.items();
    }
}
