package ru.rostok.lists.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.Condition;
import ru.rostok.lists.ListKind;

/** What the lists API accepts. */
public final class ListInputs {
    private ListInputs() {
    }

    @Schema(name = "IdentificationRuleInput", description = "Thresholds on indicators; minMatches of them must hold, consecutiveYears years in a row")
    public record RuleInput(@NotNull(message = "{validation.giveRegion}") Long regionId,
                            @NotNull(message = "{validation.giveKindList}") ListKind kind,
                            @NotBlank(message = "{validation.giveName}") @Size(max = 500, message = "{validation.most500Characters}") String name,
                            @NotEmpty(message = "{validation.addLeastOneCondition}") @Size(max = 50, message = "{validation.most50Conditions}") List<@Valid @NotNull(message = "{validation.emptyCondition}") Condition> conditions,
                            @NotNull(message = "{validation.sayHowManyConditionsMust}") @Min(value = 1, message = "{validation.least1}") Integer minMatches,
                            @Min(value = 1, message = "{validation.least1}") @Max(value = 5, message = "{validation.most5}") Integer consecutiveYears,
                            @Schema(description = "For a change only") Long version) {
    }

    @Schema(name = "SchoolListInput", description = "A draft list: the rule is evaluated on the campaigns (newest first) to propose candidates")
    public record ListInput(@NotNull(message = "{validation.giveRegion}") Long regionId,
                            @NotNull(message = "{validation.giveYearListDrawnFor}") @Min(value = 2000, message = "{validation.yearNotEarlierThan2000}") @Max(value = 2100, message = "{validation.yearNotLaterThan2100}") Integer year,
                            @Schema(description = "The last year the list is in force, for a list of several years; the year by default")
                            @Min(value = 2000, message = "{validation.yearNotEarlierThan2000}") @Max(value = 2100, message = "{validation.yearNotLaterThan2100}") Integer yearTo,
                            @Size(max = 500, message = "{validation.most500Characters}") String title,
                            @NotNull(message = "{validation.giveRule}") Long ruleId,
                            @NotEmpty(message = "{validation.giveMonitoringsWhichSchoolsIdentified}") @Size(max = 20, message = "{validation.most20Monitorings}")
                            List<@NotNull Long> campaignIds,
                            @Schema(description = "A school leaves the list when the rule has not held this many years in a row. Default 1")
                            @Min(value = 1, message = "{validation.least1}") @Max(value = 5, message = "{validation.most5}") Integer exitYears) {
    }

    @Schema(name = "ListEntryDecision", description = "Put a school on the draft list or leave it off, with the reason")
    public record EntryDecision(@NotNull(message = "{validation.sayWhetherSchoolIncluded}") Boolean included,
                                @NotBlank(message = "{validation.giveReason}") @Size(max = 2000, message = "{validation.most2000Characters}") String reason,
                                @NotNull(message = "{validation.giveListVersion}") Long version) {
    }

    @Schema(name = "ListApproval", description = "The order that approves the list")
    public record Approval(@NotBlank(message = "{validation.giveNumberOrder}") @Size(max = 40, message = "{validation.most40Characters}") String orderNumber,
                           @NotNull(message = "{validation.giveDateOrder}") LocalDate orderDate,
                           @NotNull(message = "{validation.giveBodyThatIssuedOrder}") Long orderBodyId,
                           @NotNull(message = "{validation.giveListVersion}") Long version) {
    }
}
