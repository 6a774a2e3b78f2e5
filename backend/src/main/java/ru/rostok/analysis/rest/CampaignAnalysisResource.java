package ru.rostok.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.analysis.engine.AnalysisSettings;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.analysis.service.AnalysisViews;
import ru.rostok.security.Role;

/** The analyses of one campaign (under /campaigns, where every campaign sub-resource has to live). */
@Path("/api/v1/campaigns")
@Tag(name = "Analysis")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class CampaignAnalysisResource {
    @Inject
    AnalysisService analyses;

    @GET
    @Path("/{id}/analyses")
    @Operation(operationId = "listAnalyses", summary = "The campaign's analysis runs, newest first")
    public List<AnalysisViews.RunSummary> list(@PathParam("id") long id) {
        return analyses.runs(id);
    }

    @POST
    @Path("/{id}/analyses")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "runAnalysis", summary = "Analyse the campaign: scores, composite index, ranks, positions, clusters, signals",
            description = "Settings left out take their defaults; the run records the settings applied and the version of the data read.")
    public RestResponse<AnalysisViews.Run> run(@PathParam("id") long id, AnalysisSettings settings, UriInfo uri) {
        AnalysisViews.Run run = analyses.run(id, settings);
        return RestResponse.ResponseBuilder.<AnalysisViews.Run>created(uri.getBaseUriBuilder().path("/api/v1/analyses/" + run.id()).build())
                .entity(run).build();
    }
}
