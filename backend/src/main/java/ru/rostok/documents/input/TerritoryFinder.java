package ru.rostok.documents.input;

/** Finds the place a document's head names, among those the caller may keep records of. */
@FunctionalInterface
public interface TerritoryFinder {
    Territory find(String headerText);
}
