package ru.rostok.lists.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.lists.SchoolListEntry;

@Schema(name = "SchoolListEntry")
public record SchoolListEntryView(long schoolId, String schoolName, long municipalityId, String municipalityName, SchoolListEntry.Source source,
                    boolean included, String reason, List<SchoolListEntry.Evidence> evidence, String decidedBy, OffsetDateTime decidedAt) {
}
