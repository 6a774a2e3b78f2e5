package ru.rostok.control.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ControlDashboard", description = "What is under control in the caller's scope: due soon, overdue, by body and by territory")
public record ControlDashboard(LocalDate today, Counts total, List<Row> byBody, List<Row> byTerritory, List<WorkItem> items) {

    @Schema(name = "ControlCounts")
    public record Counts(long open, long overdue, long dueIn7, long dueIn30) {
    }

    @Schema(name = "ControlRow", description = "Counts of one body (or «all schools», or a responsible named only in words) or one territory")
    public record Row(@Schema(description = "body:<id>, schools, label:<text>; region or municipality:<id>") String key, String name,
                      @Schema(description = "The body, for a row of a body: what the dashboard's bodyId filter takes") Long bodyId,
                      @Schema(description = "The municipality, for a row of a municipality") Long municipalityId, Counts counts) {
    }
}
