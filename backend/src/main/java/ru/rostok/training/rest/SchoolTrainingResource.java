package ru.rostok.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.security.Role;
import ru.rostok.training.service.GroupTrainingInput;
import ru.rostok.training.service.TrainingService;
import ru.rostok.training.service.TrainingView;

@Path("/api/v1/schools")
@Tag(name = "Training")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SchoolTrainingResource {
    @Inject
    TrainingService trainings;

    @POST
    @Path("/{schoolId}/trainings")
    @Operation(operationId = "planGroupTraining", summary = "Plan one course for several teachers of the school at once (all or none)")
    public RestResponse<List<TrainingView>> plan(@PathParam("schoolId") long schoolId,
                                                 @Valid @NotNull(message = "{validation.sendTraining}") GroupTrainingInput input) {
        return RestResponse.status(RestResponse.Status.CREATED, trainings.planForGroup(schoolId, input));
    }
}
