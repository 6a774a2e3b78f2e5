package ru.rostok.control;

/** assigned → in progress → reported → accepted (removed from control), or returned to be done again. */
public enum AssignmentStatus {
    ASSIGNED, IN_PROGRESS, REPORTED, ACCEPTED, RETURNED;

    public boolean closed() {
        return this == ACCEPTED;
    }
}
