package ru.rostok.account.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisabledAccounts", description = "How many accounts were disabled")
public record DisabledAccounts(int disabled) {
}
