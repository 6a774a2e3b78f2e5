package ru.rostok.body.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.ru.INN;
import ru.rostok.common.Inns;
import ru.rostok.body.BodyKind;

@Schema(name = "BodyInput")
public record BodyInput(
        @NotBlank(message = "Укажите ИНН") @INN(type = INN.Type.JURIDICAL, message = Inns.MESSAGE) String inn,
        @NotNull(message = "Укажите вид органа") BodyKind kind,
        @NotBlank(message = "Укажите краткое наименование") @Size(max = 300, message = "Не длиннее 300 символов") String shortName,
        @NotBlank(message = "Укажите полное наименование") @Size(max = 1000, message = "Не длиннее 1000 символов") String fullName,
        @NotNull(message = "Укажите субъект") Long regionId,
        @Schema(description = "Empty for a regional body") Long municipalityId,
        @Size(max = 300, message = "Не длиннее 300 символов") String head,
        @Size(max = 500, message = "Не длиннее 500 символов") String address,
        @Schema(description = "Required on update: the version you read") Long version) {

    public BodyInput {
        inn = Inns.normalise(inn);
    }
}
