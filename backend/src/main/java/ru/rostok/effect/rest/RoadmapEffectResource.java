package ru.rostok.effect.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.Uploads;
import ru.rostok.effect.service.EffectService;
import ru.rostok.effect.service.EffectSheet;
import ru.rostok.effect.service.EffectView;
import ru.rostok.security.Role;

/** The effect of support of a roadmap: the plan's school, or the listed schools of its territory, since its approval. */
@Path("/api/v1/roadmaps")
@Tag(name = "Effect")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RoadmapEffectResource {
    @Inject
    EffectService effect;

    @GET
    @Path("/{id}/effect")
    @Operation(operationId = "getRoadmapEffect", summary = "The effect of support of the roadmap against comparable schools without support")
    public EffectView get(@PathParam("id") long id,
                          @QueryParam("indicatorId") @Parameter(description = "The indicator of the path over time (default: the first of the table)") Long indicatorId) {
        return effect.ofRoadmap(id, indicatorId);
    }

    @GET
    @Path("/{id}/effect.xlsx")
    @Produces(Uploads.XLSX)
    @Operation(operationId = "exportRoadmapEffect", summary = "The effect table of the roadmap as XLSX")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = Uploads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("id") long id) {
        EffectView view = effect.ofRoadmap(id, null);
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> EffectSheet.write(view, out), Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"effect-roadmap-" + id + ".xlsx\"").build();
    }
}
