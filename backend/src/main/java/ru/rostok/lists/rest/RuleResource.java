package ru.rostok.lists.rest;

import ru.rostok.lists.service.IdentificationRuleView;
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
import ru.rostok.lists.service.ListInputs;
import ru.rostok.lists.service.RuleService;
import ru.rostok.security.Role;

@Path("/api/v1/identification-rules")
@Tag(name = "School lists")
// people's work: not for integrators, which get the registry and the monitoring data only
@RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST, Role.MUNICIPAL_COORDINATOR, Role.SCHOOL_STAFF})
public class RuleResource {
    @Inject
    RuleService rules;

    @GET
    @Operation(operationId = "listIdentificationRules", summary = "The rules for identifying ШНОР and ШНСУ in the caller's regions",
            description = "Sort fields: name, kind, updatedAt; default: in the order they were written.")
    public PageResponse<IdentificationRuleView> list(@QueryParam("regionId") Long regionId, @QueryParam("kind") ListKind kind, @BeanParam PageQuery query) {
        return rules.list(regionId, kind, query);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIdentificationRule", summary = "One rule")
    public IdentificationRuleView get(@PathParam("id") long id) {
        return rules.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "createIdentificationRule", summary = "Write a rule: thresholds on indicators, N of M, years in a row")
    public RestResponse<IdentificationRuleView> create(@Valid @NotNull(message = "{validation.sendRule}") ListInputs.RuleInput input, UriInfo uri) {
        IdentificationRuleView rule = rules.create(input);
        return RestResponse.ResponseBuilder.<IdentificationRuleView>created(uri.getAbsolutePathBuilder().path(String.valueOf(rule.id())).build())
                .entity(rule).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.REGIONAL_ANALYST})
    @Operation(operationId = "updateIdentificationRule", summary = "Change a rule; lists already made keep the rule as they applied it")
    public IdentificationRuleView update(@PathParam("id") long id, @Valid @NotNull(message = "{validation.sendRule}") ListInputs.RuleInput input) {
        return rules.update(id, input);
    }
}
