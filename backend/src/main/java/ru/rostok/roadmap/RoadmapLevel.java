package ru.rostok.roadmap;

/** Whose plan it is: a region's, a municipality's, one school's, or a partnership of two schools. */
public enum RoadmapLevel {
    REGION, MUNICIPALITY, SCHOOL, PARTNERSHIP;

    /** Higher for a plan above: a region's over a municipality's over a school's (or two schools'). */
    public int rank() {
        return switch (this) {
            case REGION -> 3;
            case MUNICIPALITY -> 2;
            case SCHOOL, PARTNERSHIP -> 1;
        };
    }
}
