package ru.rostok.documents.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.documents.output.DocumentWriter;
import ru.rostok.documents.output.AnnualReportDocument;
import ru.rostok.documents.output.RoadmapDocument;
import ru.rostok.security.Role;

/** A roadmap as its document, and its annual analytical information. */
@Path("/api/v1/roadmaps")
@Tag(name = "Documents")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RoadmapDocumentResource {
    @Inject
    DocumentWriter writer;

    @Inject
    RoadmapDocument roadmaps;

    @Inject
    AnnualReportDocument annualReports;


    @GET
    @Path("/{id}/document")
    @Produces({DocumentFiles.DOCX, DocumentFiles.PDF})
    @Operation(operationId = "roadmapDocument", summary = "The roadmap as a DOCX or PDF document",
            description = "The approval stamp, the title, the table of measures with their deadlines and responsible as written, the abbreviations. Whoever sees the roadmap may download it.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {@Content(mediaType = DocumentFiles.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") long id,
            @QueryParam("format") @Parameter(description = DocumentFiles.FORMAT) String format) {
        return DocumentFiles.download(writer, format, () -> roadmaps.of(id));
    }

    @GET
    @Path("/{id}/annual-report")
    @Produces({DocumentFiles.DOCX, DocumentFiles.PDF})
    @Operation(operationId = "roadmapAnnualReport", summary = "The annual analytical information on the roadmap (DOCX or PDF)",
            description = "Every measure due in the year with its deadline, status, reports and evidence files, the target indicators, what was overdue and why. Due by 25 January of the following year.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {@Content(mediaType = DocumentFiles.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response annualReport(@PathParam("id") long id,
            @QueryParam("year") @Parameter(description = "The year reported on; by default the last finished year of the plan's period") Integer year,
            @QueryParam("format") @Parameter(description = DocumentFiles.FORMAT) String format) {
        return DocumentFiles.download(writer, format, () -> annualReports.of(id, year));
    }
}
