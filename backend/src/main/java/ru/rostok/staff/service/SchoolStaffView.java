package ru.rostok.staff.service;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchoolStaff", description = "A school's teaching staff at a glance, and whether the caller keeps it")
public record SchoolStaffView(long schoolId,
                              String schoolName,
                              String municipalityName,
                              @Schema(description = "Teachers who work at the school") long working,
                              @Schema(description = "Teachers in the archive (who left)") long archived,
                              @Schema(description = "edit: the caller adds, imports, edits and archives the school's teachers") List<String> actions) {
}
