package ru.rostok.monitoring.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.SchoolScope;

@Schema(name = "CampaignInput", description = "A campaign as created or changed (only in draft); version is required for a change")
public record CampaignInput(
        @NotBlank(message = "Укажите название мониторинга") @Size(max = 500, message = "Не длиннее 500 знаков") String name,
        @NotBlank(message = "Укажите учебный год")
        @Pattern(regexp = "\\d{4}/\\d{4}", message = "Учебный год в виде 2020/2021") String academicYear,
        @NotBlank(message = "Укажите номер приказа") @Size(max = 40, message = "Не длиннее 40 знаков") String orderNumber,
        @NotNull(message = "Укажите дату приказа") LocalDate orderDate,
        @NotNull(message = "Укажите орган, издавший приказ") Long orderBodyId,
        @NotNull(message = "Укажите субъект") Long regionId,
        @Schema(description = "Set for a municipal campaign") Long municipalityId,
        @NotNull(message = "Укажите, какие школы участвуют") SchoolScope schoolScope,
        @Schema(description = "The schools of a LIST campaign") @Size(max = 20000, message = "Не больше 20 000 школ")
        List<@NotNull(message = "Пустая школа") Long> schoolIds,
        @NotEmpty(message = "Выберите хотя бы один показатель") @Size(max = 500, message = "Не больше 500 показателей")
        List<@Valid @NotNull(message = "Пустой показатель") Item> indicators,
        @NotNull(message = "Укажите дату начала сбора") LocalDate opensOn,
        @NotNull(message = "Укажите дату окончания сбора") LocalDate closesOn,
        Long version) {

    @Schema(name = "CampaignIndicatorInput")
    public record Item(@NotNull(message = "Укажите показатель") Long indicatorId, boolean required) {
    }
}
