package ru.rostok.monitoring.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValuesImportResult", description = "What a bulk load changed; sending the same batch again changes nothing")
public record ValuesImportResult(long rows, long created, long updated, long unchanged) {
}
