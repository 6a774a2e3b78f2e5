package ru.rostok.cycle.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.cycle.Position;

@Schema(name = "CycleMatrix", description = "Municipalities × positions of the management cycle, computed from the data on the date")
public record CycleMatrix(LocalDate date, @Schema(description = "The region, or null for the whole country") Long regionId,
                          List<Column> positions, List<CycleRow> rows) {

    @Schema(name = "CycleColumn")
    public record Column(Position position, String key, String title) {
    }
}
