package ru.rostok.account.service;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserMove", description = "The school a school's staff member moves to")
public record UserMove(@NotNull(message = "{account.schoolRequired}") Long schoolId) {
}
