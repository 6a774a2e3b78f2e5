package ru.rostok.control.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.control.service.AssessmentService;
import ru.rostok.control.service.AssessmentsInput;
import ru.rostok.control.service.AssessmentsView;
import ru.rostok.security.Role;

@Path("/api/v1/decisions/{id}/assessments")
@Tag(name = "Decisions")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class DecisionAssessmentResource {
    @Inject
    AssessmentService assessments;

    @GET
    @Operation(operationId = "getDecisionAssessments", summary = "The collegium's assessments of bodies' and schools' work the decision records")
    public AssessmentsView get(@PathParam("id") long id) {
        return assessments.get(id);
    }

    @PUT
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "replaceDecisionAssessments", summary = "Record the decision's assessments (replaces those recorded; the decision's version moves)")
    public AssessmentsView replace(@PathParam("id") long id,
                                   @Valid @NotNull(message = "{validation.sendAssessments}") AssessmentsInput input) {
        return assessments.replace(id, input);
    }
}
