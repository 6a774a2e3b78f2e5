package ru.rostok.control.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.control.DecisionKind;

@Schema(name = "DecisionSummary", description = "A decision in a list")
public record DecisionSummary(long id, DecisionKind kind, String number, LocalDate date, String title, String issuerLabel,
                              long regionId, String regionName, Long municipalityId, String municipalityName, long version) {
}
