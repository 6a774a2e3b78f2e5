package ru.rostok.risk.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.risk.service.RiskProfiles;
import ru.rostok.risk.service.RiskViews;
import ru.rostok.security.Role;

/** A school's risk profile (under /schools, where every school sub-resource has to live). */
@Path("/api/v1/schools")
@Tag(name = "Risk profiles")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SchoolRiskResource {
    @Inject
    RiskProfiles risks;

    @GET
    @Path("/{id}/risk-profile")
    @Operation(operationId = "getRiskProfile", summary = "The school's risk profile from a campaign's handed-in values (default: the latest)")
    public RiskViews.Profile get(@PathParam("id") long id, @QueryParam("campaignId") @Parameter(description = "Default: the latest") Long campaignId) {
        return risks.profile(id, campaignId);
    }

    @PUT
    @Path("/{id}/risk-profile/{factorId}")
    @RolesAllowed({Role.ADMIN, Role.SCHOOL_STAFF, Role.MUNICIPAL_COORDINATOR, Role.REGIONAL_ANALYST})
    @Operation(operationId = "assessRiskFactor", summary = "Confirm a computed level, or correct it with a comment; both are kept")
    public RiskViews.Profile assess(@PathParam("id") long id, @PathParam("factorId") long factorId,
                                    @Valid @NotNull(message = "{validation.sendAssessment}") RiskViews.AssessmentInput input) {
        return risks.assess(id, factorId, input);
    }
}
