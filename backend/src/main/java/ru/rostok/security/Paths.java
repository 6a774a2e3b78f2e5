package ru.rostok.security;

/**
 * How a query reaches a record's place: the expressions (JPQL or SQL) of its region, municipality and school ids;
 * {@code null} where the record has no such level (a municipality has no school).
 */
public record Paths(String region, String municipality, String school) {
}
