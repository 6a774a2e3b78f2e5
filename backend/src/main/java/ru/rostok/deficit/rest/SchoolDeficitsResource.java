package ru.rostok.deficit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.deficit.service.SchoolDeficitsService;
import ru.rostok.deficit.service.SchoolDeficitsView;
import ru.rostok.security.Role;

@Path("/api/v1/schools/{id}/deficits")
@Tag(name = "Deficits")
// of personal data: for those who see the school's teachers, never for integrators
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SchoolDeficitsResource {
    @Inject
    SchoolDeficitsService deficits;

    @GET
    @Operation(operationId = "getSchoolDeficits", summary = "The school's teachers' deficits by subject and topic beside its weak indicators of the same subject")
    public SchoolDeficitsView get(@PathParam("id") long id) {
        return deficits.of(id);
    }
}
