package ru.rostok.route.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RouteStepReportInput", description = "What was done on the step and when; the route's version")
public record RouteStepReportInput(String report, LocalDate reportedOn, Long version) {
}
