package ru.rostok.training.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingCompletionInput", description = "The training completed: the day and the number of the certificate (удостоверение о повышении квалификации)")
public record CompletionInput(@NotNull(message = "{validation.giveCompletedOn}") LocalDate completedOn,
                              @NotBlank(message = "{validation.giveDocumentNumber}") @Size(max = 100, message = "{validation.most100Characters}")
                              String documentNumber,
                              @NotNull(message = "{validation.giveVersion}") Long version) {
}
