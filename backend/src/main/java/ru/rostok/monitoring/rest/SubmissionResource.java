package ru.rostok.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.monitoring.service.ReviewInput;
import ru.rostok.monitoring.service.SubmissionInput;
import ru.rostok.monitoring.service.SubmissionService;
import ru.rostok.monitoring.service.SubmissionView;
import ru.rostok.security.Role;

// Same class path as CampaignResource: JAX-RS picks a class by its path first, so sub-resources share it.
@Path("/api/v1/campaigns")
@Tag(name = "Submissions")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SubmissionResource {
    private static final String ONE = "/{id}/schools/{schoolId}/submission";

    @Inject
    SubmissionService submissions;

    @GET
    @Path(ONE)
    @Operation(operationId = "getSubmission", summary = "A school's data in a campaign (NOT_STARTED, version 0, before the first save)")
    public SubmissionView get(@PathParam("id") long campaignId, @PathParam("schoolId") long schoolId) {
        return submissions.get(campaignId, schoolId);
    }

    @PUT
    @Path(ONE)
    @RolesAllowed({Role.ADMIN, Role.SCHOOL_STAFF})
    @Operation(operationId = "saveSubmission", summary = "Save the school's values as a draft",
            description = "Values not sent stay as they are; a value sent empty is cleared. A stale version answers 409 with the current state.")
    public SubmissionView save(@PathParam("id") long campaignId, @PathParam("schoolId") long schoolId,
                               @Valid @NotNull(message = "{validation.sendValues}") SubmissionInput input) {
        return submissions.save(campaignId, schoolId, input);
    }

    @POST
    @Path(ONE + "/submit")
    @RolesAllowed({Role.ADMIN, Role.SCHOOL_STAFF})
    @Operation(operationId = "submitSubmission", summary = "Hand the data in for review (every required value filled)")
    public SubmissionView submit(@PathParam("id") long campaignId, @PathParam("schoolId") long schoolId,
                                 @Valid @NotNull(message = "{validation.giveVersion}") VersionInput input) {
        return submissions.submit(campaignId, schoolId, input.version());
    }

    @POST
    @Path(ONE + "/review")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "reviewSubmission", summary = "Accept or return handed-in data (coordinator, analyst); reopen accepted data (analyst)")
    public SubmissionView review(@PathParam("id") long campaignId, @PathParam("schoolId") long schoolId,
                                 @Valid @NotNull(message = "{validation.giveAction}") ReviewInput input) {
        return submissions.review(campaignId, schoolId, input);
    }
}
