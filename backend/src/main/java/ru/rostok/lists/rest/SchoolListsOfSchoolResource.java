package ru.rostok.lists.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.lists.service.ListViews;
import ru.rostok.lists.service.SchoolListService;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;
import ru.rostok.security.Role;

/** A school's history of lists (under /schools, where every school sub-resource has to live). */
@Path("/api/v1/schools")
@Tag(name = "School lists")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SchoolListsOfSchoolResource {
    @Inject
    SchoolListService lists;

    @Inject
    SchoolService schools;

    @GET
    @Path("/{id}/lists")
    @Operation(operationId = "listSchoolListHistory", summary = "The lists of ШНОР and ШНСУ the school was proposed for or put on, newest first")
    public List<ListViews.History> history(@PathParam("id") long id) {
        School school = schools.require(id);
        return lists.history(school);
    }
}
