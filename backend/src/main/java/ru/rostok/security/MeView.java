package ru.rostok.security;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The caller: name, roles and scope")
public record MeView(String username,
                     String displayName,
                     List<String> roles,
                     @Schema(description = "ALL, REGION, MUNICIPALITY, SCHOOL or NONE (a token whose codes match no record)") Scope.Level scope,
                     Long regionId,
                     String regionName,
                     Long municipalityId,
                     String municipalityName,
                     Long organizationId,
                     String organizationName,
                     @Schema(description = "SCHOOL, MINISTRY, EDUCATION_AUTHORITY or METHODOLOGICAL_CENTRE") String organizationKind,
                     Long schoolId) {
}
