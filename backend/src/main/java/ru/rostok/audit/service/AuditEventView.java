package ru.rostok.audit.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.audit.AuditAction;
import ru.rostok.audit.FieldChange;

@Schema(name = "AuditEvent", description = "One write: who, when, which record, which fields from → to")
public record AuditEventView(long id,
                             OffsetDateTime occurredAt,
                             String actor,
                             AuditAction action,
                             String entityType,
                             long entityId,
                             String entityLabel,
                             List<FieldChange> changes) {
}
