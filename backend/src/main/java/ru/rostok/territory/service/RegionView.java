package ru.rostok.territory.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A subject of the Russian Federation")
public record RegionView(long id,
                         @Schema(description = "Код субъекта РФ", examples = "91") String code,
                         String name,
                         long municipalityCount,
                         long schoolCount,
                         long version) {
}
