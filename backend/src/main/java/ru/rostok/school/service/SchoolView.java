package ru.rostok.school.service;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.school.SchoolType;
import ru.rostok.school.Settlement;

@Schema(name = "School", description = "A general education school (общеобразовательная организация)")
public record SchoolView(long id,
                         @Schema(description = "ИНН") String inn,
                         String shortName,
                         String fullName,
                         SchoolType type,
                         Settlement settlement,
                         String address,
                         @Schema(description = "Директор") String principal,
                         @Schema(description = "Number of pupils") int pupils,
                         @Schema(description = "Number of teachers") int teachers,
                         long municipalityId,
                         String municipalityName,
                         long regionId,
                         String regionName,
                         long version,
                         OffsetDateTime createdAt,
                         OffsetDateTime updatedAt,
                         @Schema(description = "What the caller may do with the school: edit (its profile), move (its municipality and INN)") List<String> actions) {
}
