package ru.rostok.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    IMPORT,
    /** A read of personal data: who read it and when, no values. */
    READ,
    /** A record entered by mistake and removed; the entry keeps what it said. */
    DELETE
}
