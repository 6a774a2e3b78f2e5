package ru.rostok.cycle.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.Verdict;

@Schema(name = "CycleRow", description = "A municipality's management cycle: every position, the total and the collegium's latest assessment")
public record CycleRow(long municipalityId, String municipalityName, long regionId, String regionName, long schools,
                       List<CycleCell> cells,
                       @Schema(description = "Positions done, a partial one counting as half") double done,
                       @Schema(description = "Positions that apply") int applicable,
                       @Schema(description = "done of applicable, 0–1 (0 where none applies)") double share,
                       @Schema(description = "The latest assessment of the municipality's education authority, if any") Assessment assessment) {

    @Schema(name = "CycleAssessment")
    public record Assessment(Verdict verdict, String verdictLabel, String words, long decisionId, String decisionNumber, LocalDate decisionDate) {
    }
}
