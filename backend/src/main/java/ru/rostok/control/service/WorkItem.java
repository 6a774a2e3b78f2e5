package ru.rostok.control.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkItem", description = "A measure, a point or a targeted recommendation for the caller's body or school, not yet done")
public record WorkItem(
        @Schema(description = "MEASURE, POINT, RECOMMENDATION, ANNUAL_REPORT (a roadmap's annual analytical information, due 25 January) or ROUTE_STEP (a step of a teacher's individual route, due in 30 days or overdue)") String type,
        @Schema(description = "The roadmap's or decision's id (the recommendation's own for a recommendation, the route's for a route step)") long planId,
        String planTitle,
        long itemId,
        String number,
        String text,
        String deadlineText,
        LocalDate due,
        boolean overdue,
        @Schema(description = "The measure's or point's status") String status) {
}
