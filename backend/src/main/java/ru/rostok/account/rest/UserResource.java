package ru.rostok.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.account.service.AccountService;
import ru.rostok.account.service.AccountSetup;
import ru.rostok.account.service.UserAccountView;
import ru.rostok.account.service.UserCreated;
import ru.rostok.account.service.UserFilter;
import ru.rostok.account.service.UserImport;
import ru.rostok.account.service.UserInput;
import ru.rostok.account.service.UserMove;
import ru.rostok.account.service.UserOptions;
import ru.rostok.account.service.UsersImport;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.ProblemTexts;
import ru.rostok.common.Uploads;
import ru.rostok.security.Role;

@Path("/api/v1/users")
@Tag(name = "Accounts")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class UserResource {
    static final String XLSX = Uploads.XLSX;

    @Inject
    AccountService accounts;

    @Inject
    UserImport importer;

    @ConfigProperty(name = "rostok.import.max-bytes")
    int maxImportBytes;

    @GET
    @Operation(operationId = "listUsers", summary = "Accounts in the caller's scope, filtered and paged, by name")
    public PageResponse<UserAccountView> list(@BeanParam UserFilter filter, @BeanParam PageQuery query) {
        return accounts.list(filter, query);
    }

    @GET
    @Path("/options")
    @Operation(operationId = "userOptions", summary = "The roles the caller may give to new accounts")
    public UserOptions options() {
        return accounts.options();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "One account")
    public UserAccountView get(@PathParam("id") String id) {
        return accounts.get(id);
    }

    @POST
    @Operation(operationId = "createUser", summary = "Create an account for a region, a municipality or a school",
            description = "The role and the scope attributes come from the record chosen. The answer says how the person sets a "
                    + "password: an e-mail from Keycloak, or a one-time link valid 72 hours.")
    public RestResponse<UserCreated> create(@Valid @NotNull(message = "{account.sendAccount}") UserInput input, UriInfo uri) {
        UserCreated created = accounts.create(input);
        return RestResponse.ResponseBuilder.<UserCreated>created(uri.getAbsolutePathBuilder().path(created.user().id()).build())
                .entity(created).build();
    }

    @POST
    @Path("/{id}/disable")
    @Operation(operationId = "disableUser", summary = "Disable an account: the person can no longer sign in")
    public UserAccountView disable(@PathParam("id") String id) {
        return accounts.setEnabled(id, false);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableUser", summary = "Enable an account again")
    public UserAccountView enable(@PathParam("id") String id) {
        return accounts.setEnabled(id, true);
    }

    @POST
    @Path("/{id}/setup")
    @Operation(operationId = "sendUserSetup", summary = "Send the password e-mail again or make a new one-time link; older links stop working")
    public AccountSetup setup(@PathParam("id") String id) {
        return accounts.sendSetup(id);
    }

    @PUT
    @Path("/{id}/school")
    @Operation(operationId = "moveUser", summary = "Move a school's staff member to another school in the caller's scope")
    public UserAccountView move(@PathParam("id") String id, @Valid @NotNull(message = "{account.schoolRequired}") UserMove move) {
        return accounts.move(id, move.schoolId());
    }

    @GET
    @Path("/import/template")
    @Produces(XLSX)
    @Operation(operationId = "usersImportTemplate", summary = "An empty XLSX sheet for the bulk creation of accounts, with the roles")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template() {
        StreamingOutput body = out -> importer.template(out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"users-template.xlsx\"").build();
    }

    @POST
    @Path("/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importUsers", summary = "Create accounts from an XLSX sheet, all or nothing",
            description = "With dryRun=true every row is checked and nothing is created. Otherwise, if any row is wrong, nobody is "
                    + "created and the answer (422) carries the wrong rows with their problems. At most 5,000 rows, 5 MB.")
    @RequestBody(content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public UsersImport importUsers(InputStream file,
                                   @QueryParam("dryRun") @DefaultValue("false") @Parameter(description = "Only check the rows") boolean dryRun,
                                   HttpHeaders headers) throws IOException {
        byte[] bytes = Uploads.read(file, maxImportBytes);
        return importer.run(bytes, dryRun, ProblemTexts.localeOf(headers));
    }
}
