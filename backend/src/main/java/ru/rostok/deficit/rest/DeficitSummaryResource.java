package ru.rostok.deficit.rest;

import static ru.rostok.common.Uploads.XLSX;

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
import ru.rostok.deficit.service.DeficitSummaryExport;
import ru.rostok.deficit.service.DeficitSummaryService;
import ru.rostok.deficit.service.DeficitSummaryView;
import ru.rostok.security.Role;

@Path("/api/v1/deficits")
@Tag(name = "Deficits")
// counts only, yet of personal data: for those who see the teachers, never for integrators
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class DeficitSummaryResource {
    @Inject
    DeficitSummaryService summaries;

    @Inject
    DeficitSummaryExport export;

    @GET
    @Path("/summary")
    @Operation(operationId = "deficitSummary", summary = "Teachers with deficits by subject and topic in a region, a municipality or a school; ШНОР against the others",
            description = "Give one of regionId, municipalityId, schoolId; none means the caller's own territory. Each teacher counts once per "
                    + "subject, by the latest assessment in it.")
    public DeficitSummaryView summary(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                                      @QueryParam("schoolId") Long schoolId,
                                      @QueryParam("year") @Parameter(description = "Year of the approved ШНОР list to compare; default: the latest") Integer year) {
        return summaries.summary(regionId, municipalityId, schoolId, year);
    }

    @GET
    @Path("/summary/export")
    @Produces(XLSX)
    @Operation(operationId = "exportDeficitSummary", summary = "The same counts as an XLSX sheet")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                           @QueryParam("schoolId") Long schoolId, @QueryParam("year") Integer year) {
        summaries.summary(regionId, municipalityId, schoolId, year); // 404 and 400 before the file starts
        StreamingOutput body = out -> export.write(regionId, municipalityId, schoolId, year, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"deficits-" + LocalDate.now() + ".xlsx\"").build();
    }
}
