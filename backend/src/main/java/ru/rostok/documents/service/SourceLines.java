package ru.rostok.documents.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourceLines", description = "Lines from..to (from 1, inclusive) of the draft's source text")
public record SourceLines(int from, int to) {
}
