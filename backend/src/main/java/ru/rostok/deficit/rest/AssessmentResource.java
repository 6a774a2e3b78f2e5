package ru.rostok.deficit.rest;

import static ru.rostok.common.Uploads.XLSX;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.Uploads;
import ru.rostok.deficit.service.AssessmentImport;
import ru.rostok.deficit.service.AssessmentInput;
import ru.rostok.deficit.service.AssessmentService;
import ru.rostok.deficit.service.AssessmentView;
import ru.rostok.security.Role;

@Path("/api/v1/assessments")
@Tag(name = "Deficits")
// personal data: never for integrators
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class AssessmentResource {
    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentImport importer;

    @ConfigProperty(name = "rostok.import.max-bytes")
    int maxImportBytes;

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateAssessment", summary = "Correct a competence assessment; the version read is required (409 when stale)")
    public AssessmentView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.deficitSendAssessment}") AssessmentInput input) {
        return assessments.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAssessment", summary = "Remove an assessment entered by mistake; the version read is required (409 when stale)")
    public RestResponse<Void> delete(@PathParam("id") long id,
                                     @QueryParam("version") @Parameter(description = "The version read", required = true) Long version) {
        assessments.delete(id, version);
        return RestResponse.noContent();
    }

    @GET
    @Path("/template")
    @Produces(XLSX)
    @Operation(operationId = "assessmentImportTemplate", summary = "An empty XLSX sheet of a diagnostic's results: one row per teacher and topic")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        StreamingOutput body = importer::template;
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"assessments-template.xlsx\"").build();
    }

    @POST
    @Path("/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importAssessments", summary = "Add the assessments of a diagnostic from an XLSX sheet, all or nothing",
            description = "Rows of one teacher, subject and date make one assessment; a teacher is found by the school's INN and the full name. "
                    + "If any row is wrong nothing is written and the answer (422) lists every error with its row number and column. At most 5 MB.")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public AssessmentImport.Result importAssessments(InputStream file) throws IOException {
        return importer.run(Uploads.read(file, maxImportBytes));
    }
}
