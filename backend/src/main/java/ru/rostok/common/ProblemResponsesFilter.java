package ru.rostok.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json answers every operation can give, so that clients generated from the
 * contract know them: 401 and 403 everywhere, 404 where a path names a record, 400 where input is
 * read, 409 for writes, and 413/422 for uploads. Error answers documented without a body (Quarkus adds
 * a bare 401 and 403 to every secured operation before this filter runs) get the problem body too.
 * It runs when the application is built: it needs nothing of the runtime, and a start-time filter would keep
 * Quarkus preparing the whole document at every start (issue 16, README «Memory and start»).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) ->
                item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        boolean bulk = method == PathItem.HttpMethod.POST && path.endsWith("/values");
        boolean upload = path.endsWith("/import") || bulk;
        createdIsCreated(operation, responses);
        add(responses, "400", "Invalid input: validation errors per field, malformed JSON, wrong types or unknown sort field");
        if (!KeycloakSecurityScheme.isPublic(operation)) {
            add(responses, "401", "No token, or an invalid, expired or wrong-audience token");
            add(responses, "403", "The caller's role may not do this");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found, or outside the caller's scope");
        }
        if (write && !path.equals("/api/v1/schools/import")) {
            add(responses, "409", "A record with this code exists, the version is stale, or the record's status does not allow it");
        }
        if (upload) {
            add(responses, "413", "The file is larger than allowed");
            add(responses, "422", "The file was rejected; every bad row is listed, nothing was written");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(problemContent());
            }
        });
    }

    private static final java.util.Set<String> CREATING = java.util.Set.of("reviseIndicator", "runAnalysis", "issueRecommendation");

    /** Operations that make a record answer 201 with a Location; the generator documents them as 200. */
    private static void createdIsCreated(Operation operation, APIResponses responses) {
        String id = operation.getOperationId();
        if (id != null && (id.startsWith("create") || CREATING.contains(id)) && responses.hasAPIResponse("200")) {
            var ok = responses.getAPIResponse("200");
            responses.removeAPIResponse("200");
            responses.addAPIResponse("201", ok.description("Created; Location names the new record"));
        }
    }

    /** Adds the answer, or gives Quarkus' own bare one ("Not Authorized") this description and the problem body. */
    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(problemContent()));
        } else if (existing.getContent() == null) {
            existing.description(description).content(problemContent());
        }
    }

    private static Content problemContent() {
        Schema schema = OASFactory.createSchema().ref(PROBLEM_REF);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(schema));
    }

}
