package ru.rostok.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import ru.rostok.security.Scope;

/**
 * Records every write. Services pass the record's API view before and after; the log keeps the
 * fields that changed. It joins the caller's transaction, so a write and its audit land together.
 */
@ApplicationScoped
public class AuditLog {
    private static final Set<String> IGNORED = Set.of("id", "version", "createdAt", "updatedAt", "actions");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    Scope scope;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void created(String entityType, long entityId, String label, Long regionId, Object after) {
        write(AuditAction.CREATE, entityType, entityId, label, regionId, diff(null, after));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void updated(String entityType, long entityId, String label, Long regionId, Object before, Object after) {
        List<FieldChange> changes = diff(before, after);
        if (!changes.isEmpty()) {
            write(AuditAction.UPDATE, entityType, entityId, label, regionId, changes);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void imported(String entityType, long entityId, String label, Long regionId, Object before, Object after) {
        List<FieldChange> changes = diff(before, after);
        if (!changes.isEmpty()) {
            write(AuditAction.IMPORT, entityType, entityId, label, regionId, changes);
        }
    }

    /** A read of one record of personal data (a teacher's card): the audit keeps who read it and when, no values. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void read(String entityType, long entityId, String label, Long regionId) {
        write(AuditAction.READ, entityType, entityId, label, regionId, List.of());
    }

    /** A read of many records at once (an export of personal data): the audit keeps what was asked for, as the record 0. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readMany(String entityType, String label, Long regionId, Object query) {
        write(AuditAction.READ, entityType, 0, label, regionId, diff(null, query));
    }

    /** A record removed: every field it had, as it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deleted(String entityType, long entityId, String label, Long regionId, Object before) {
        List<FieldChange> changes = new ArrayList<>();
        fields(before).forEach((field, value) -> {
            if (!IGNORED.contains(field) && value != null) {
                changes.add(new FieldChange(field, value, null));
            }
        });
        write(AuditAction.DELETE, entityType, entityId, label, regionId, changes);
    }

    private void write(AuditAction action, String entityType, long entityId, String label, Long regionId, List<FieldChange> changes) {
        // one insert, not a persisted AuditEvent: Hibernate would copy the JSON of the changes (written and parsed again)
        // for its snapshot though the row is never changed; a save of 50 values spent 4 % of its time there
        String json;
        try {
            json = this.json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the changes of " + entityType + " " + entityId + " are not JSON", e);
        }
        em.createNativeQuery("insert into audit_event (occurred_at, actor, action, entity_type, entity_id, entity_label, region_id, changes) "
                        + "values (:at, :actor, :action, :type, :id, :label, :region, cast(:changes as jsonb))")
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("audit_event") // nothing else to flush first
                .setParameter("at", OffsetDateTime.now())
                .setParameter("actor", actor())
                .setParameter("action", action.name())
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setParameter("label", label, StandardBasicTypes.STRING)
                .setParameter("region", regionId, StandardBasicTypes.LONG)
                .setParameter("changes", json)
                .executeUpdate();
    }

    private String actor() {
        try {
            return scope.username();
        } catch (RuntimeException noRequest) {
            return "system";
        }
    }

    /** A view's fields as JSON has them; a map of texts already is that, and is taken as it is (a save's 50 values). */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fields(Object view) {
        if (view instanceof Map<?, ?> map && map.entrySet().stream()
                .allMatch(e -> e.getKey() instanceof String && (e.getValue() == null || e.getValue() instanceof String))) {
            return (Map<String, Object>) map;
        }
        return json.convertValue(view, MAP);
    }

    List<FieldChange> diff(Object before, Object after) {
        Map<String, Object> from = before == null ? Map.of() : fields(before);
        Map<String, Object> to = fields(after);
        List<FieldChange> changes = new ArrayList<>();
        to.forEach((field, value) -> {
            if (!IGNORED.contains(field) && !Objects.equals(from.get(field), value)) {
                changes.add(new FieldChange(field, from.get(field), value));
            }
        });
        return changes;
    }
}
