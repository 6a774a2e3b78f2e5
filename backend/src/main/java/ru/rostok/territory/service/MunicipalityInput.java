package ru.rostok.territory.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.territory.MunicipalityKind;

@Schema(name = "MunicipalityInput")
public record MunicipalityInput(
        @NotNull(message = "Укажите субъект") Long regionId,
        @NotBlank(message = "Укажите код ОКТМО")
        @Pattern(regexp = "\\d{8}|\\d{11}", message = "Код ОКТМО — 8 или 11 цифр") String oktmo,
        @NotBlank(message = "Укажите наименование")
        @Size(max = 300, message = "Не длиннее 300 символов") String name,
        @NotNull(message = "Укажите вид муниципального образования") MunicipalityKind kind,
        @Schema(description = "Required on update: the version you read") Long version) {
}
