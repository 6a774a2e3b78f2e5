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
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.SchoolScope;

@Schema(name = "CampaignInput", description = "A campaign as created or changed (only in draft); version is required for a change")
public record CampaignInput(
        @NotBlank(message = "{validation.giveNameMonitoring}") @Size(max = 500, message = "{validation.most500Characters}") String name,
        @NotBlank(message = "{validation.giveAcademicYear}")
        @Pattern(regexp = "\\d{4}/\\d{4}", message = "{validation.academicYear20202021}") String academicYear,
        @NotBlank(message = "{validation.giveNumberOrder}") @Size(max = 40, message = "{validation.most40Characters}") String orderNumber,
        @NotNull(message = "{validation.giveDateOrder}") LocalDate orderDate,
        @NotNull(message = "{validation.giveBodyThatIssuedOrder}") Long orderBodyId,
        @NotNull(message = "{validation.giveRegion}") Long regionId,
        @Schema(description = "Set for a municipal campaign") Long municipalityId,
        @Schema(description = "Who answers: SCHOOL (when not given) or MUNICIPALITY (every municipality of the region; a regional campaign, schoolScope TERRITORY)")
        Respondent respondent,
        @NotNull(message = "{validation.sayWhichSchoolsTakePart}") SchoolScope schoolScope,
        @Schema(description = "The schools of a LIST campaign") @Size(max = 20000, message = "{validation.most20000Schools}")
        List<@NotNull(message = "{validation.emptySchool}") Long> schoolIds,
        @Schema(description = "The approved school list of a SCHOOL_LIST campaign: its schools within the campaign's territory take part")
        Long schoolListId,
        @NotEmpty(message = "{validation.chooseLeastOneIndicator}") @Size(max = 500, message = "{validation.most500Indicators}")
        List<@Valid @NotNull(message = "{validation.emptyIndicator}") Item> indicators,
        @NotNull(message = "{validation.giveStartDateCollection}") LocalDate opensOn,
        @NotNull(message = "{validation.giveEndDateCollection}") LocalDate closesOn,
        Long version) {

    @Schema(name = "CampaignIndicatorInput")
    public record Item(@NotNull(message = "{validation.giveIndicator}") Long indicatorId, boolean required) {
    }

    /** Schools unless municipalities are asked for. */
    public Respondent respondentOrDefault() {
        return respondent == null ? Respondent.SCHOOL : respondent;
    }
}
