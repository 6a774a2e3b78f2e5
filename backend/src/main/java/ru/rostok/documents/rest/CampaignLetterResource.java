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
import ru.rostok.documents.output.CampaignLetterDocument;
import ru.rostok.security.Role;

/** The information letter on a campaign's results. */
@Path("/api/v1/campaigns")
@Tag(name = "Documents")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class CampaignLetterResource {
    @Inject
    DocumentWriter writer;

    @Inject
    CampaignLetterDocument letters;


    @GET
    @Path("/{id}/letter")
    @Produces({DocumentFiles.DOCX, DocumentFiles.PDF})
    @Operation(operationId = "campaignLetter", summary = "The information letter on the monitoring results (DOCX or PDF)",
            description = "The campaign, each school's weak and strong positions from its latest analysis, the partner schools, what is asked of whom and by when. Whoever sees the campaign may download it.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {@Content(mediaType = DocumentFiles.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response letter(@PathParam("id") long id,
            @QueryParam("format") @Parameter(description = DocumentFiles.FORMAT) String format) {
        return DocumentFiles.download(writer, format, () -> letters.of(id));
    }
}
