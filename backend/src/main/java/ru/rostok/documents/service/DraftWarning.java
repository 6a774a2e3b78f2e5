package ru.rostok.documents.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DraftWarning", description = "DUPLICATE_NUMBER, UNREAD_DEADLINE, DEADLINE_BEFORE_DOCUMENT, UNRESOLVED_RESPONSIBLE, "
        + "STRAY_TEXT (text that belongs to no point), MISSING (a header field not found: territory, date, number, period)")
public record DraftWarning(String number, String kind, String message, Integer line) {
}
