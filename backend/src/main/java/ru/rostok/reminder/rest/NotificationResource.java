package ru.rostok.reminder.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.reminder.service.NotificationView;
import ru.rostok.reminder.service.Notifications;
import ru.rostok.security.Role;

@Path("/api/v1/notifications")
@Tag(name = "Control")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class NotificationResource {
    @Inject
    Notifications notifications;

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's reminders of due-soon and overdue items, newest first",
            description = "Sort fields: createdAt, occurrenceDue.")
    public PageResponse<NotificationView> list(@QueryParam("unread") @DefaultValue("false") @Parameter(description = "Only those not yet read") boolean unread,
                                               @BeanParam PageQuery query) {
        return notifications.list(unread, query);
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "readNotification", summary = "Mark a reminder read")
    public NotificationView read(@PathParam("id") long id) {
        return notifications.read(id);
    }
}
