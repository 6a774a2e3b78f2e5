package ru.rostok;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.common.FieldError;
import ru.rostok.common.Problem;

/** The API's description; the problem schema is declared here because errors are documented by a filter. */
@OpenAPIDefinition(
        info = @Info(title = "Rostok API", version = "1.0.0"),
        tags = {
                @Tag(name = "Me", description = "The caller and their scope"),
                @Tag(name = "Territories", description = "Regions and municipalities"),
                @Tag(name = "Bodies", description = "Ministries, education authorities, methodological centres"),
                @Tag(name = "Schools", description = "The school registry, its export and import"),
                @Tag(name = "Audit", description = "History of every write")
        },
        components = @Components(schemas = {
                @Schema(name = "Problem", implementation = Problem.class),
                @Schema(name = "FieldError", implementation = FieldError.class)
        }))
public class RostokApi extends Application {
}
