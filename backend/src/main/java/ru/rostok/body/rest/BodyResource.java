package ru.rostok.body.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.body.BodyKind;
import ru.rostok.body.service.BodyInput;
import ru.rostok.body.service.BodyService;
import ru.rostok.body.service.BodyView;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.security.Role;

@Path("/api/v1/bodies")
@Tag(name = "Bodies")
@Authenticated
public class BodyResource {
    @Inject
    BodyService bodies;

    @GET
    @Operation(operationId = "listBodies", summary = "Bodies of education administration in the caller's scope")
    public PageResponse<BodyView> list(
            @QueryParam("regionId") @Parameter(description = "Only this region") Long regionId,
            @QueryParam("municipalityId") @Parameter(description = "Only this municipality") Long municipalityId,
            @QueryParam("kind") @Parameter(description = "Only this kind") BodyKind kind,
            @BeanParam PageQuery query) {
        return bodies.list(regionId, municipalityId, kind, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBody", summary = "One body")
    public BodyView get(@PathParam("id") long id) {
        return bodies.get(id).orElseThrow(() -> ApiException.notFound("body.notFound", id));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "createBody", summary = "Add a body (administrator, regional analyst)")
    public RestResponse<BodyView> create(@Valid @NotNull(message = "{validation.sendBodySData}") BodyInput input, UriInfo uri) {
        BodyView created = bodies.create(input);
        return RestResponse.ResponseBuilder.<BodyView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "updateBody", summary = "Change a body (administrator, regional analyst)")
    public BodyView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendBodySData}") BodyInput input) {
        return bodies.update(id, input);
    }
}
