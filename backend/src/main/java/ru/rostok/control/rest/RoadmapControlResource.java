package ru.rostok.control.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.control.service.ControllingPoint;
import ru.rostok.control.service.PointLinks;
import ru.rostok.security.Role;

/** The decision points that control a roadmap: served by control, which sits above roadmaps. */
@Path("/api/v1/roadmaps/{id}/controlling-points")
@Tag(name = "Decisions")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RoadmapControlResource {
    @Inject
    PointLinks links;

    @GET
    @Operation(operationId = "listControllingPoints", summary = "The decision points that control the roadmap or its measures",
            description = "Points of decisions the caller sees; 404 when the roadmap is not the caller's to see.")
    public List<ControllingPoint> list(@PathParam("id") long id) {
        return links.controlling(id);
    }
}
