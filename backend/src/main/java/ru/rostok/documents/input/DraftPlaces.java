package ru.rostok.documents.input;

import java.util.Map;
import ru.rostok.body.service.ResponsibleResolver;

/** Where a document belongs and what its labels name, as far as the caller may keep records and name bodies there. */
public interface DraftPlaces {
    /** The place the document's head names, among those the caller may keep records of. */
    Territory find(String headerText);

    /** A label read as every school or a body of the place, the body only if the caller may name it there. */
    ResponsibleResolver.Resolution resolve(String label, Territory place, Map<String, String> abbreviations);
}
