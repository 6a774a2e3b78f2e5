package ru.rostok.route.rest;

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
import java.util.List;
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
import ru.rostok.route.RouteStatus;
import ru.rostok.route.service.MentoredRoutes;
import ru.rostok.route.service.MentoredStepView;
import ru.rostok.route.service.RouteCloseInput;
import ru.rostok.route.service.RouteList;
import ru.rostok.route.service.RouteRow;
import ru.rostok.route.service.RouteService;
import ru.rostok.route.service.RouteStepReportInput;
import ru.rostok.route.service.RouteSummary;
import ru.rostok.route.service.RouteView;
import ru.rostok.route.service.RouteInput;
import ru.rostok.security.Role;

@Path("/api/v1/routes")
@Tag(name = "Routes")
// personal data: not for integrators, which keep nothing
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RouteResource {
    private static final String SORT = "Sort fields: teacherName, schoolName, title, status, startsOn, endsOn, updatedAt; default: teacherName.";

    @Inject
    RouteService routes;

    @Inject
    RouteList list;

    @Inject
    MentoredRoutes mentored;

    @GET
    @Operation(operationId = "listRoutes", summary = "Individual routes of the caller's teachers with their progress", description = SORT)
    public PageResponse<RouteRow> list(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                                       @QueryParam("schoolId") Long schoolId, @QueryParam("status") RouteStatus status, @BeanParam PageQuery query) {
        return list.list(new RouteList.Filter(regionId, municipalityId, schoolId, status), query);
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "summariseRoutes", summary = "Routes active, completed and cancelled, overdue steps, teachers with deficits; ШНОР against the others")
    public RouteSummary summary(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId) {
        return list.summary(regionId, municipalityId);
    }

    @GET
    @Path("/export")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportRoutes", summary = "The list of routes with the filters (XLSX)", description = SORT)
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                           @QueryParam("schoolId") Long schoolId, @QueryParam("status") RouteStatus status, @BeanParam PageQuery query) {
        RouteList.Filter filter = new RouteList.Filter(regionId, municipalityId, schoolId, status);
        query.sortKeys(java.util.Set.of("teacherName", "schoolName", "title", "status", "startsOn", "endsOn", "updatedAt"), "teacherName");
        StreamingOutput body = out -> list.xlsx(filter, query, out);
        return Response.ok(body, Uploads.XLSX).header("Content-Disposition", "attachment; filename=\"routes-" + LocalDate.now() + ".xlsx\"").build();
    }

    @GET
    @Path("/mentored")
    @Operation(operationId = "listMentoredSteps", summary = "Steps the teachers of a school mentor on the routes of partner schools")
    public List<MentoredStepView> mentored(@QueryParam("schoolId") @Parameter(required = true, description = "The mentors' school")
                                           @NotNull(message = "{validation.giveSchool}") Long schoolId) {
        return mentored.of(schoolId);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoute", summary = "An individual route with its steps")
    public RouteView get(@PathParam("id") long id) {
        return routes.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateRoute", summary = "Change the title, dates and steps (added, changed, reordered, removed); done steps stay as they are")
    public RouteView update(@PathParam("id") long id, @NotNull(message = "{validation.sendRoute}") RouteInput input) {
        return routes.update(id, input);
    }

    @POST
    @Path("/{id}/steps/{stepId}/report")
    @Operation(operationId = "reportRouteStep", summary = "Report a step done: what was done and when")
    public RouteView report(@PathParam("id") long id, @PathParam("stepId") long stepId,
                            @NotNull(message = "{validation.sendStepReport}") RouteStepReportInput input) {
        return routes.report(id, stepId, input);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeRoute", summary = "Complete the route once every step is done")
    public RouteView complete(@PathParam("id") long id, @NotNull(message = "{validation.giveVersion}") RouteCloseInput input) {
        return routes.complete(id, input);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelRoute", summary = "Cancel the route, with the reason")
    public RouteView cancel(@PathParam("id") long id, @NotNull(message = "{validation.sendCancellation}") RouteCloseInput input) {
        return routes.cancel(id, input);
    }
}
