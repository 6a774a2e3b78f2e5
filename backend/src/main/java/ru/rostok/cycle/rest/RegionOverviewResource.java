package ru.rostok.cycle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.cycle.service.RegionOverview;
import ru.rostok.cycle.service.RegionOverviewService;
import ru.rostok.security.Role;

@Path("/api/v1/regions/{id}/overview")
@Tag(name = "Management cycle")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class RegionOverviewResource {
    @Inject
    RegionOverviewService overview;

    @GET
    @Operation(operationId = "regionOverview", summary = "A region at a glance: what changed since the last campaign and which municipalities are behind",
            description = "For the region's analysts and administrators; a coordinator of the region is refused (403). A change is called "
                    + "better or worse only when the 95 % intervals of the two means do not overlap.")
    public RegionOverview get(@PathParam("id") long id) {
        return overview.overview(id);
    }
}
