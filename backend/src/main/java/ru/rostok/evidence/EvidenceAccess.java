package ru.rostok.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import ru.rostok.common.ApiException;

/** A file is seen by whoever sees the report it belongs to: the report's own rule decides, not a copy of it. */
@ApplicationScoped
public class EvidenceAccess {
    @Inject
    Instance<EvidenceOwner> owners;

    public EvidenceFile require(long id) {
        EvidenceFile f = EvidenceFile.<EvidenceFile>findByIdOptional(id).orElse(null);
        if (f == null || !visible(f)) {
            throw ApiException.notFound("evidence.notFound", id);
        }
        return f;
    }

    private boolean visible(EvidenceFile f) {
        return owners.stream().filter(o -> o.owns(f)).findFirst().map(o -> o.sees(f)).orElse(false);
    }
}
