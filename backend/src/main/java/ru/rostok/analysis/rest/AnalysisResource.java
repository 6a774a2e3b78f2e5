package ru.rostok.analysis.rest;

import ru.rostok.analysis.service.AnalysisRunView;
import ru.rostok.analysis.service.AnalysisSchoolRowView;
import ru.rostok.analysis.service.AnalysisSchoolView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.analysis.engine.Position;
import ru.rostok.analysis.service.AnalysisService;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.security.Role;

@Path("/api/v1/analyses")
@Tag(name = "Analysis")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class AnalysisResource {
    @Inject
    AnalysisService analyses;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAnalysis", summary = "A run: settings, data version (and whether the data is still the same), clusters, distributions")
    public AnalysisRunView get(@PathParam("id") long id) {
        return analyses.get(id);
    }

    @GET
    @Path("/{id}/schools")
    @Operation(operationId = "listAnalysisSchools", summary = "The ranked table of a run, the caller's schools only",
            description = "Sort fields: rank, composite, name, municipality, cluster.")
    public PageResponse<AnalysisSchoolRowView> schools(@PathParam("id") long id, @QueryParam("position") Position position,
                                                         @QueryParam("municipalityId") Long municipalityId,
                                                         @QueryParam("cluster") @Parameter(description = "Cluster number") Integer cluster,
                                                         @QueryParam("q") @Parameter(description = "Text in the school's name or INN") String q,
                                                         @BeanParam PageQuery query) {
        return analyses.schools(id, position, municipalityId, cluster, q, query);
    }

    @GET
    @Path("/{id}/schools/{schoolId}")
    @Operation(operationId = "getAnalysisSchool", summary = "One school in a run: indicators, scores, categories against its cluster and the campaign, signals")
    public AnalysisSchoolView school(@PathParam("id") long id, @PathParam("schoolId") long schoolId) {
        return analyses.school(id, schoolId);
    }
}
