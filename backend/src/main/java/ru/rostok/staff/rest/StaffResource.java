package ru.rostok.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
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
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Uploads;
import ru.rostok.school.service.ImportResult;
import ru.rostok.security.Role;
import ru.rostok.staff.service.StaffExport;
import ru.rostok.staff.service.StaffFilter;
import ru.rostok.staff.service.StaffImport;
import ru.rostok.staff.service.StaffService;
import ru.rostok.staff.service.TeacherArchiveInput;
import ru.rostok.staff.service.TeacherInput;
import ru.rostok.staff.service.TeacherRestoreInput;
import ru.rostok.staff.service.TeacherSummary;
import ru.rostok.staff.service.TeacherView;

@Path("/api/v1")
@Tag(name = "Staff")
// personal data: never for integrators, which keep nothing
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class StaffResource {
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
    @Path("/teachers")
    @Operation(operationId = "listTeachers", summary = "Teachers of the schools in the caller's scope, filtered, sorted and paged",
            description = "Sort fields: lastName, firstName, middleName, position, category, categoryDate, experienceYears, "
                    + "lastTrainingDate, schoolName, municipalityName; default: lastName,firstName,middleName.")
    public PageResponse<TeacherSummary> list(@BeanParam StaffFilter filter, @BeanParam PageQuery query) {
        return staff.list(filter, query);
    }

    @GET
    @Path("/teachers/{id}")
    @Operation(operationId = "getTeacher", summary = "A teacher's card; the read is written to the audit")
    public TeacherView get(@PathParam("id") long id) {
        return staff.read(id);
    }

    @POST
    @Path("/schools/{schoolId}/teachers")
    @Operation(operationId = "createTeacher", summary = "Add a teacher to a school's staff (the school, its coordinator)")
    public RestResponse<TeacherView> create(@PathParam("schoolId") long schoolId,
                                            @NotNull(message = "{validation.sendTeacher}") TeacherInput input, UriInfo uri) {
        TeacherView created = staff.create(schoolId, input);
        return RestResponse.ResponseBuilder.<TeacherView>created(uri.getBaseUriBuilder().path("api/v1/teachers/" + created.id()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/teachers/{id}")
    @Operation(operationId = "updateTeacher", summary = "Change a teacher's card", description = "The body must carry the version that was read.")
    public TeacherView update(@PathParam("id") long id, @NotNull(message = "{validation.sendTeacher}") TeacherInput input) {
        return staff.update(id, input);
    }

    @POST
    @Path("/teachers/{id}/archive")
    @Operation(operationId = "archiveTeacher", summary = "A teacher has left: archive them with the reason (nobody is deleted)")
    public TeacherView archive(@PathParam("id") long id, @NotNull(message = "{validation.sendTeacher}") TeacherArchiveInput input) {
        return staff.archive(id, input);
    }

    @POST
    @Path("/teachers/{id}/restore")
    @Operation(operationId = "restoreTeacher", summary = "Return an archived teacher to the staff")
    public TeacherView restore(@PathParam("id") long id, @NotNull(message = "{validation.sendTeacher}") TeacherRestoreInput input) {
        return staff.restore(id, input);
    }

    @GET
    @Path("/teachers/export")
    @Produces(XLSX)
    @Operation(operationId = "exportTeachers", summary = "The filtered staff list as XLSX; the export is written to the audit")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam StaffFilter filter, @QueryParam("sort") @Parameter(description = "As in the list") String order) {
        PageQuery sort = PageQuery.all();
        sort.sort = order;
        staff.checkSort(sort);
        staff.auditExport(filter);
        StreamingOutput body = out -> export.xlsx(filter, sort, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"teachers-" + LocalDate.now() + ".xlsx\"")
                .build();
    }

    @GET
    @Path("/schools/{schoolId}/teachers/template")
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
    @Path("/schools/{schoolId}/teachers/import")
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
