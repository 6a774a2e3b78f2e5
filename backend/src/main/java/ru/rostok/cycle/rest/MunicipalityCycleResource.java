package ru.rostok.cycle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.cycle.service.CycleRow;
import ru.rostok.cycle.service.CycleService;
import ru.rostok.security.Role;

@Path("/api/v1/municipalities/{id}/cycle")
@Tag(name = "Management cycle")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class MunicipalityCycleResource {
    @Inject
    CycleService cycle;

    @GET
    @Operation(operationId = "municipalityCycle", summary = "One municipality's management cycle: what is done, what is missing and where to do it")
    public CycleRow row(@PathParam("id") long id) {
        return cycle.row(id);
    }
}
