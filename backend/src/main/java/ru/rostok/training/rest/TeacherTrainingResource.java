package ru.rostok.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.security.Role;
import ru.rostok.training.service.TeacherTrainingsView;
import ru.rostok.training.service.TrainingInput;
import ru.rostok.training.service.TrainingService;
import ru.rostok.training.service.TrainingView;

@Path("/api/v1/teachers/{teacherId}/trainings")
@Tag(name = "Training")
// personal data: never for integrators
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class TeacherTrainingResource {
    @Inject
    TrainingService trainings;

    @GET
    @Operation(operationId = "teacherTrainings", summary = "A teacher's further training, planned and done, the last one and what falls due")
    public TeacherTrainingsView list(@PathParam("teacherId") long teacherId) {
        return trainings.ofTeacher(teacherId);
    }

    @POST
    @Operation(operationId = "planTraining", summary = "Plan a further training for the teacher")
    public RestResponse<TrainingView> plan(@PathParam("teacherId") long teacherId,
                                           @Valid @NotNull(message = "{validation.sendTraining}") TrainingInput input, UriInfo uri) {
        TrainingView t = trainings.plan(teacherId, input);
        return RestResponse.ResponseBuilder.<TrainingView>created(uri.getBaseUriBuilder().path("/api/v1/trainings/" + t.id()).build())
                .entity(t).build();
    }
}
