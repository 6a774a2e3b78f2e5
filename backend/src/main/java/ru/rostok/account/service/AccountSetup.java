package ru.rostok.account.service;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountSetup", description = "How the person sets their password: an e-mail from Keycloak, or a one-time link to hand over")
public record AccountSetup(boolean emailSent, String link, Instant expiresAt) {
}
