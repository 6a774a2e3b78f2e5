package ru.rostok.account.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UserInput", description = "A new account: exactly the record id its role needs (regional-analyst → regionId, "
        + "municipal-coordinator → municipalityId, school-staff → schoolId, admin → none)")
public record UserInput(@NotBlank(message = "{account.lastNameRequired}") @Size(max = 100) String lastName,
                        @NotBlank(message = "{account.firstNameRequired}") @Size(max = 100) String firstName,
                        @Size(max = 100) String middleName,
                        @NotBlank(message = "{account.emailRequired}") @Email(message = "{account.emailInvalid}") @Size(max = 200) String email,
                        @NotBlank(message = "{account.roleRequired}")
                        @Schema(enumeration = {"admin", "regional-analyst", "municipal-coordinator", "school-staff"}) String role,
                        Long regionId,
                        Long municipalityId,
                        Long schoolId) {
}
