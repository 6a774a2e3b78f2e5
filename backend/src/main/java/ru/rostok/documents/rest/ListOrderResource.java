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
import ru.rostok.documents.output.ListOrderDocument;
import ru.rostok.security.Role;

/** The order approving a list of schools. */
@Path("/api/v1/school-lists")
@Tag(name = "Documents")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class ListOrderResource {
    @Inject
    DocumentWriter writer;

    @Inject
    ListOrderDocument orders;


    @GET
    @Path("/{id}/order")
    @Produces({DocumentFiles.DOCX, DocumentFiles.PDF})
    @Operation(operationId = "listOrderDocument", summary = "The order approving the list as a DOCX or PDF document",
            description = "The preamble with its basis, the points and the appendix table of the schools with the criteria each met and the years. A draft list gives a draft order marked «ПРОЕКТ». Whoever sees the list may download it.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {@Content(mediaType = DocumentFiles.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response order(@PathParam("id") long id,
            @QueryParam("format") @Parameter(description = DocumentFiles.FORMAT) String format) {
        return DocumentFiles.download(writer, format, () -> orders.of(id));
    }
}
