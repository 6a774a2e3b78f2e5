package ru.rostok.school.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.ru.INN;
import ru.rostok.common.Inns;
import ru.rostok.school.SchoolType;
import ru.rostok.school.Settlement;

@Schema(name = "SchoolInput")
public record SchoolInput(
        @NotBlank(message = "Укажите ИНН") @INN(type = INN.Type.JURIDICAL, message = Inns.MESSAGE) String inn,
        @NotBlank(message = "Укажите краткое наименование") @Size(max = 300, message = "Не длиннее 300 символов") String shortName,
        @NotBlank(message = "Укажите полное наименование") @Size(max = 1000, message = "Не длиннее 1000 символов") String fullName,
        @NotNull(message = "Укажите тип школы") SchoolType type,
        @NotNull(message = "Укажите местность: городская или сельская") Settlement settlement,
        @NotBlank(message = "Укажите адрес") @Size(max = 500, message = "Не длиннее 500 символов") String address,
        @Size(max = 300, message = "Не длиннее 300 символов") String principal,
        @NotNull(message = "Укажите число обучающихся") @Min(value = 0, message = "Не может быть отрицательным")
        @Max(value = 10000, message = "Не больше 10 000") Integer pupils,
        @NotNull(message = "Укажите число педагогов") @Min(value = 0, message = "Не может быть отрицательным")
        @Max(value = 2000, message = "Не больше 2 000") Integer teachers,
        @NotNull(message = "Укажите муниципальное образование") Long municipalityId,
        @Schema(description = "Required on update: the version you read") Long version) {

    public SchoolInput {
        inn = Inns.normalise(inn);
    }
}
