package ru.rostok.trends.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.security.Role;
import ru.rostok.trends.service.TrendView;
import ru.rostok.trends.service.TrendsService;

@Path("/api/v1/trends")
@Tag(name = "Trends")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class TrendsResource {
    @Inject
    TrendsService trends;

    @GET
    @Operation(operationId = "trend", summary = "An indicator or the composite index of a region, municipality, cluster or school across campaigns",
            description = "Per closed or published campaign of the region: the spread (quartiles), the mean with its t interval, a percent's "
                    + "pooled share with Wilson's interval; for a school its value beside the region's quartiles; the change from the "
                    + "campaign before, called a difference only when the intervals do not overlap. With no group named: an analyst's "
                    + "region, a coordinator's municipality, a school's own school.")
    public TrendView trend(@QueryParam("indicatorId") @Parameter(description = "The indicator (any revision: followed by its code)") Long indicatorId,
                           @QueryParam("indicator") @Parameter(description = "«composite» for the analyses' composite index") String indicator,
                           @QueryParam("regionId") Long regionId,
                           @QueryParam("municipalityId") Long municipalityId,
                           @QueryParam("cluster") @Parameter(description = "A context cluster of the latest analysis of each campaign (with the region)") Integer cluster,
                           @QueryParam("schoolId") Long schoolId) {
        return trends.trend(indicatorId, indicator, regionId, municipalityId, cluster, schoolId);
    }
}
