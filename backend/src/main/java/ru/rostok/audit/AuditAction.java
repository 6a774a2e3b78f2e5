package ru.rostok.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    IMPORT,
    /** A record entered by mistake and removed; the entry keeps what it said. */
    DELETE
}
