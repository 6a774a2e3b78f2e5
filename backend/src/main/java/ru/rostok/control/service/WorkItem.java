package ru.rostok.control.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkItem", description = "A measure, a point, a targeted recommendation a teacher's training due or a step of their route, for the caller's body or school, not yet done")
public record WorkItem(
        @Schema(description = "MEASURE, POINT, RECOMMENDATION, ANNUAL_REPORT (a roadmap's annual analytical information, due 25 January), "
                + "TRAINING_DUE or CATEGORY_EXPIRES (a teacher's further training or qualification category falling due) "
                + "or ROUTE_STEP (a step of a teacher's individual route, due in 30 days or overdue)") String type,
        @Schema(description = "The roadmap's or decision's id (the recommendation's own for a recommendation, the route's for a route step)") long planId,
        String planTitle,
        long itemId,
        String number,
        String text,
        String deadlineText,
        LocalDate due,
        boolean overdue,
        @Schema(description = "The measure's or point's status") String status,
        @Schema(description = "The school of a training item: its training page for a coordinator's item of the whole school") Long schoolId,
        @Schema(description = "The teacher of a training item of one teacher (school staff)") Long teacherId) {

    public WorkItem(String type, long planId, String planTitle, long itemId, String number, String text, String deadlineText, LocalDate due,
                    boolean overdue, String status) {
        this(type, planId, planTitle, itemId, number, text, deadlineText, due, overdue, status, null, null);
    }
}
