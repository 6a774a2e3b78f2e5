package ru.rostok.school.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult", description = "What an accepted import changed")
public record ImportResult(int created, int updated, int unchanged) {
}
