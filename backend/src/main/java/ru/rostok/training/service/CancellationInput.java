package ru.rostok.training.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingCancellationInput", description = "A planned training cancelled, with why if known")
public record CancellationInput(@Size(max = 1000, message = "{validation.most1000Characters}") String reason,
                                @NotNull(message = "{validation.giveVersion}") Long version) {
}
