package ru.rostok.me;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.account.service.AccountService;
import ru.rostok.body.Body;
import ru.rostok.body.service.BodyPolicy;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

@Path("/api/v1/me")
@Tag(name = "Me")
@Authenticated
public class MeResource {
    private static final Set<String> ROLES = Set.of(Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR,
            Role.SCHOOL_STAFF, Role.INTEGRATOR);

    @Inject
    Scope scope;

    @Inject
    SecurityIdentity identity;

    @Inject
    BodyPolicy bodyPolicy;

    @Inject
    Operations operations;

    @Inject
    AccountService accounts;

    @GET
    @Transactional
    @Operation(operationId = "getMe", summary = "Who the caller is: roles and the scope of data they see")
    public MeView me() {
        accounts.recordLogin(scope.claim("sub"));
        List<String> roles = identity.getRoles().stream().filter(ROLES::contains).sorted().toList();
        Region region = scope.regionId().map(id -> Region.<Region>findById(id)).orElse(null);
        Municipality municipality = scope.municipalityId().map(id -> Municipality.<Municipality>findById(id)).orElse(null);
        School school = scope.schoolId().map(id -> School.<School>findById(id)).orElse(null);
        String inn = scope.claim("org_id");
        Body body = school == null && inn != null ? Body.findByInn(inn).filter(bodyPolicy::sees).orElse(null) : null;
        return new MeView(scope.username(), scope.displayName(), roles, scope.level(),
                region == null ? null : region.id, region == null ? null : region.name,
                municipality == null ? null : municipality.id, municipality == null ? null : municipality.name,
                school != null ? school.id : body != null ? body.id : null,
                school != null ? school.shortName : body != null ? body.shortName : null,
                school != null ? "SCHOOL" : body != null ? body.kind.name() : null,
                school == null ? null : school.id, operations.allowed(scope::hasRole));
    }
}
