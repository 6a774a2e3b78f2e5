package ru.rostok.dossier.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.dossier.service.DossierService;
import ru.rostok.dossier.service.SchoolDossier;
import ru.rostok.security.Role;

@Path("/api/v1/schools/{id}/dossier")
@Tag(name = "School page")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SchoolDossierResource {
    @Inject
    DossierService dossier;

    @GET
    @Operation(operationId = "getSchoolDossier", summary = "Everything about the school: indicators over every campaign beside the medians, "
            + "positions in each analysis, roadmaps, decision points, recommendations, partnerships and submissions")
    public SchoolDossier get(@PathParam("id") long id) {
        return dossier.of(id);
    }
}
