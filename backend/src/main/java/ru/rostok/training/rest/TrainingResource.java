package ru.rostok.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.common.Uploads;
import ru.rostok.security.Role;
import ru.rostok.training.TrainingStatus;
import ru.rostok.training.service.CancellationInput;
import ru.rostok.training.service.CompletionInput;
import ru.rostok.training.service.TrainingDue;
import ru.rostok.training.service.TrainingExport;
import ru.rostok.training.service.TrainingFilter;
import ru.rostok.training.service.TrainingInput;
import ru.rostok.training.service.TrainingService;
import ru.rostok.training.service.TrainingSummary;
import ru.rostok.training.service.TrainingSummaryView;
import ru.rostok.training.service.TrainingView;

@Path("/api/v1/trainings")
@Tag(name = "Training")
// personal data: never for integrators
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class TrainingResource {
    private static final String YEAR = "The year the trainings end in; default: this year";

    @Inject
    TrainingService trainings;

    @Inject
    TrainingDue due;

    @Inject
    TrainingSummary summary;

    @Inject
    TrainingExport export;

    @GET
    @Operation(operationId = "listTrainings", summary = "Further trainings of the teachers in the caller's scope",
            description = "Sort fields: startsOn, endsOn, status, teacher, school, programme, hours, updatedAt; default: the latest start first (-startsOn).")
    public PageResponse<TrainingView> list(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                                           @QueryParam("schoolId") Long schoolId, @QueryParam("status") TrainingStatus status,
                                           @QueryParam("year") @Parameter(description = "The year the trainings end in") Integer year,
                                           @BeanParam PageQuery query) {
        return trainings.list(new TrainingFilter(regionId, municipalityId, schoolId, null, status, year), query);
    }

    @GET
    @Path("/export")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportTrainings", summary = "The list of trainings with its filters as XLSX")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportList(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                               @QueryParam("schoolId") Long schoolId, @QueryParam("status") TrainingStatus status,
                               @QueryParam("year") @Parameter(description = "The year the trainings end in") Integer year,
                               @QueryParam("sort") String sort) {
        PageQuery order = new PageQuery();
        order.sort = sort;
        List<TrainingView> rows = export.rows(new TrainingFilter(regionId, municipalityId, schoolId, null, status, year), order);
        StreamingOutput body = out -> export.list(rows, out);
        return Response.ok(body, Uploads.XLSX).header("Content-Disposition", "attachment; filename=\"trainings-" + LocalDate.now() + ".xlsx\"").build();
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "trainingSummary", summary = "Planned against completed further training by municipality, ШНОР against the others")
    public TrainingSummaryView summary(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                                       @QueryParam("year") @Parameter(description = YEAR) Integer year) {
        return summary.of(regionId, municipalityId, year == null ? LocalDate.now().getYear() : year);
    }

    @GET
    @Path("/summary/export")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportTrainingSummary", summary = "The summary as XLSX")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportSummary(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                                  @QueryParam("year") @Parameter(description = YEAR) Integer year) {
        TrainingSummaryView view = summary.of(regionId, municipalityId, year == null ? LocalDate.now().getYear() : year);
        StreamingOutput body = out -> export.summary(view, out);
        return Response.ok(body, Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"training-summary-" + view.year() + ".xlsx\"").build();
    }

    @GET
    @Path("/due")
    @Operation(operationId = "trainingDue", summary = "Active teachers with a category expiring this year or a training cycle run out",
            description = "Sort fields: dueOn, teacher; default: the earliest due first (dueOn).")
    public PageResponse<TrainingDue.Due> due(@QueryParam("regionId") Long regionId, @QueryParam("municipalityId") Long municipalityId,
                                             @QueryParam("schoolId") Long schoolId, @BeanParam PageQuery query) {
        return due.page(regionId, municipalityId, schoolId, query);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateTraining", summary = "Change a planned training")
    public TrainingView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendTraining}") TrainingInput input) {
        return trainings.update(id, input);
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeTraining", summary = "The training completed, with its certificate")
    public TrainingView complete(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendCompletion}") CompletionInput input) {
        return trainings.complete(id, input);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelTraining", summary = "Cancel a planned training")
    public TrainingView cancel(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendCancellation}") CancellationInput input) {
        return trainings.cancel(id, input);
    }
}
