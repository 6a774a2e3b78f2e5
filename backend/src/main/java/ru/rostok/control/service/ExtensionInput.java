package ru.rostok.control.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtensionInput", description = "A new deadline for a point, with the reason")
public record ExtensionInput(@NotNull(message = "Укажите новый срок") LocalDate newDue,
                             @NotBlank(message = "Укажите причину продления") @Size(max = 2000, message = "Не длиннее 2000 знаков") String reason,
                             @NotNull(message = "Укажите версию пункта") Long version) {
}
