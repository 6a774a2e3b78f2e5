package ru.rostok.monitoring.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.service.IndicatorInput;
import ru.rostok.monitoring.service.IndicatorService;
import ru.rostok.monitoring.service.IndicatorView;
import ru.rostok.security.Role;

@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Authenticated
public class IndicatorResource {
    @Inject
    IndicatorService indicators;

    @GET
    @Operation(operationId = "listIndicators", summary = "The indicator catalogue of the caller's region",
            description = "Sort fields: code, name, category, updatedAt. Retired revisions only on request.")
    public PageResponse<IndicatorView> list(@QueryParam("regionId") @Parameter(description = "Only this region's catalogue") Long regionId,
                                            @QueryParam("category") @Parameter(description = "Only this group") IndicatorCategory category,
                                            @QueryParam("respondent") @Parameter(description = "Only those asked of schools, or of municipalities") Respondent respondent,
                                            @QueryParam("q") @Parameter(description = "Text in the code or name") String q,
                                            @QueryParam("includeRetired") @DefaultValue("false")
                                            @Parameter(description = "Also the revisions replaced by newer ones") boolean includeRetired,
                                            @BeanParam PageQuery query) {
        return indicators.list(regionId, category, respondent, q, includeRetired, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicator", summary = "An indicator")
    public IndicatorView get(@PathParam("id") long id) {
        return indicators.get(id).orElseThrow(() -> ApiException.notFound("monitoring.indicatorNotFound", id));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "createIndicator", summary = "Add an indicator to the region's catalogue (analyst)")
    public RestResponse<IndicatorView> create(@Valid @NotNull(message = "{validation.sendIndicator}") IndicatorInput input, UriInfo uri) {
        IndicatorView created = indicators.create(input);
        return RestResponse.ResponseBuilder.<IndicatorView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "updateIndicator", summary = "Change an indicator",
            description = "An indicator used by a campaign past draft keeps its meaning: such a change is refused (409 "
                    + "/problems/indicator-in-use); make a new revision instead.")
    public IndicatorView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendIndicator}") IndicatorInput input) {
        return indicators.update(id, input);
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "reviseIndicator", summary = "Give an indicator a new meaning as a new revision",
            description = "The old revision is retired and stays with the campaigns that collected values under it.")
    public RestResponse<IndicatorView> revise(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendIndicator}") IndicatorInput input,
                                              UriInfo uri) {
        IndicatorView created = indicators.revise(id, input);
        return RestResponse.ResponseBuilder.<IndicatorView>created(uri.getBaseUriBuilder().path("api/v1/indicators")
                .path(String.valueOf(created.id())).build()).entity(created).build();
    }
}
