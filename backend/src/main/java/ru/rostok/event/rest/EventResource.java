package ru.rostok.event.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.WorkKind;
import ru.rostok.event.service.EventInput;
import ru.rostok.event.service.EventService;
import ru.rostok.event.service.EventView;
import ru.rostok.security.Role;

@Path("/api/v1/events")
@Tag(name = "Events")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class EventResource {
    @Inject
    EventService events;

    /** Files sent to an event as multipart/form-data. */
    @Schema(name = "EventFilesForm")
    public static class FilesForm {
        @RestForm("files")
        @Schema(type = SchemaType.ARRAY, implementation = String.class, format = "binary",
                description = "Up to 5 files of 10 MB: PDF, DOCX, XLSX, PPTX, ODT, ODS, TXT, CSV, PNG, JPG")
        public List<FileUpload> files;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "Events the caller sees: of a school, a municipality or a region, by kind and dates")
    public PageResponse<EventView> list(@QueryParam("schoolId") @Parameter(description = "Events naming the school") Long schoolId,
                                        @QueryParam("municipalityId") Long municipalityId, @QueryParam("regionId") Long regionId,
                                        @QueryParam("kind") WorkKind kind,
                                        @QueryParam("from") @Parameter(description = "Held on or after") LocalDate from,
                                        @QueryParam("to") @Parameter(description = "Held on or before") LocalDate to,
                                        @BeanParam PageQuery query) {
        return events.search(schoolId, municipalityId, regionId, kind, from, to, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "An event with its schools, participants and files")
    public EventView get(@PathParam("id") long id) {
        return events.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateEvent", summary = "Correct an event; the version read is required (409 when stale)")
    public EventView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendEvent}") EventInput input) {
        return events.update(id, input);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEvent", summary = "Remove an event recorded by mistake; the version read is required (409 when stale)")
    public RestResponse<Void> delete(@PathParam("id") long id,
                                     @QueryParam("version") @Parameter(description = "The version read", required = true) Long version) {
        events.delete(id, version);
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "attachEventFiles", summary = "Attach files to an event (minutes, a visit's notes, photos)")
    public EventView attach(@PathParam("id") long id, FilesForm form) {
        return events.attach(id, form.files);
    }
}
