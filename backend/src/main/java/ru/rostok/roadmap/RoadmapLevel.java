package ru.rostok.roadmap;

/** Whose plan it is: a region's, a municipality's, one school's, or a partnership of two schools. */
public enum RoadmapLevel { REGION, MUNICIPALITY, SCHOOL, PARTNERSHIP }
