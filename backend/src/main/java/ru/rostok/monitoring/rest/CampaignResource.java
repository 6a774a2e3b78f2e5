package ru.rostok.monitoring.rest;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.ApiException;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.service.CampaignInput;
import ru.rostok.monitoring.service.CampaignProgress;
import ru.rostok.monitoring.service.CampaignService;
import ru.rostok.monitoring.service.CampaignSummary;
import ru.rostok.monitoring.service.CampaignView;
import ru.rostok.monitoring.service.TransitionInput;
import ru.rostok.security.Role;

@Path("/api/v1/campaigns")
@Tag(name = "Campaigns")
@Authenticated
public class CampaignResource {
    @Inject
    CampaignService campaigns;

    @GET
    @Operation(operationId = "listCampaigns", summary = "Monitoring campaigns in the caller's scope",
            description = "School staff see the campaigns past draft that ask their school. Sort fields: name, academicYear, "
                    + "opensOn, closesOn, status, updatedAt.")
    public PageResponse<CampaignSummary> list(@QueryParam("regionId") @Parameter(description = "Only this region's") Long regionId,
                                              @QueryParam("municipalityId") @Parameter(description = "Only this municipality's own") Long municipalityId,
                                              @QueryParam("status") CampaignStatus status,
                                              @QueryParam("academicYear") @Parameter(description = "e.g. 2020/2021") String academicYear,
                                              @QueryParam("respondent") @Parameter(description = "Only the campaigns asking schools, or municipalities") Respondent respondent,
                                              @QueryParam("q") @Parameter(description = "Text in the name or order number") String q,
                                              @BeanParam PageQuery query) {
        return campaigns.list(regionId, municipalityId, status, academicYear, respondent, q, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCampaign", summary = "A campaign with its indicators, schools and status history")
    public CampaignView get(@PathParam("id") long id) {
        return campaigns.get(id).orElseThrow(() -> ApiException.notFound("monitoring.campaignNotFound", id));
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "createCampaign", summary = "Start a campaign as a draft (analyst; coordinator for the municipality's own)")
    public RestResponse<CampaignView> create(@Valid @NotNull(message = "{validation.sendMonitoring}") CampaignInput input, UriInfo uri) {
        CampaignView created = campaigns.create(input);
        return RestResponse.ResponseBuilder.<CampaignView>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "updateCampaign", summary = "Change a draft campaign")
    public CampaignView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendMonitoring}") CampaignInput input) {
        return campaigns.update(id, input);
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR})
    @Operation(operationId = "moveCampaign", summary = "Open, close or publish a campaign (one step forward)")
    public CampaignView move(@PathParam("id") long id, @Valid @NotNull(message = "{validation.giveNewStatus}") TransitionInput input) {
        return campaigns.move(id, input);
    }

    @GET
    @Path("/{id}/progress")
    @Operation(operationId = "campaignProgress", summary = "How many schools have not started, are in draft, submitted, returned, accepted, overdue")
    public CampaignProgress progress(@PathParam("id") long id) {
        return campaigns.progress(id);
    }
}
