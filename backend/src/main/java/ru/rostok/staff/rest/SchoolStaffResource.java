package ru.rostok.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.Uploads;
import ru.rostok.school.service.ImportResult;
import ru.rostok.security.Role;
import ru.rostok.staff.service.StaffExport;
import ru.rostok.staff.service.StaffImport;
import ru.rostok.staff.service.SchoolStaffView;
import ru.rostok.staff.service.StaffService;
import ru.rostok.staff.service.TeacherInput;
import ru.rostok.staff.service.TeacherView;

@Path("/api/v1/schools/{schoolId}/teachers")
@Tag(name = "Staff")
// personal data: never for integrators, which keep nothing
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SchoolStaffResource {
    private static final String XLSX = Uploads.XLSX;

    @Inject
    StaffService staff;

    @Inject
    StaffExport export;

    @Inject
    StaffImport importer;

    @ConfigProperty(name = "rostok.import.max-bytes")
    int maxImportBytes;

    @GET
    @Operation(operationId = "getSchoolStaff", summary = "A school's staff at a glance: how many work and left, and whether the caller keeps it")
    public SchoolStaffView get(@PathParam("schoolId") long schoolId) {
        return staff.ofSchool(schoolId);
    }

    @POST
    @Operation(operationId = "createTeacher", summary = "Add a teacher to a school's staff (the school, its coordinator)")
    public RestResponse<TeacherView> create(@PathParam("schoolId") long schoolId,
                                            @NotNull(message = "{validation.sendTeacher}") TeacherInput input, UriInfo uri) {
        TeacherView created = staff.create(schoolId, input);
        return RestResponse.ResponseBuilder.<TeacherView>created(uri.getBaseUriBuilder().path("api/v1/teachers/" + created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("/template")
    @Produces(XLSX)
    @Operation(operationId = "teacherImportTemplate", summary = "An empty XLSX sheet with the staff import's columns")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("schoolId") long schoolId) {
        staff.requireKept(schoolId);
        StreamingOutput body = out -> export.template(out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"teachers-template.xlsx\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importTeachers", summary = "Add and update a school's teachers from an XLSX sheet, all or nothing",
            description = "A row naming an active teacher of the school by their full name updates them, another adds a teacher. "
                    + "If any row is wrong nothing is written and the answer (422) lists every error with its row number and column. At most 5 MB.")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public ImportResult importTeachers(@PathParam("schoolId") long schoolId, InputStream file) throws IOException {
        byte[] bytes = Uploads.read(file, maxImportBytes);
        return importer.run(schoolId, bytes);
    }
}
