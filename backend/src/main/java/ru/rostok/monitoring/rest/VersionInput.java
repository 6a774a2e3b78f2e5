package ru.rostok.monitoring.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VersionInput", description = "The version of the record the action is meant for")
public record VersionInput(@NotNull(message = "{validation.giveVersion}") Long version) {
}
