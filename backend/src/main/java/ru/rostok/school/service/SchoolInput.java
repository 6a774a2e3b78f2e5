package ru.rostok.school.service;

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
        @NotBlank(message = "{validation.giveInn}") @INN(type = INN.Type.JURIDICAL, message = Inns.MESSAGE) String inn,
        @NotBlank(message = "{validation.giveShortName}") @Size(max = 300, message = "{validation.most300Characters}") String shortName,
        @NotBlank(message = "{validation.giveFullName}") @Size(max = 1000, message = "{validation.most1000Characters2}") String fullName,
        @NotNull(message = "{validation.giveSchoolType}") SchoolType type,
        @NotNull(message = "{validation.giveSettlementUrbanOrRural}") Settlement settlement,
        @NotBlank(message = "{validation.giveAddress}") @Size(max = 500, message = "{validation.most500Characters2}") String address,
        @Size(max = 300, message = "{validation.most300Characters}") String principal,
        @NotNull(message = "{validation.giveNumberPupils}") @Min(value = 0, message = "{validation.cannotNegative}")
        @Max(value = 10000, message = "{validation.most10000}") Integer pupils,
        @NotNull(message = "{validation.giveNumberTeachers}") @Min(value = 0, message = "{validation.cannotNegative}")
        @Max(value = 2000, message = "{validation.most2000}") Integer teachers,
        @NotNull(message = "{validation.giveMunicipality}") Long municipalityId,
        @Schema(description = "Required on update: the version you read") Long version) {

    public SchoolInput {
        inn = Inns.normalise(inn);
    }
}
