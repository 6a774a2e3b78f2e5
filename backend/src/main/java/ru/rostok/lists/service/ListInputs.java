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
    public record RuleInput(@NotNull(message = "Укажите субъект") Long regionId,
                            @NotNull(message = "Укажите вид перечня") ListKind kind,
                            @NotBlank(message = "Укажите название") @Size(max = 500, message = "Не длиннее 500 знаков") String name,
                            @NotEmpty(message = "Добавьте хотя бы одно условие") @Size(max = 50, message = "Не больше 50 условий") List<@Valid @NotNull(message = "Пустое условие") Condition> conditions,
                            @NotNull(message = "Укажите, сколько условий должно выполняться") @Min(value = 1, message = "Не меньше 1") Integer minMatches,
                            @Min(value = 1, message = "Не меньше 1") @Max(value = 5, message = "Не больше 5") Integer consecutiveYears,
                            @Schema(description = "For a change only") Long version) {
    }

    @Schema(name = "SchoolListInput", description = "A draft list: the rule is evaluated on the campaigns (newest first) to propose candidates")
    public record ListInput(@NotNull(message = "Укажите субъект") Long regionId,
                            @NotNull(message = "Укажите год, на который составляется перечень") @Min(value = 2000, message = "Год — не раньше 2000") @Max(value = 2100, message = "Год — не позже 2100") Integer year,
                            @Size(max = 500, message = "Не длиннее 500 знаков") String title,
                            @NotNull(message = "Укажите правило") Long ruleId,
                            @NotEmpty(message = "Укажите мониторинги, по которым выявляются школы") @Size(max = 20, message = "Не больше 20 мониторингов")
                            List<@NotNull Long> campaignIds,
                            @Schema(description = "A school leaves the list when the rule has not held this many years in a row. Default 1")
                            @Min(value = 1, message = "Не меньше 1") @Max(value = 5, message = "Не больше 5") Integer exitYears) {
    }

    @Schema(name = "ListEntryDecision", description = "Put a school on the draft list or leave it off, with the reason")
    public record EntryDecision(@NotNull(message = "Укажите, включается ли школа") Boolean included,
                                @NotBlank(message = "Укажите причину") @Size(max = 2000, message = "Не длиннее 2000 знаков") String reason,
                                @NotNull(message = "Укажите версию перечня") Long version) {
    }

    @Schema(name = "ListApproval", description = "The order that approves the list")
    public record Approval(@NotBlank(message = "Укажите номер приказа") @Size(max = 40, message = "Не длиннее 40 знаков") String orderNumber,
                           @NotNull(message = "Укажите дату приказа") LocalDate orderDate,
                           @NotNull(message = "Укажите орган, издавший приказ") Long orderBodyId,
                           @NotNull(message = "Укажите версию перечня") Long version) {
    }
}
