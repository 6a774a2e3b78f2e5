package ru.rostok.lists.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.lists.service.SchoolListService;
import ru.rostok.school.School;
import ru.rostok.school.service.SchoolService;

/** A school's history of lists (under /schools, where every school sub-resource has to live). */
@Path("/api/v1/schools")
@Tag(name = "School lists")
@Authenticated
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
