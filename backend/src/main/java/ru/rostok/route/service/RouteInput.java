package ru.rostok.route.service;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.route.StepKind;

/** The route as a whole: its title, dates and steps in their order. The service checks every field and reports them together. */
@Schema(name = "RouteInput", description = "A route with its steps in order; on an update the kept steps carry their id, the others are removed")
public record RouteInput(@Schema(description = "Up to 500 characters") String title,
                         @Schema(description = "The teacher's competence assessment the route works on") Long assessmentId,
                         LocalDate startsOn, LocalDate endsOn,
                         @Schema(description = "1 to 50 steps in their order") List<StepInput> steps,
                         @Schema(description = "The version changed; required on an update") Long version) {

    @Schema(name = "RouteStepInput", description = "A step: new without an id, kept with its id (a done step cannot change)")
    public record StepInput(Long id, StepKind kind, @Schema(description = "Up to 1000 characters") String text,
                            @Schema(description = "The deficit the step works on, up to 300 characters") String topic, LocalDate due,
                            @Schema(description = "A teacher of a partner school; required for MENTORING") Long mentorId,
                            @Schema(description = "The teacher's further training a COURSE step is done by") Long trainingId) {
    }
}
