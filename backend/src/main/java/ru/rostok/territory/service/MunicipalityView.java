package ru.rostok.territory.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.territory.MunicipalityKind;

@Schema(name = "Municipality", description = "A municipal formation")
public record MunicipalityView(long id,
                               long regionId,
                               String regionName,
                               @Schema(description = "Код ОКТМО", examples = "35715000") String oktmo,
                               String name,
                               MunicipalityKind kind,
                               long schoolCount,
                               long version) {
}
