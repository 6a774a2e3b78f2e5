package ru.rostok.territory.rest;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.security.Role;
import ru.rostok.territory.service.RegionInput;
import ru.rostok.territory.service.RegionService;
import ru.rostok.territory.service.RegionView;

@Path("/api/v1/regions")
@Tag(name = "Territories")
@Authenticated
public class RegionResource {
    @Inject
    RegionService regions;

    @GET
    @Operation(operationId = "listRegions", summary = "Regions in the caller's scope")
    public PageResponse<RegionView> list(@BeanParam PageQuery query) {
        return regions.list(query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRegion", summary = "One region")
    public RegionView get(@PathParam("id") long id) {
        return regions.get(id).orElseThrow(() -> ApiException.notFound("territory.regionNotFound", id));
    }

    @POST
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "createRegion", summary = "Add a region (administrator)")
    public RestResponse<RegionView> create(@Valid @NotNull(message = "{validation.sendRegionSData}") RegionInput input, UriInfo uri) {
        RegionView created = regions.create(input);
        return RestResponse.ResponseBuilder.<RegionView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN)
    @Operation(operationId = "updateRegion", summary = "Change a region (administrator)")
    public RegionView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendRegionSData}") RegionInput input) {
        return regions.update(id, input);
    }
}
