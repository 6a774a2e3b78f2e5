package ru.rostok.territory.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionInput")
public record RegionInput(
        @NotBlank(message = "Укажите код субъекта")
        @Pattern(regexp = "\\d{2,3}", message = "Код субъекта — две или три цифры") String code,
        @NotBlank(message = "Укажите наименование")
        @Size(max = 200, message = "Не длиннее 200 символов") String name,
        @Schema(description = "Required on update: the version you read") Long version) {
}
