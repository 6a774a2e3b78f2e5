package ru.rostok.control.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionInput", description = "A new deadline for a point, with the reason")
public record ExtensionInput(@NotNull(message = "{validation.giveNewDeadline}") LocalDate newDue,
                             @NotBlank(message = "{validation.giveReasonForExtension}") @Size(max = 2000, message = "{validation.most2000Characters}") String reason,
                             @NotNull(message = "{validation.givePointVersion}") Long version) {
}
