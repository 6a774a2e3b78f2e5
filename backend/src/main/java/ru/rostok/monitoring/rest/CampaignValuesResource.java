package ru.rostok.monitoring.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Uploads;
import ru.rostok.monitoring.service.CampaignValues;
import ru.rostok.monitoring.service.SchoolValues;
import ru.rostok.monitoring.service.ValueLoad;
import ru.rostok.monitoring.service.ValueRecord;
import ru.rostok.monitoring.service.ValueSheets;
import ru.rostok.monitoring.service.ValuesImportResult;
import ru.rostok.security.Role;

// Same class path as CampaignResource: JAX-RS picks a class by its path first, so sub-resources share it.
@Path("/api/v1/campaigns")
@Tag(name = "Campaign values")
@Authenticated
public class CampaignValuesResource {
    public static final String XLSX = Uploads.XLSX;
    public static final String CSV = Uploads.CSV;

    @Inject
    CampaignValues values;

    @Inject
    ValueSheets sheets;

    @Inject
    ValueLoad load;

    @ConfigProperty(name = "rostok.import.max-bytes")
    int maxImportBytes;

    @GET
    @Path("/{id}/values")
    @Operation(operationId = "campaignValues", summary = "The campaign's values table: one row a school, its values (server-side paged)",
            description = "Sort fields: schoolName, municipalityName, status.")
    public PageResponse<SchoolValues> table(@PathParam("id") long id,
                                            @QueryParam("municipalityId") @Parameter(description = "Only this municipality's schools") Long municipalityId,
                                            @QueryParam("q") @Parameter(description = "Text in the school's name, address or INN") String q,
                                            @BeanParam PageQuery query) {
        return values.table(id, municipalityId, q, query);
    }

    @GET
    @Path("/{id}/values/export")
    @Produces({CSV, XLSX})
    @Operation(operationId = "exportCampaignValues", summary = "Every value of the campaign in the caller's scope, long format, CSV or XLSX",
            description = "The CSV's first five columns are those the bulk load takes, so an export can be corrected and sent back.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(@PathParam("id") long id,
                           @QueryParam("format") @DefaultValue("xlsx") @Parameter(description = "csv or xlsx") String format) {
        boolean csv = "csv".equalsIgnoreCase(format);
        if (!csv && !"xlsx".equalsIgnoreCase(format)) {
            throw ApiException.invalid("format", "monitoring.exportFormat");
        }
        values.check(id);
        StreamingOutput body = csv ? out -> sheets.exportCsv(id, out) : out -> sheets.exportXlsx(id, out);
        return Response.ok(body, csv ? CSV + "; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"campaign-" + id + "-values" + (csv ? ".csv" : ".xlsx") + "\"")
                .build();
    }

    @GET
    @Path("/{id}/template")
    @Produces(XLSX)
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.INTEGRATOR})
    @Operation(operationId = "campaignTemplate", summary = "The XLSX template: schools × indicators, with codes, names and units, filled with the stored values")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("id") long id) {
        load.target(id);
        StreamingOutput body = out -> sheets.template(id, out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"campaign-" + id + "-template.xlsx\"").build();
    }

    @POST
    @Path("/{id}/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.INTEGRATOR})
    @Operation(operationId = "importCampaignValues", summary = "Load the filled template, all or nothing",
            description = "Empty cells leave stored values as they are. If any cell is wrong nothing is written and the answer (422) "
                    + "lists every error with its row and column. At most 5 MB.")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public ValuesImportResult importSheet(@PathParam("id") long id, InputStream file) throws IOException {
        byte[] bytes = Uploads.read(file, maxImportBytes);
        load.target(id);
        return load.load(id, sheets.readXlsx(id, bytes), "Загрузка XLSX");
    }

    @POST
    @Path("/{id}/values")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.INTEGRATOR})
    @Operation(operationId = "loadCampaignValues", summary = "Bulk load of values in long format (JSON array or CSV), idempotent",
            description = "CSV header: schoolInn,indicatorCode,value,numerator,denominator. A percent is given by numerator and "
                    + "denominator. All or nothing: any bad row answers 422 with every error and writes nothing. Sending the same "
                    + "batch again changes nothing (all rows counted as unchanged). An error's row is the CSV line number (the header is line 1), or the element's index in the JSON array (from 0).")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ValueRecord.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    public ValuesImportResult bulk(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        load.target(id);
        boolean csv = contentType != null && contentType.toLowerCase().startsWith(CSV);
        var rows = csv ? sheets.readCsv(body) : sheets.readJson(body);
        return load.load(id, rows, csv ? "Загрузка CSV" : "Загрузка JSON");
    }
}
