package ru.rostok.training.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.training.TrainingFormat;

@Schema(name = "TrainingInput", description = "A course of further training planned for a teacher; version only when it is changed")
public record TrainingInput(
        @NotBlank(message = "{validation.giveProgramme}") @Size(max = 500, message = "{validation.most500Characters}") String programme,
        @NotBlank(message = "{validation.giveProvider}") @Size(max = 300, message = "{validation.most300Characters}") String provider,
        @NotNull(message = "{validation.giveHours}") @Min(value = 1, message = "{validation.hoursFrom1}")
        @Max(value = 2000, message = "{validation.hoursTo2000}") Integer hours,
        @NotNull(message = "{validation.giveStartsOn}") LocalDate startsOn,
        @NotNull(message = "{validation.giveEndsOn}") LocalDate endsOn,
        @NotNull(message = "{validation.giveFormat}") TrainingFormat format,
        @Schema(description = "A Subject code, if the programme is about one") String subject,
        @Schema(description = "The version being changed (PUT only)") Long version) {
}
