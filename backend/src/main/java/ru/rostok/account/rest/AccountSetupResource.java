package ru.rostok.account.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.account.service.AccountSetups;
import ru.rostok.account.service.PasswordInput;
import ru.rostok.account.service.SetupInfo;
import ru.rostok.common.KeycloakSecurityScheme;

/** The one-time link a new person opens to set their password: no token, the link is the proof. */
@Path("/api/v1/account-setup/{token}")
@Tag(name = "Accounts")
@PermitAll
public class AccountSetupResource {
    @Inject
    AccountSetups setups;

    @GET
    @SecurityRequirementsSet
    @Extension(name = KeycloakSecurityScheme.PUBLIC, value = "true", parseValue = true)
    @Operation(operationId = "accountSetup", summary = "Whose account a one-time setup link is for (no sign-in)")
    public SetupInfo info(@PathParam("token") String token) {
        return setups.info(token);
    }

    @POST
    @SecurityRequirementsSet
    @Extension(name = KeycloakSecurityScheme.PUBLIC, value = "true", parseValue = true)
    @Operation(operationId = "completeAccountSetup", summary = "Set the password through a one-time link (no sign-in); the link is spent",
            description = "At least 10 characters. The e-mail counts as verified.")
    @APIResponse(responseCode = "204", description = "The password is set")
    public RestResponse<Void> complete(@PathParam("token") String token, @Valid @NotNull(message = "{account.passwordWeak}") PasswordInput input) {
        setups.complete(token, input.password());
        return RestResponse.noContent();
    }
}
