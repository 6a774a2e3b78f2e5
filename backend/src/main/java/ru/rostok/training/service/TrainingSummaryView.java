package ru.rostok.training.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingSummary", description = "Further training of a year, planned against completed: by municipality, and ШНОР against the other schools")
public record TrainingSummaryView(int year,
                                  @Schema(description = "An approved list of ШНОР of the year (or the latest before it) exists") boolean lowResultsListed,
                                  List<Row> municipalities, Totals lowResults, Totals others, Totals total) {

    @Schema(name = "TrainingSummaryRow")
    public record Row(long municipalityId, String municipalityName, Totals totals) {
    }

    @Schema(name = "TrainingTotals", description = "Teachers (each once) and hours: planned for the year (not cancelled), and completed of those")
    public record Totals(long plannedTeachers, long plannedHours, long completedTeachers, long completedHours) {
    }
}
