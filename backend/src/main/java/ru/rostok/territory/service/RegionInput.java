package ru.rostok.territory.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionInput")
public record RegionInput(
        @NotBlank(message = "{validation.giveRegionCode}")
        @Pattern(regexp = "\\d{2,3}", message = "{validation.regionCodeTwoOrThree}") String code,
        @NotBlank(message = "{validation.giveName2}")
        @Size(max = 200, message = "{validation.most200Characters2}") String name,
        @Schema(description = "Required on update: the version you read") Long version) {
}
