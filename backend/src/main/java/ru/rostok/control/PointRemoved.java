package ru.rostok.control;

/**
 * A point of a decision is about to be deleted (left out of a change); fired synchronously, inside the transaction, so
 * that the features keeping rows about the point delete them with it.
 */
public record PointRemoved(long assignmentId) {
}
