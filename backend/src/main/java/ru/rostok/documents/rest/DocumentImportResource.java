package ru.rostok.documents.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.rostok.common.ApiException;
import ru.rostok.common.Uploads;
import ru.rostok.control.service.DecisionInput;
import ru.rostok.control.service.DecisionView;
import ru.rostok.documents.input.SourceFiles;
import ru.rostok.documents.service.DocumentDraft;
import ru.rostok.documents.service.DocumentImportService;
import ru.rostok.roadmap.service.RoadmapInput;
import ru.rostok.roadmap.service.RoadmapView;
import ru.rostok.security.Role;

@Path("/api/v1/documents")
@Tag(name = "Documents")
@Consumes(MediaType.MULTIPART_FORM_DATA)
public class DocumentImportResource {
    @Inject
    DocumentImportService imports;

    @Schema(name = "DocumentDraftForm")
    public static class DraftForm {
        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary", required = true,
                description = "A decision or a roadmap: TXT (UTF-8 or Windows-1251), DOCX, or XLSX for a roadmap's table; up to 5 MB")
        public FileUpload file;

        @RestForm
        @Schema(description = "DECISION or ROADMAP when the caller knows which; otherwise read from the file")
        public DocumentDraft.DocumentType type;

        @RestForm
        @Schema(description = "The region the document belongs to, when it cannot be read from the document")
        public Long regionId;

        @RestForm
        @Schema(description = "The municipality the document belongs to, when it cannot be read from the document")
        public Long municipalityId;
    }

    @Schema(name = "ImportedDecisionForm")
    public static class DecisionForm {
        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The file the decision was read from")
        public FileUpload file;

        @RestForm
        @PartType(MediaType.APPLICATION_JSON)
        @Valid
        @NotNull(message = "{validation.sendDecision}")
        @Schema(required = true, description = "The decision as checked and corrected (a JSON part)")
        public DecisionInput decision;
    }

    @Schema(name = "ImportedRoadmapForm")
    public static class RoadmapForm {
        @RestForm
        @Schema(type = SchemaType.STRING, format = "binary", required = true, description = "The file the plan was read from")
        public FileUpload file;

        @RestForm
        @PartType(MediaType.APPLICATION_JSON)
        @Valid
        @NotNull(message = "{validation.sendMeasures}")
        @Schema(required = true, description = "The plan as checked and corrected (a JSON part)")
        public RoadmapInput roadmap;
    }

    @POST
    @Path("/drafts")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "draftDocument", summary = "Read a decision or a roadmap from its file into a draft; nothing is saved",
            description = "400 for a file that is empty, corrupt, encrypted, of another kind, or not a decision or a roadmap; 413 past 5 MB.")
    public DocumentDraft draft(@Valid DraftForm form) {
        return imports.draft(name(form.file), read(form.file), form.type, form.regionId, form.municipalityId);
    }

    @POST
    @Path("/decisions")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "createImportedDecision", summary = "Save a decision read from a file, keeping the file as its source",
            description = "As createDecision; the file is kept and shown as the decision's source.")
    public RestResponse<DecisionView> saveDecision(@Valid DecisionForm form, UriInfo uri) {
        DecisionView created = imports.saveDecision(name(form.file), read(form.file), form.decision);
        return RestResponse.ResponseBuilder.<DecisionView>created(uri.getBaseUriBuilder().path("api/v1/decisions/{id}").build(created.id()))
                .entity(created).build();
    }

    @POST
    @Path("/roadmaps")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "createImportedRoadmap", summary = "Save a roadmap read from a file, keeping the file as its source",
            description = "As createRoadmap; the file is kept and shown as the plan's source.")
    public RestResponse<RoadmapView> saveRoadmap(@Valid RoadmapForm form, UriInfo uri) {
        RoadmapView created = imports.saveRoadmap(name(form.file), read(form.file), form.roadmap);
        return RestResponse.ResponseBuilder.<RoadmapView>created(uri.getBaseUriBuilder().path("api/v1/roadmaps/{id}").build(created.id()))
                .entity(created).build();
    }

    private static String name(FileUpload file) {
        return file == null || file.fileName() == null || file.fileName().isBlank() ? "документ" : file.fileName().strip();
    }

    private static byte[] read(FileUpload file) {
        if (file == null) {
            throw ApiException.invalid("file", "documents.fileMissing");
        }
        if (file.size() == 0) {
            throw ApiException.invalid("file", "common.fileEmpty"); // on the field, where the page shows it
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return Uploads.read(in, SourceFiles.MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
