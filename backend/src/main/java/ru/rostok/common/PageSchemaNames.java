package ru.rostok.common;

import java.util.LinkedHashMap;
import java.util.Map;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names a page of records after the schema of its items («PageResponsePartnership»), as the SPA and clients know it;
 * the generator would name it after the Java class of the items («PageResponsePartnershipView»).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PageSchemaNames implements OASFilter {
    private static final String PREFIX = "PageResponse";
    private static final String REFS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> renamed = new LinkedHashMap<>();
        Map<String, Schema> schemas = new LinkedHashMap<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            String itemsRef = name.startsWith(PREFIX) ? itemsRef(schema) : null;
            String wanted = itemsRef == null ? name : PREFIX + itemsRef.substring(REFS.length());
            schemas.put(wanted, schema);
            if (!wanted.equals(name)) {
                renamed.put(REFS + name, REFS + wanted);
            }
        });
        if (renamed.isEmpty()) {
            return;
        }
        openAPI.getComponents().setSchemas(new TreeMap<>(schemas));
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().getMediaTypes().values().forEach(media -> {
                            Schema schema = media.getSchema();
                            if (schema != null && schema.getRef() != null && renamed.containsKey(schema.getRef())) {
                                schema.setRef(renamed.get(schema.getRef()));
                            }
                        });
                    }
                });
            }
        }));
    }

    private static String itemsRef(Schema page) {
        Map<String, Schema> properties = page.getProperties();
        Schema items = properties == null ? null : properties.get("items");
        Schema item = items == null ? null : items.getItems();
        return item == null || item.getRef() == null ? null : item.getRef();
    }
}
