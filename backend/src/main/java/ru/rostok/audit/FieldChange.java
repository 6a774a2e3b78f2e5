package ru.rostok.audit;

/** A field's value before and after a write; {@code from} is null for a created record. */
public record FieldChange(String field, Object from, Object to) {
}
