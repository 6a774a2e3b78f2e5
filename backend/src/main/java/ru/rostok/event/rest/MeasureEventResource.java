package ru.rostok.event.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.event.service.EventInput;
import ru.rostok.event.service.EventService;
import ru.rostok.event.service.EventView;
import ru.rostok.security.Role;

@Path("/api/v1/roadmaps/{id}/measures/{measureId}/events")
@Tag(name = "Events")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class MeasureEventResource {
    @Inject
    EventService events;

    @GET
    @Operation(operationId = "listMeasureEvents", summary = "Events held on a measure, the latest first")
    public List<EventView> ofMeasure(@PathParam("id") long id, @PathParam("measureId") long measureId) {
        return events.ofMeasure(id, measureId);
    }

    @POST
    @Operation(operationId = "recordMeasureEvent", summary = "Record an event held on a measure (whoever reports on the measure)")
    public RestResponse<EventView> recordOnMeasure(@PathParam("id") long id, @PathParam("measureId") long measureId,
                                                   @Valid @NotNull(message = "{validation.sendEvent}") EventInput input) {
        return RestResponse.status(RestResponse.Status.CREATED, events.recordOnMeasure(id, measureId, input));
    }
}
