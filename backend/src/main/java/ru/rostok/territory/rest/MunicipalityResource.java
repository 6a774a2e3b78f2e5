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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.security.Role;
import ru.rostok.territory.service.MunicipalityInput;
import ru.rostok.territory.service.MunicipalityService;
import ru.rostok.territory.service.MunicipalityView;

@Path("/api/v1/municipalities")
@Tag(name = "Territories")
@Authenticated
public class MunicipalityResource {
    @Inject
    MunicipalityService municipalities;

    @GET
    @Operation(operationId = "listMunicipalities", summary = "Municipalities in the caller's scope")
    public PageResponse<MunicipalityView> list(
            @QueryParam("regionId") @Parameter(description = "Only this region") Long regionId,
            @QueryParam("q") @Parameter(description = "Text in the name or OKTMO code") String q,
            @BeanParam PageQuery query) {
        return municipalities.list(regionId, q, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMunicipality", summary = "One municipality")
    public MunicipalityView get(@PathParam("id") long id) {
        return municipalities.get(id).orElseThrow(() -> ApiException.notFound("territory.municipalityNotFound", id));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "createMunicipality", summary = "Add a municipality (administrator, regional analyst)")
    public RestResponse<MunicipalityView> create(@Valid @NotNull(message = "{validation.sendMunicipalitySData}") MunicipalityInput input, UriInfo uri) {
        MunicipalityView created = municipalities.create(input);
        return RestResponse.ResponseBuilder.<MunicipalityView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "updateMunicipality", summary = "Change a municipality (administrator, regional analyst)")
    public MunicipalityView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendMunicipalitySData}") MunicipalityInput input) {
        return municipalities.update(id, input);
    }
}
