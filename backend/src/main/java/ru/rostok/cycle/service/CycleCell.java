package ru.rostok.cycle.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.cycle.CellState;
import ru.rostok.cycle.Position;

@Schema(name = "CycleCell", description = "One position of a municipality's cycle: its state, the count where it has one, and what proves it")
public record CycleCell(Position position, CellState state,
                        @Schema(description = "Done of how many, where the position counts (schools, recommendations, reports)") Long done,
                        Long of,
                        @Schema(description = "The state in words: «выполнено», «3 из 5», «нет», «не применимо»") String text,
                        @Schema(description = "What the record says: the campaign, the order, why it does not apply") String note,
                        @Schema(description = "What proves it, or where to do it") CycleLink link,
                        @Schema(description = "What to do, when the position is not done") String todo) {
}
