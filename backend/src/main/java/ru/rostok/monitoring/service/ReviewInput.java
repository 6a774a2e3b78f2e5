package ru.rostok.monitoring.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.ReviewAction;

@Schema(name = "ReviewInput", description = "Accept, return (with a comment) or reopen (with a comment) a submission")
public record ReviewInput(
        @NotNull(message = "{validation.giveAction}") ReviewAction action,
        @Size(max = 4000, message = "{validation.most4000Characters}") String comment,
        @Schema(description = "Indicator code → comment on that value") @Size(max = 1000, message = "{validation.most1000Remarks}")
        Map<@Size(max = 40, message = "{validation.indicatorCodeMost40Characters}") String,
            @Size(max = 4000, message = "{validation.most4000Characters}") String> valueComments,
        @NotNull(message = "{validation.giveVersion}") Long version) {
}
