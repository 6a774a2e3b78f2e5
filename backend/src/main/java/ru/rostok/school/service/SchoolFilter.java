package ru.rostok.school.service;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.rostok.school.SchoolType;
import ru.rostok.school.Settlement;

/** Filters of the school list, shared by the list and its export. */
public class SchoolFilter {
    @QueryParam("regionId")
    @Parameter(description = "Only schools of this region")
    public Long regionId;

    @QueryParam("municipalityId")
    @Parameter(description = "Only schools of this municipality")
    public Long municipalityId;

    @QueryParam("type")
    @Parameter(description = "Only schools of this type")
    public SchoolType type;

    @QueryParam("settlement")
    @Parameter(description = "Urban or rural")
    public Settlement settlement;

    @QueryParam("q")
    @Parameter(description = "Text in the name, address, principal or INN; case and ё/е do not matter")
    public String q;
}
