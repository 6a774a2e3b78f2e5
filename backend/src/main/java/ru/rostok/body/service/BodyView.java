package ru.rostok.body.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.body.BodyKind;

@Schema(name = "Body", description = "A body of education administration: ministry, education authority, methodological centre")
public record BodyView(long id,
                       @Schema(description = "ИНН") String inn,
                       BodyKind kind,
                       String shortName,
                       String fullName,
                       long regionId,
                       String regionName,
                       Long municipalityId,
                       String municipalityName,
                       @Schema(description = "Руководитель") String head,
                       String address,
                       long version) {
}
