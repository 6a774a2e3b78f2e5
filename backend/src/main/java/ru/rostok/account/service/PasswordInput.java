package ru.rostok.account.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordInput", description = "The password a new person chooses")
public record PasswordInput(@NotNull(message = "{account.passwordWeak}") @Size(min = 10, max = 128, message = "{account.passwordWeak}") String password) {
}
