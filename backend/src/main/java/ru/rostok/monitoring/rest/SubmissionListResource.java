package ru.rostok.monitoring.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.monitoring.service.SubmissionService;
import ru.rostok.monitoring.service.SubmissionSummary;
import ru.rostok.security.Role;

@Path("/api/v1/submissions")
@Tag(name = "Submissions")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SubmissionListResource {
    @Inject
    SubmissionService submissions;

    @GET
    @Operation(operationId = "listSubmissions", summary = "Schools' tasks in open and past campaigns, in the caller's scope",
            description = "For school staff: their tasks; for a coordinator with status=SUBMITTED: the review queue. Sort fields: "
                    + "schoolName, municipalityName, status, submittedAt, closesOn, campaignName.")
    public PageResponse<SubmissionSummary> list(@QueryParam("campaignId") @Parameter(description = "Only this campaign") Long campaignId,
                                                @QueryParam("status") SubmissionStatus status,
                                                @QueryParam("municipalityId") @Parameter(description = "Only this municipality's schools") Long municipalityId,
                                                @QueryParam("q") @Parameter(description = "Text in the school's name, address or INN") String q,
                                                @BeanParam PageQuery query) {
        return submissions.list(campaignId, status, municipalityId, q, query);
    }

}
