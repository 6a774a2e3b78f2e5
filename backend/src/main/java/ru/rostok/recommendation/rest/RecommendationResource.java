package ru.rostok.recommendation.rest;

import ru.rostok.recommendation.service.RecommendationInput;
import ru.rostok.recommendation.service.RecommendationTransitionInput;
import ru.rostok.recommendation.service.RecommendationView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.recommendation.Recommendation;
import ru.rostok.recommendation.service.RecommendationService;
import ru.rostok.security.Role;

@Path("/api/v1/recommendations")
@Tag(name = "Recommendations")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RecommendationResource {
    @Inject
    RecommendationService recommendations;

    @GET
    @Operation(operationId = "listRecommendations", summary = "Targeted recommendations to the caller's schools, municipalities and bodies, by deadline",
            description = "Sort fields: deadline, status, issuedAt, updatedAt; default: the nearest deadline first (deadline).")
    public PageResponse<RecommendationView> list(@QueryParam("status") Recommendation.Status status, @QueryParam("schoolId") Long schoolId,
                                                       @QueryParam("municipalityId") Long municipalityId,
                                                       @QueryParam("overdue") @DefaultValue("false")
                                                       @Parameter(description = "Only the overdue: not reported on, the deadline passed") boolean overdue,
                                                       @BeanParam PageQuery query) {
        return recommendations.list(status, schoolId, municipalityId, overdue, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation")
    public RecommendationView get(@PathParam("id") long id) {
        return recommendations.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "issueRecommendation", summary = "Issue a targeted recommendation on a basis, with a deadline")
    public RestResponse<RecommendationView> issue(@Valid @NotNull(message = "{validation.sendRecommendation}") RecommendationInput input, UriInfo uri) {
        RecommendationView r = recommendations.issue(input);
        return RestResponse.ResponseBuilder.<RecommendationView>created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
                .entity(r).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.ADMIN, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF, Role.REGIONAL_ANALYST})
    @Operation(operationId = "moveRecommendation", summary = "The addressee accepts it, then reports it done or not done")
    public RecommendationView move(@PathParam("id") long id,
                                         @Valid @NotNull(message = "{validation.sendTransition}") RecommendationTransitionInput input) {
        return recommendations.move(id, input);
    }
}
