package ru.rostok.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.monitoring.service.MunicipalMonitoring;
import ru.rostok.monitoring.service.MunicipalProgress;
import ru.rostok.monitoring.service.MunicipalSubmissionView;
import ru.rostok.monitoring.service.ReviewInput;
import ru.rostok.monitoring.service.SubmissionInput;
import ru.rostok.security.Role;

// Same class path as CampaignResource: JAX-RS picks a class by its path first, so sub-resources share it.
@Path("/api/v1/campaigns")
@Tag(name = "Municipal submissions")
// the work of education authorities and the region: not for schools or integrators
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class MunicipalSubmissionResource {
    private static final String ONE = "/{id}/municipalities/{municipalityId}/submission";

    @Inject
    MunicipalMonitoring municipal;

    @GET
    @Path("/{id}/municipalities")
    @Operation(operationId = "municipalProgress", summary = "A campaign of municipalities: where each municipality's data stands (409 for a campaign of schools)")
    public MunicipalProgress progress(@PathParam("id") long campaignId) {
        return municipal.progress(campaignId);
    }

    @GET
    @Path(ONE)
    @Operation(operationId = "getMunicipalSubmission", summary = "A municipality's data in a campaign of municipalities (NOT_STARTED, version 0, before the first save)")
    public MunicipalSubmissionView get(@PathParam("id") long campaignId, @PathParam("municipalityId") long municipalityId) {
        return municipal.get(campaignId, municipalityId);
    }

    @PUT
    @Path(ONE)
    @RolesAllowed({Role.ADMIN, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "saveMunicipalSubmission", summary = "Save the municipality's values as a draft (its coordinator)",
            description = "Values not sent stay as they are; a value sent empty is cleared. A stale version answers 409 with the current state.")
    public MunicipalSubmissionView save(@PathParam("id") long campaignId, @PathParam("municipalityId") long municipalityId,
                                       @Valid @NotNull(message = "{validation.sendValues}") SubmissionInput input) {
        return municipal.save(campaignId, municipalityId, input);
    }

    @POST
    @Path(ONE + "/submit")
    @RolesAllowed({Role.ADMIN, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "submitMunicipalSubmission", summary = "Hand the municipality's data in for review (every required value filled)")
    public MunicipalSubmissionView submit(@PathParam("id") long campaignId, @PathParam("municipalityId") long municipalityId,
                                          @Valid @NotNull(message = "{validation.giveVersion}") VersionInput input) {
        return municipal.submit(campaignId, municipalityId, input.version());
    }

    @POST
    @Path(ONE + "/review")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "reviewMunicipalSubmission", summary = "Accept or return a municipality's handed-in data, or reopen accepted data (analyst)")
    public MunicipalSubmissionView review(@PathParam("id") long campaignId, @PathParam("municipalityId") long municipalityId,
                                          @Valid @NotNull(message = "{validation.giveAction}") ReviewInput input) {
        return municipal.review(campaignId, municipalityId, input);
    }
}
