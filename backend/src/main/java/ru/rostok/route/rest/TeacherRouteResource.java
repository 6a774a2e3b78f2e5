package ru.rostok.route.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.route.service.MentorView;
import ru.rostok.route.service.RouteInput;
import ru.rostok.route.service.RouteService;
import ru.rostok.route.service.RouteView;
import ru.rostok.security.Role;

@Path("/api/v1/teachers")
@Tag(name = "Routes")
// personal data: not for integrators, which keep nothing
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class TeacherRouteResource {
    @Inject
    RouteService routes;

    @GET
    @Path("/{teacherId}/routes")
    @Operation(operationId = "listTeacherRoutes", summary = "A teacher's individual routes, the latest first")
    public List<RouteView> list(@PathParam("teacherId") long teacherId) {
        return routes.ofTeacher(teacherId);
    }

    @POST
    @Path("/{teacherId}/routes")
    @Operation(operationId = "createRoute", summary = "Build an individual route for a teacher: steps with deadlines and mentors")
    public RestResponse<RouteView> create(@PathParam("teacherId") long teacherId,
                                          @NotNull(message = "{validation.sendRoute}") RouteInput input, UriInfo uri) {
        RouteView r = routes.create(teacherId, input);
        return RestResponse.ResponseBuilder.<RouteView>created(uri.getBaseUriBuilder().path("/api/v1/routes/" + r.id()).build()).entity(r).build();
    }

    @GET
    @Path("/{teacherId}/mentor-candidates")
    @Operation(operationId = "listMentorCandidates", summary = "Mentors for the teacher: teachers of the partner schools, best first",
            description = "Active teachers of the schools in a partnership not closed with the teacher's school, teaching the subject; the highest category and the longest experience first.")
    public List<MentorView> candidates(@PathParam("teacherId") long teacherId,
                                       @QueryParam("subject") @Parameter(description = "A subject code, e.g. MATHEMATICS") String subject) {
        return routes.candidates(teacherId, subject);
    }
}
