package ru.rostok.staff.service;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import ru.rostok.common.Subject;
import ru.rostok.staff.QualificationCategory;

/** Filters of the staff list, shared by the list and its export. */
public class StaffFilter {
    @QueryParam("regionId")
    @Parameter(description = "Only teachers of this region's schools")
    public Long regionId;

    @QueryParam("municipalityId")
    @Parameter(description = "Only teachers of this municipality's schools")
    public Long municipalityId;

    @QueryParam("schoolId")
    @Parameter(description = "Only teachers of this school")
    public Long schoolId;

    @QueryParam("q")
    @Parameter(description = "Text in the name or position; case and ё/е do not matter")
    public String q;

    @QueryParam("subject")
    @Parameter(description = "Only those who teach this subject")
    public Subject subject;

    @QueryParam("category")
    @Parameter(description = "Only those of this qualification category")
    public QualificationCategory category;

    @QueryParam("archived")
    @DefaultValue("false")
    @Parameter(description = "true: those who have left (the archive); false: those who work")
    public boolean archived;
}
