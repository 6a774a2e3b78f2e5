package ru.rostok.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    IMPORT
}
