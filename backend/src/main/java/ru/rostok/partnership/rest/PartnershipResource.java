package ru.rostok.partnership.rest;

import ru.rostok.partnership.service.PartnershipInput;
import ru.rostok.partnership.service.PartnershipTransitionInput;
import ru.rostok.partnership.service.PartnershipView;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
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
import ru.rostok.security.Role;

@Path("/api/v1/partnerships")
@Tag(name = "Partnerships")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class PartnershipResource {
    @Inject
    PartnershipService partnerships;

    @GET
    @Operation(operationId = "listPartnerships", summary = "Partnerships in which a school in the caller's scope takes part",
            description = "Sort fields: weakSchoolName, partnerSchoolName, municipalityName, status, planDue, updatedAt; default: the latest changed first (-updatedAt).")
    public PageResponse<PartnershipView> list(
            @QueryParam("municipalityId") @Parameter(description = "Only those with a school of this municipality") Long municipalityId,
            @QueryParam("status") PartnershipStatus status,
            @QueryParam("schoolId") @Parameter(description = "Only those of this school, on either side") Long schoolId,
            @BeanParam PageQuery query) {
        return partnerships.list(municipalityId, status, schoolId, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartnership", summary = "A partnership with its history")
    public PartnershipView get(@PathParam("id") long id) {
        return partnerships.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "createPartnership", summary = "Propose a partner for a school with a weak position")
    public RestResponse<PartnershipView> create(@Valid @NotNull(message = "{validation.sendPartnership}") PartnershipInput input, UriInfo uri) {
        PartnershipView p = partnerships.create(input);
        return RestResponse.ResponseBuilder.<PartnershipView>created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
                .entity(p).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "movePartnership", summary = "Agreement, plan submitted, approved (or returned), active, closed")
    public PartnershipView move(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendTransition}") PartnershipTransitionInput input) {
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
