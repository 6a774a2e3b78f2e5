package ru.rostok.lists.rest;

import ru.rostok.lists.service.SchoolListSummaryView;
import ru.rostok.lists.service.SchoolListView;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import ru.rostok.common.PageQuery;
import ru.rostok.common.PageResponse;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.service.ListInputs;
import ru.rostok.lists.service.SchoolListService;
import ru.rostok.security.Role;

@Path("/api/v1/school-lists")
@Tag(name = "School lists")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class SchoolListResource {
    @Inject
    SchoolListService lists;

    @GET
    @Operation(operationId = "listSchoolLists", summary = "Lists of ШНОР and ШНСУ by year (school staff: approved ones)",
            description = "Sort fields: title, kind, year, status, updatedAt; default: the newest year first, then by kind (-year,kind).")
    public PageResponse<SchoolListSummaryView> list(@QueryParam("regionId") Long regionId, @QueryParam("kind") ListKind kind,
                                                @QueryParam("year") Integer year, @QueryParam("status") SchoolList.Status status,
                                                @BeanParam PageQuery query) {
        return lists.list(regionId, kind, year, status, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSchoolList", summary = "A list with its schools (the caller's only), reasons and the values behind them")
    public SchoolListView get(@PathParam("id") long id) {
        return lists.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "createSchoolList", summary = "Draft a list: the rule on the campaigns proposes candidates; last year's list is carried over")
    public RestResponse<SchoolListView> create(@Valid @NotNull(message = "{validation.sendList}") ListInputs.ListInput input, UriInfo uri) {
        SchoolListView list = lists.create(input);
        return RestResponse.ResponseBuilder.<SchoolListView>created(uri.getAbsolutePathBuilder().path(String.valueOf(list.id())).build())
                .entity(list).build();
    }

    @PUT
    @Path("/{id}/entries/{schoolId}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "decideSchoolListEntry", summary = "Put a school on the draft list or leave it off, with the reason")
    public SchoolListView decide(@PathParam("id") long id, @PathParam("schoolId") long schoolId,
                                   @Valid @NotNull(message = "{validation.sendDecision}") ListInputs.EntryDecision input) {
        return lists.decide(id, schoolId, input);
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "approveSchoolList", summary = "Approve the list by an order: in force for its year, no longer changed")
    public SchoolListView approve(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendOrder}") ListInputs.Approval input) {
        return lists.approve(id, input);
    }
}
