package ru.rostok.monitoring.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.ReviewAction;

@Schema(name = "ReviewInput", description = "Accept, return (with a comment) or reopen (with a comment) a submission")
public record ReviewInput(
        @NotNull(message = "Укажите действие") ReviewAction action,
        @Size(max = 4000, message = "Не длиннее 4000 знаков") String comment,
        @Schema(description = "Indicator code → comment on that value") @Size(max = 1000, message = "Не больше 1000 замечаний")
        Map<@Size(max = 40, message = "Код показателя не длиннее 40 знаков") String,
            @Size(max = 4000, message = "Не длиннее 4000 знаков") String> valueComments,
        @NotNull(message = "Укажите версию") Long version) {
}
