package ru.rostok.route.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RouteSummary", description = "Routes of a region or municipality: all, in ШНОР (on the region's latest approved list) and in the other schools")
public record RouteSummary(Counts all, Counts lowResults, Counts others) {

    @Schema(name = "RouteCounts")
    public record Counts(long active, long completed, long cancelled,
                         @Schema(description = "Steps of active routes not done whose due date passed") long stepsOverdue,
                         @Schema(description = "Teachers whose competence assessment found a deficit") long teachersWithDeficits,
                         @Schema(description = "Of them, those with a route not cancelled") long teachersWithDeficitsAndRoute) {
        Counts plus(Counts o) {
            return new Counts(active + o.active, completed + o.completed, cancelled + o.cancelled, stepsOverdue + o.stepsOverdue,
                    teachersWithDeficits + o.teachersWithDeficits, teachersWithDeficitsAndRoute + o.teachersWithDeficitsAndRoute);
        }
    }
}
