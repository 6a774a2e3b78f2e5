package ru.rostok.territory.service;

/** How many schools a territory has; answered by the school registry, which sits above territories. */
public interface SchoolCounts {
    long inRegion(long regionId);

    long inMunicipality(long municipalityId);
}
