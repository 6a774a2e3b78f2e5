package ru.rostok.control.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import ru.rostok.common.Uploads;
import ru.rostok.control.service.ControlDashboard;
import ru.rostok.control.service.ControlViews;
import ru.rostok.security.Role;

@Path("/api/v1/control")
@Tag(name = "Control")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class ControlResource {
    @Inject
    ControlViews views;

    @GET
    @Path("/dashboard")
    @Operation(operationId = "controlDashboard", summary = "Due in 7 and 30 days, overdue, by body and by territory, in the caller's scope")
    public ControlDashboard dashboard(@QueryParam("municipalityId") @Parameter(description = "Only this municipality's plans and decisions") Long municipalityId,
                                      @QueryParam("bodyId") @Parameter(description = "Only items this body answers for") Long bodyId) {
        return views.dashboard(municipalityId, bodyId);
    }

    @GET
    @Path("/export")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportControl", summary = "Everything under control, filtered as the dashboard, as XLSX")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("municipalityId") Long municipalityId, @QueryParam("bodyId") Long bodyId) {
        var items = views.filtered(municipalityId, bodyId);
        StreamingOutput body = out -> views.xlsx(items, out);
        return Response.ok(body, Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"control-" + LocalDate.now() + ".xlsx\"").build();
    }
}
