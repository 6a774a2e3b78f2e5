package ru.rostok.account.service;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the account list. */
public class UserFilter {
    @QueryParam("q")
    @Parameter(description = "Part of the name, e-mail or username")
    public String q;

    @QueryParam("role")
    @Parameter(description = "admin, regional-analyst, municipal-coordinator or school-staff")
    public String role;

    @QueryParam("regionId")
    public Long regionId;

    @QueryParam("municipalityId")
    public Long municipalityId;

    @QueryParam("schoolId")
    public Long schoolId;

    @QueryParam("enabled")
    public Boolean enabled;
}
