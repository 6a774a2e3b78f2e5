package ru.rostok.staff.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Uploads;
import ru.rostok.security.Role;
import ru.rostok.staff.service.StaffExport;
import ru.rostok.staff.service.StaffFilter;
import ru.rostok.staff.service.StaffService;
import ru.rostok.staff.service.TeacherArchiveInput;
import ru.rostok.staff.service.TeacherInput;
import ru.rostok.staff.service.TeacherRestoreInput;
import ru.rostok.staff.service.TeacherSummary;
import ru.rostok.staff.service.TeacherView;

@Path("/api/v1/teachers")
@Tag(name = "Staff")
// personal data: never for integrators, which keep nothing
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class StaffResource {
    private static final String XLSX = Uploads.XLSX;

    @Inject
    StaffService staff;

    @Inject
    StaffExport export;

    @GET
    @Operation(operationId = "listTeachers", summary = "Teachers of the schools in the caller's scope, filtered, sorted and paged",
            description = "Sort fields: lastName, firstName, middleName, position, category, categoryDate, experienceYears, "
                    + "lastTrainingDate, schoolName, municipalityName; default: lastName,firstName,middleName.")
    public PageResponse<TeacherSummary> list(@BeanParam StaffFilter filter, @BeanParam PageQuery query) {
        return staff.list(filter, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTeacher", summary = "A teacher's card; the read is written to the audit")
    public TeacherView get(@PathParam("id") long id) {
        return staff.read(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateTeacher", summary = "Change a teacher's card", description = "The body must carry the version that was read.")
    public TeacherView update(@PathParam("id") long id, @NotNull(message = "{validation.sendTeacher}") TeacherInput input) {
        return staff.update(id, input);
    }

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveTeacher", summary = "A teacher has left: archive them with the reason (nobody is deleted)")
    public TeacherView archive(@PathParam("id") long id, @NotNull(message = "{validation.sendTeacher}") TeacherArchiveInput input) {
        return staff.archive(id, input);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(operationId = "restoreTeacher", summary = "Return an archived teacher to the staff")
    public TeacherView restore(@PathParam("id") long id, @NotNull(message = "{validation.sendTeacher}") TeacherRestoreInput input) {
        return staff.restore(id, input);
    }

    @GET
    @Path("/export")
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
}
