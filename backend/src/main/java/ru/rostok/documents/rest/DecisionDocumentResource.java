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
import ru.rostok.documents.output.DecisionDocument;
import ru.rostok.security.Role;

/** A decision as its document. */
@Path("/api/v1/decisions")
@Tag(name = "Documents")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class DecisionDocumentResource {
    @Inject
    DocumentWriter writer;

    @Inject
    DecisionDocument decisions;


    @GET
    @Path("/{id}/document")
    @Produces({DocumentFiles.DOCX, DocumentFiles.PDF})
    @Operation(operationId = "decisionDocument", summary = "The decision as a DOCX or PDF document",
            description = "Issuer, date and number, title, preamble, the points as numbered with their deadlines, the controller, the signature. Whoever sees the decision may download it.")
    @APIResponse(responseCode = "200", description = "The document",
            content = {@Content(mediaType = DocumentFiles.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = DocumentFiles.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response document(@PathParam("id") long id,
            @QueryParam("format") @Parameter(description = DocumentFiles.FORMAT) String format) {
        return DocumentFiles.download(writer, format, () -> decisions.of(id));
    }
}
