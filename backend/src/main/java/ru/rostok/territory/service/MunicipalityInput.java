package ru.rostok.territory.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.territory.MunicipalityKind;

@Schema(name = "MunicipalityInput")
public record MunicipalityInput(
        @NotNull(message = "{validation.giveRegion}") Long regionId,
        @NotBlank(message = "{validation.giveOktmoCode}")
        @Pattern(regexp = "\\d{8}|\\d{11}", message = "{validation.oktmoCode8Or11}") String oktmo,
        @NotBlank(message = "{validation.giveName2}")
        @Size(max = 300, message = "{validation.most300Characters}") String name,
        @NotNull(message = "{validation.giveKindMunicipality}") MunicipalityKind kind,
        @Schema(description = "Required on update: the version you read") Long version) {
}
