package ru.rostok.recommendation.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.recommendation.Recommendation;
import ru.rostok.recommendation.service.RecommendationViews;
import ru.rostok.recommendation.service.Recommendations;
import ru.rostok.security.Role;

@Path("/api/v1/recommendations")
@Tag(name = "Recommendations")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RecommendationResource {
    /** A page of recommendations as the contract names it (the generic name would come from the class name of the item view). */
    @Schema(name = "PageResponseRecommendation")
    record Page(List<RecommendationViews.View> items, int page, int size, long total) {
    }

    @Inject
    Recommendations recommendations;

    @GET
    @Operation(operationId = "listRecommendations", summary = "Targeted recommendations to the caller's schools, municipalities and bodies, by deadline",
            description = "Sort fields: deadline, status, issuedAt, updatedAt; default: the nearest deadline first (deadline).")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    public PageResponse<RecommendationViews.View> list(@QueryParam("status") Recommendation.Status status, @QueryParam("schoolId") Long schoolId,
                                                       @QueryParam("municipalityId") Long municipalityId,
                                                       @QueryParam("overdue") @DefaultValue("false")
                                                       @Parameter(description = "Only the overdue: not reported on, the deadline passed") boolean overdue,
                                                       @BeanParam PageQuery query) {
        return recommendations.list(status, schoolId, municipalityId, overdue, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecommendation", summary = "One recommendation")
    public RecommendationViews.View get(@PathParam("id") long id) {
        return recommendations.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "issueRecommendation", summary = "Issue a targeted recommendation on a basis, with a deadline")
    public RestResponse<RecommendationViews.View> issue(@Valid @NotNull(message = "{validation.sendRecommendation}") RecommendationViews.Input input, UriInfo uri) {
        RecommendationViews.View r = recommendations.issue(input);
        return RestResponse.ResponseBuilder.<RecommendationViews.View>created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
                .entity(r).build();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.ADMIN, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF, Role.REGIONAL_ANALYST})
    @Operation(operationId = "moveRecommendation", summary = "The addressee accepts it, then reports it done or not done")
    public RecommendationViews.View move(@PathParam("id") long id,
                                         @Valid @NotNull(message = "{validation.sendTransition}") RecommendationViews.TransitionInput input) {
        return recommendations.move(id, input);
    }
}
