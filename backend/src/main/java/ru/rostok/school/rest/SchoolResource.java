package ru.rostok.school.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Uploads;
import ru.rostok.school.service.ImportResult;
import ru.rostok.school.service.SchoolExport;
import ru.rostok.school.service.SchoolFilter;
import ru.rostok.school.service.SchoolImport;
import ru.rostok.school.service.SchoolInput;
import ru.rostok.school.service.SchoolService;
import ru.rostok.school.service.SchoolView;
import ru.rostok.security.Role;

@Path("/api/v1/schools")
@Tag(name = "Schools")
@Authenticated
public class SchoolResource {
    public static final String XLSX = Uploads.XLSX;
    public static final String CSV = Uploads.CSV;

    @Inject
    SchoolService schools;

    @Inject
    SchoolExport export;

    @Inject
    SchoolImport importer;

    @ConfigProperty(name = "rostok.import.max-bytes")
    int maxImportBytes;

    @GET
    @Operation(operationId = "listSchools", summary = "Schools in the caller's scope, filtered, sorted and paged",
            description = "Sort fields: shortName, fullName, inn, type, settlement, pupils, teachers, municipalityName, updatedAt.")
    public PageResponse<SchoolView> list(@BeanParam SchoolFilter filter, @BeanParam PageQuery query) {
        return schools.list(filter, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSchool", summary = "A school's profile")
    public SchoolView get(@PathParam("id") long id) {
        return schools.get(id).orElseThrow(() -> ApiException.notFound("school.notFound", id));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "createSchool", summary = "Add a school (administrator, regional analyst, municipal coordinator)")
    public RestResponse<SchoolView> create(@Valid @NotNull(message = "{validation.sendSchoolSData}") SchoolInput input, UriInfo uri) {
        SchoolView created = schools.create(input);
        return RestResponse.ResponseBuilder.<SchoolView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
    @Operation(operationId = "updateSchool", summary = "Change a school's profile",
            description = "School staff may change their own school's profile but not its municipality. The body must carry the version that was read.")
    public SchoolView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendSchoolSData}") SchoolInput input) {
        return schools.update(id, input);
    }

    @GET
    @Path("/export")
    @Produces({CSV, XLSX})
    @Operation(operationId = "exportSchools", summary = "The filtered school list as CSV or XLSX")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@BeanParam SchoolFilter filter,
                           @QueryParam("sort") @Parameter(description = "As in the list") String order,
                           @QueryParam("format") @DefaultValue("xlsx") @Parameter(description = "csv or xlsx") String format) {
        PageQuery sort = PageQuery.all();
        sort.sort = order;
        schools.checkSort(sort);
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw ApiException.invalid("format", "school.exportFormat");
        }
        StreamingOutput body = csv ? out -> export.csv(filter, sort, out) : out -> export.xlsx(filter, sort, out);
        String name = "schools-" + LocalDate.now() + (csv ? ".csv" : ".xlsx");
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .build();
    }

    @GET
    @Path("/import/template")
    @Produces(XLSX)
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "schoolImportTemplate", summary = "An empty XLSX sheet with the import's columns")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        StreamingOutput body = out -> export.template(out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"schools-template.xlsx\"")
                .build();
    }

    @POST
    @Path("/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "importSchools", summary = "Add and update schools from an XLSX sheet, all or nothing",
            description = "A row with a known INN updates that school, a new INN adds one. If any row is wrong nothing is written "
                    + "and the answer (422) lists every error with its row number and column. At most 5 MB.")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public ImportResult importSchools(InputStream file) throws IOException {
        byte[] bytes = Uploads.read(file, maxImportBytes);
        return importer.run(bytes);
    }
}
