package ru.rostok.control.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.control.DecisionKind;
import ru.rostok.control.service.DecisionInput;
import ru.rostok.control.service.DecisionService;
import ru.rostok.control.service.DecisionSummary;
import ru.rostok.control.service.DecisionView;
import ru.rostok.control.service.ExecutionReportView;
import ru.rostok.control.service.ExecutionService;
import ru.rostok.control.service.ExtensionInput;
import ru.rostok.control.service.ReportReviewInput;
import ru.rostok.evidence.ReportForm;
import ru.rostok.security.Role;

@Path("/api/v1/decisions")
@Tag(name = "Decisions")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class DecisionResource {
    private static final String POINT = "/{id}/points/{pointId}";

    @Inject
    DecisionService decisions;

    @Inject
    ExecutionService execution;

    @GET
    @Operation(operationId = "listDecisions", summary = "Decisions in the caller's scope", description = "Sort fields: date, number, title, updatedAt.")
    public PageResponse<DecisionSummary> list(@QueryParam("kind") DecisionKind kind, @QueryParam("regionId") Long regionId,
                                              @QueryParam("municipalityId") Long municipalityId,
                                              @QueryParam("q") @Parameter(description = "Text in the title or number") String q,
                                              @BeanParam PageQuery query) {
        return decisions.list(kind, regionId, municipalityId, q, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDecision", summary = "A decision with its points, deadlines, assignees, status and warnings")
    public DecisionView get(@PathParam("id") long id) {
        return decisions.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "createDecision", summary = "Enter a decision with its points (analyst: region's; coordinator: municipality's)")
    public RestResponse<DecisionView> create(@Valid @NotNull(message = "{validation.sendDecision}") DecisionInput input, jakarta.ws.rs.core.UriInfo uri) {
        DecisionView created = decisions.create(input);
        return RestResponse.ResponseBuilder.<DecisionView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "updateDecision", summary = "Correct a decision as entered: details and points (send each kept point's id)",
            description = "A point left out is removed unless it has reports or an extension (409). 409 also when the version is stale.")
    public DecisionView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendDecision}") DecisionInput input) {
        return decisions.update(id, input);
    }

    @GET
    @Path(POINT + "/reports")
    @Operation(operationId = "listExecutionReports", summary = "Reports of execution of a point (school staff: their school's)")
    public List<ExecutionReportView> reports(@PathParam("id") long id, @PathParam("pointId") long pointId) {
        return execution.reports(id, pointId);
    }

    @POST
    @Path(POINT + "/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "reportOnPoint", summary = "Report execution of a point, with evidence files (its assignee; each school for a point of every school)")
    public RestResponse<ExecutionReportView> report(@PathParam("id") long id, @PathParam("pointId") long pointId, @Valid ReportForm form) {
        return RestResponse.status(RestResponse.Status.CREATED, execution.report(id, pointId, form.text, form.files));
    }

    @POST
    @Path(POINT + "/reports/{reportId}/review")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "reviewExecutionReport", summary = "Accept a report (the point leaves control) or return it (the controller)")
    public ExecutionReportView review(@PathParam("id") long id, @PathParam("pointId") long pointId, @PathParam("reportId") long reportId,
                                      @Valid @NotNull(message = "{validation.giveDecision}") ReportReviewInput input) {
        return execution.review(id, pointId, reportId, input);
    }

    @POST
    @Path(POINT + "/extensions")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "extendPoint", summary = "Move a point's deadline, with the reason (the controller)")
    public DecisionView extend(@PathParam("id") long id, @PathParam("pointId") long pointId,
                               @Valid @NotNull(message = "{validation.giveNewDeadline}") ExtensionInput input) {
        execution.extend(id, pointId, input);
        return decisions.get(id);
    }
}
