package ru.rostok.body.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.ru.INN;
import ru.rostok.common.Inns;
import ru.rostok.body.BodyKind;

@Schema(name = "BodyInput")
public record BodyInput(
        @NotBlank(message = "{validation.giveInn}") @INN(type = INN.Type.JURIDICAL, message = Inns.MESSAGE) String inn,
        @NotNull(message = "{validation.giveKindBody}") BodyKind kind,
        @NotBlank(message = "{validation.giveShortName}") @Size(max = 300, message = "{validation.most300Characters}") String shortName,
        @NotBlank(message = "{validation.giveFullName}") @Size(max = 1000, message = "{validation.most1000Characters2}") String fullName,
        @NotNull(message = "{validation.giveRegion}") Long regionId,
        @Schema(description = "Empty for a regional body") Long municipalityId,
        @Size(max = 300, message = "{validation.most300Characters}") String head,
        @Size(max = 500, message = "{validation.most500Characters2}") String address,
        @Schema(description = "Required on update: the version you read") Long version) {

    public BodyInput {
        inn = Inns.normalise(inn);
    }
}
