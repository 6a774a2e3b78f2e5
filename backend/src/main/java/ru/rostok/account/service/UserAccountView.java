package ru.rostok.account.service;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserAccount", description = "A person's account in Keycloak as Rostok shows it")
public record UserAccountView(@Schema(description = "Keycloak id") String id,
                              String username,
                              String lastName,
                              String firstName,
                              String middleName,
                              String fullName,
                              String email,
                              @Schema(enumeration = {"admin", "regional-analyst", "municipal-coordinator", "school-staff"}) String role,
                              ActingFor actingFor,
                              Long regionId,
                              Long municipalityId,
                              Long schoolId,
                              boolean enabled,
                              boolean emailVerified,
                              @Schema(description = "The person has set a password") boolean passwordSet,
                              Instant createdAt,
                              @Schema(description = "When the account last opened Rostok") Instant lastLoginAt,
                              @Schema(type = SchemaType.ARRAY, description = "What the caller may do: disable, enable, sendSetup, move",
                                      implementation = String.class) List<String> actions) {

    @Schema(name = "ActingFor", description = "The place the account acts for")
    public record ActingFor(@Schema(enumeration = {"ALL", "REGION", "MUNICIPALITY", "SCHOOL"}) String kind,
                            Long id,
                            @Schema(description = "Region code, OKTMO or the school's INN") String code,
                            String name) {
    }
}
