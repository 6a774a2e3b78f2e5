package ru.rostok.documents.input;

import java.util.List;
import ru.rostok.documents.service.DraftWarning;

/** A draft read from a document, with what deserves a second look. */
public record Drafted<T>(T draft, List<DraftWarning> warnings) {
}
