package ru.rostok.control.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkItem", description = "A measure or a point assigned to the caller's body or school, not yet done")
public record WorkItem(
        @Schema(description = "MEASURE or POINT") String type,
        @Schema(description = "The roadmap's or decision's id") long planId,
        String planTitle,
        long itemId,
        String number,
        String text,
        String deadlineText,
        LocalDate due,
        boolean overdue,
        @Schema(description = "The measure's or point's status") String status) {
}
