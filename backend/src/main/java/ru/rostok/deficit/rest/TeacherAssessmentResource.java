package ru.rostok.deficit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.deficit.service.AssessmentInput;
import ru.rostok.deficit.service.AssessmentService;
import ru.rostok.deficit.service.AssessmentView;
import ru.rostok.deficit.service.TeacherAssessmentsView;
import ru.rostok.security.Role;

@Path("/api/v1/teachers/{id}/assessments")
@Tag(name = "Deficits")
// personal data: never for integrators
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class TeacherAssessmentResource {
    @Inject
    AssessmentService assessments;

    @GET
    @Operation(operationId = "listTeacherAssessments", summary = "A teacher's competence assessments, the latest first, with the teacher's name and school")
    public TeacherAssessmentsView list(@PathParam("id") long id) {
        return assessments.list(id);
    }

    @POST
    @Operation(operationId = "createAssessment", summary = "Enter a competence assessment of the teacher",
            description = "A topic without deficit given is a deficit when its score is below 50 % of its maximum.")
    public RestResponse<AssessmentView> create(@PathParam("id") long id,
                                               @Valid @NotNull(message = "{validation.deficitSendAssessment}") AssessmentInput input) {
        AssessmentView a = assessments.create(id, input);
        return RestResponse.ResponseBuilder.<AssessmentView>created(UriBuilder.fromPath("/api/v1/assessments/{id}").build(a.id()))
                .entity(a).build();
    }
}
