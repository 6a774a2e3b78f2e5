package ru.rostok.risk.rest;

import ru.rostok.risk.service.RiskFactorInput;
import ru.rostok.risk.service.RiskFactorView;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.risk.service.RiskProfileService;
import ru.rostok.security.Role;

@Path("/api/v1/risk-factors")
@Tag(name = "Risk profiles")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RiskFactorResource {
    @Inject
    RiskProfileService risks;

    @GET
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "listRiskFactors",
            summary = "The risk factors of the caller's regions, in order (school staff see those behind their school's profile in it)",
            description = "Sort fields: regionId, position, name, updatedAt; default: by region, in the region's order (regionId,position).")
    public PageResponse<RiskFactorView> list(@QueryParam("regionId") Long regionId, @BeanParam PageQuery query) {
        return risks.factors(regionId, query);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "createRiskFactor", summary = "Add a risk factor with its weighted conditions and level thresholds")
    public RestResponse<RiskFactorView> create(@Valid @NotNull(message = "{validation.sendFactor}") RiskFactorInput input, UriInfo uri) {
        RiskFactorView f = risks.create(input);
        return RestResponse.ResponseBuilder.<RiskFactorView>created(uri.getAbsolutePathBuilder().path(String.valueOf(f.id())).build()).entity(f).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "updateRiskFactor", summary = "Change a risk factor")
    public RiskFactorView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendFactor}") RiskFactorInput input) {
        return risks.update(id, input);
    }
}
