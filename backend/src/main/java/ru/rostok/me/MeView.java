package ru.rostok.me;

import java.util.List;
import ru.rostok.security.Scope;
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
                     Long schoolId,
                     @Schema(description = "The API's operations (operationId) the caller's roles admit; what they may do with a record is in that record's actions") List<String> actions) {
}
