package ru.rostok.control.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.rostok.control.service.MyWork;

@Path("/api/v1/my-work")
@Tag(name = "Control")
@Authenticated
public class MyWorkResource {
    @Inject
    MyWork work;

    @GET
    @Operation(operationId = "myWork", summary = "Measures and points assigned to the caller's body or school, not yet done, nearest due first")
    public List<WorkItem> list() {
        return work.items();
    }
}
