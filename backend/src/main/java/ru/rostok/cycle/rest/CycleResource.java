package ru.rostok.cycle.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.Uploads;
import ru.rostok.cycle.service.CycleExport;
import ru.rostok.cycle.service.CycleMatrix;
import ru.rostok.cycle.service.CycleService;
import ru.rostok.security.Role;

@Path("/api/v1/cycle")
@Tag(name = "Management cycle")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class CycleResource {
    private static final String SORT = "Sort: name, total or a position (monitored, analysed, listApproved, municipalRoadmap, schoolRoadmaps, "
            + "partners, recommendations, reportsOnTime, effectAssessed, municipalityReported); «-» before it for descending. By a position: missing first.";

    @Inject
    CycleService cycle;

    @Inject
    CycleExport export;

    @GET
    @Operation(operationId = "cycleMatrix", summary = "The management cycle of a region's municipalities: each position done, partly or missing",
            description = "An analyst gets their region; an administrator the region asked, or with none the whole country; a coordinator "
                    + "their own municipality's row. " + SORT)
    public CycleMatrix matrix(@QueryParam("regionId") @Parameter(description = "The region (an administrator: none for the country)") Long regionId,
                              @QueryParam("sort") @Parameter(description = "name (default), total, a position; -field for descending") String sort) {
        return cycle.matrix(regionId, sort);
    }

    @GET
    @Path("/export")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportCycle", summary = "The management cycle matrix as XLSX, as the matrix shows it")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("regionId") Long regionId, @QueryParam("sort") String sort) {
        CycleMatrix matrix = cycle.matrix(regionId, sort);
        StreamingOutput body = out -> export.xlsx(matrix, out);
        return Response.ok(body, Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"cycle-" + LocalDate.now() + ".xlsx\"").build();
    }
}
