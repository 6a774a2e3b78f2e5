package ru.rostok.roadmap.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.evidence.ReportForm;
import ru.rostok.roadmap.MeasureStatus;
import ru.rostok.roadmap.RoadmapLevel;
import ru.rostok.roadmap.RoadmapStatus;
import ru.rostok.roadmap.service.MeasureReportView;
import ru.rostok.roadmap.service.MeasureReports;
import ru.rostok.roadmap.service.RoadmapInput;
import ru.rostok.roadmap.service.RoadmapService;
import ru.rostok.roadmap.service.RoadmapSummary;
import ru.rostok.roadmap.service.RoadmapView;
import ru.rostok.security.Role;

@Path("/api/v1/roadmaps")
@Tag(name = "Roadmaps")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RoadmapResource {
    @Inject
    RoadmapService roadmaps;

    @Inject
    MeasureReports reports;

    @Schema(name = "RoadmapTransitionInput")
    public record TransitionInput(@NotNull(message = "{validation.giveNewStatus}") RoadmapStatus to,
                                  @NotNull(message = "{validation.giveVersion}") Long version) {
    }

    @Schema(name = "RoadmapCorrectionInput", description = "The reason of a correction and the roadmap as it becomes")
    public record CorrectionInput(@NotBlank(message = "{validation.giveReasonForRevision}") @Size(max = 2000, message = "{validation.most2000Characters}") String reason,
                                  @Valid @NotNull(message = "{validation.sendRoadmap}") RoadmapInput roadmap) {
    }

    @GET
    @Operation(operationId = "listRoadmaps", summary = "Roadmaps in the caller's scope",
            description = "Sort fields: title, periodFrom, approvalDate, status, level, updatedAt.")
    public PageResponse<RoadmapSummary> list(@QueryParam("level") RoadmapLevel level, @QueryParam("status") RoadmapStatus status,
                                             @QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                                             @QueryParam("q") @Parameter(description = "Text in the title") String q,
                                             @BeanParam PageQuery query) {
        return roadmaps.list(level, status, regionId, municipalityId, q, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoadmap", summary = "A roadmap with its measures, deadlines, warnings and versions")
    public RoadmapView get(@PathParam("id") long id) {
        return roadmaps.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "createRoadmap", summary = "Draft a roadmap (analyst: region's; coordinator: municipality's; school staff: their school's)")
    public RestResponse<RoadmapView> create(@Valid @NotNull(message = "{validation.sendRoadmap}") RoadmapInput input, UriInfo uri) {
        RoadmapView created = roadmaps.create(input);
        return RestResponse.ResponseBuilder.<RoadmapView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "updateRoadmap", summary = "Change a draft roadmap (an approved one changes by a correction)")
    public RoadmapView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendRoadmap}") RoadmapInput input) {
        return roadmaps.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "moveRoadmap", summary = "Approve, start, complete or archive a roadmap")
    public RoadmapView move(@PathParam("id") long id, @Valid @NotNull(message = "{validation.giveNewStatus}") TransitionInput input) {
        return roadmaps.move(id, input.to(), input.version());
    }

    @POST
    @Path("/{id}/corrections")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "correctRoadmap", summary = "Correct an approved roadmap with a reason («внести коррективы»): a new version")
    public RoadmapView correct(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendRevision}") CorrectionInput input) {
        return roadmaps.correct(id, input.reason(), input.roadmap());
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @Operation(operationId = "getRoadmapRevision", summary = "The roadmap as it stood at a version: 0 as approved, then after each correction")
    public RoadmapView revision(@PathParam("id") long id, @PathParam("number") int number) {
        return roadmaps.revisionView(id, number);
    }

    @GET
    @Path("/{id}/measures/{measureId}/reports")
    @Operation(operationId = "listMeasureReports", summary = "Progress reports on a measure")
    public List<MeasureReportView> reports(@PathParam("id") long id, @PathParam("measureId") long measureId) {
        return reports.list(id, measureId);
    }

    @POST
    @Path("/{id}/measures/{measureId}/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "reportOnMeasure", summary = "Report progress on a measure, with evidence files")
    public RestResponse<MeasureReportView> report(@PathParam("id") long id, @PathParam("measureId") long measureId, @Valid ReportForm form) {
        MeasureStatus status;
        try {
            status = form.status == null || form.status.isBlank() ? null : MeasureStatus.valueOf(form.status.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("status", "roadmap.unknownMeasureStatus", form.status);
        }
        LocalDate occurrence;
        try {
            occurrence = form.occurrenceDue == null || form.occurrenceDue.isBlank() ? null : LocalDate.parse(form.occurrenceDue.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("occurrenceDue", "roadmap.dateFormat");
        }
        return RestResponse.status(RestResponse.Status.CREATED, reports.report(id, measureId, form.text, status, occurrence, form.files));
    }
}
