package ru.rostok.staff.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TeacherArchiveInput", description = "A teacher has left the school: why and since when")
public record TeacherArchiveInput(
        @Schema(description = "e.g. увольнение по собственному желанию") String reason,
        @Schema(description = "The day they left, not in the future") LocalDate archivedOn,
        @Schema(description = "The version you read") Long version) {
}
