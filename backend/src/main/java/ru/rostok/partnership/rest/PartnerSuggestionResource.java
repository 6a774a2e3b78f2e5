package ru.rostok.partnership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.partnership.service.PartnerSuggestions;
import ru.rostok.partnership.service.PartnershipViews;
import ru.rostok.security.Role;

/** Partners for a school, read off an analysis run; under the run's path, so the contract lists it with the analysis. */
@Path("/api/v1/analyses/{id}/schools/{schoolId}/partners")
@Tag(name = "Analysis")
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
public class PartnerSuggestionResource {
    @Inject
    PartnerSuggestions partners;

    @GET
    @Operation(operationId = "suggestPartners", summary = "Strong schools suggested as partners for this school: same cluster, nearest first, with reasons")
    public List<PartnershipViews.Suggestion> partners(@PathParam("id") long id, @PathParam("schoolId") long schoolId) {
        return partners.suggest(id, schoolId);
    }
}
