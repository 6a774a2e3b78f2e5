package ru.rostok.account.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountSetupInfo", description = "Whose account a setup link is for")
public record SetupInfo(String fullName, String username, String email, Instant expiresAt) {
}
