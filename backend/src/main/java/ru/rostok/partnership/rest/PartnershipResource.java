package ru.rostok.partnership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Uploads;
import ru.rostok.partnership.PartnershipStatus;
import ru.rostok.partnership.service.PartnershipService;
import ru.rostok.partnership.service.PartnershipViews;
import ru.rostok.security.Role;

@Path("/api/v1/partnerships")
@Tag(name = "Partnerships")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class PartnershipResource {
    /** A page of partnerships as the contract names it (the generic name would come from the class name of the item view). */
    @Schema(name = "PageResponsePartnership")
    record Page(List<PartnershipViews.View> items, int page, int size, long total) {
    }

    @Inject
    PartnershipService partnerships;

    @GET
    @Operation(operationId = "listPartnerships", summary = "Partnerships in which a school in the caller's scope takes part",
            description = "Sort fields: weakSchoolName, partnerSchoolName, municipalityName, status, planDue, updatedAt; default: the latest changed first (-updatedAt).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public PageResponse<PartnershipViews.View> list(
            @QueryParam("municipalityId") @Parameter(description = "Only those with a school of this municipality") Long municipalityId,
            @QueryParam("status") PartnershipStatus status,
            @QueryParam("schoolId") @Parameter(description = "Only those of this school, on either side") Long schoolId,
            @BeanParam PageQuery query) {
        return partnerships.list(municipalityId, status, schoolId, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnership", summary = "A partnership with its history")
    public PartnershipViews.View get(@PathParam("id") long id) {
        return partnerships.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "createPartnership", summary = "Propose a partner for a school with a weak position")
    public RestResponse<PartnershipViews.View> create(@Valid @NotNull(message = "{validation.sendPartnership}") PartnershipViews.Input input, UriInfo uri) {
        PartnershipViews.View p = partnerships.create(input);
        return RestResponse.ResponseBuilder.<PartnershipViews.View>created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
                .entity(p).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "movePartnership", summary = "Agreement, plan submitted, approved (or returned), active, closed")
    public PartnershipViews.View move(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendTransition}") PartnershipViews.TransitionInput input) {
        return partnerships.move(id, input);
    }

    @GET
    @Path("/plan")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportCombinedPlan", summary = "The methodological centre's combined plan of all partnerships (XLSX)")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response plan(@QueryParam("municipalityId") Long municipalityId) {
        StreamingOutput body = out -> partnerships.combinedPlan(municipalityId, out);
        return Response.ok(body, Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"partnership-plan-" + LocalDate.now() + ".xlsx\"").build();
    }
}
