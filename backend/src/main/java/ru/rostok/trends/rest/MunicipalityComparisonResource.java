package ru.rostok.trends.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.Uploads;
import ru.rostok.security.Role;
import ru.rostok.trends.service.ComparisonExport;
import ru.rostok.trends.service.ComparisonService;
import ru.rostok.trends.service.ComparisonView;

@Path("/api/v1/campaigns/{id}")
@Tag(name = "Trends")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class MunicipalityComparisonResource {
    private static final String SORT = "name (default), schools, weak, middle, strong, composite, listed, overdue or a category "
            + "(results, objectivity, context, staff, conditions, management); «-» before it for descending";

    @Inject
    ComparisonService comparison;

    @Inject
    ComparisonExport export;

    @GET
    @Path("/municipality-comparison")
    @Operation(operationId = "municipalityComparison", summary = "The campaign's municipalities side by side, from its latest analysis",
            description = "An analyst sees every municipality of the region; a coordinator their own row and the region's totals. "
                    + "409 when the campaign has not been analysed yet.")
    public ComparisonView compare(@PathParam("id") long id, @QueryParam("sort") @Parameter(description = SORT) String sort) {
        return comparison.compare(id, sort);
    }

    @GET
    @Path("/municipality-comparison.xlsx")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportMunicipalityComparison", summary = "The comparison of the campaign's municipalities as XLSX, as the page shows it")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") long id, @QueryParam("sort") @Parameter(description = SORT) String sort) {
        ComparisonView view = comparison.compare(id, sort);
        StreamingOutput body = out -> export.xlsx(view, out);
        return Response.ok(body, Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"municipality-comparison-" + id + ".xlsx\"").build();
    }
}
