package ru.rostok.account.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.account.service.AccountService;
import ru.rostok.account.service.DisabledAccounts;
import ru.rostok.security.Role;

@Path("/api/v1/schools/{id}/accounts")
@Tag(name = "Accounts")
@Authenticated
public class SchoolAccountsResource {
    @Inject
    AccountService accounts;

    @POST
    @Path("/disable")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "disableSchoolAccounts", summary = "Disable every enabled staff account of a school (a school that closes)")
    public DisabledAccounts disable(@PathParam("id") long id) {
        return accounts.disableSchool(id);
    }
}
