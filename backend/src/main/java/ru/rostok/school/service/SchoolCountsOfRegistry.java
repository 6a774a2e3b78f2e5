package ru.rostok.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import ru.rostok.school.School;
import ru.rostok.territory.service.SchoolCounts;

@ApplicationScoped
public class SchoolCountsOfRegistry implements SchoolCounts {

    @Override
    public long inRegion(long regionId) {
        return School.count("municipality.region.id", regionId);
    }

    @Override
    public long inMunicipality(long municipalityId) {
        return School.count("municipality.id", municipalityId);
    }
}
