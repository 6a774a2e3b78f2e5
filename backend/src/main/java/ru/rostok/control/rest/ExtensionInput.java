package ru.rostok.control.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionInput", description = "A new deadline for a point, with the reason")
public record ExtensionInput(@NotNull(message = "Укажите новый срок") LocalDate newDue,
                             @NotBlank(message = "Укажите причину продления") String reason,
                             @NotNull(message = "Укажите версию пункта") Long version) {
}
