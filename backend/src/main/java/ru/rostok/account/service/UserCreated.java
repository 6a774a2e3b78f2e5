package ru.rostok.account.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserCreated", description = "The new account and how its person sets a password")
public record UserCreated(UserAccountView user, AccountSetup setup) {
}
