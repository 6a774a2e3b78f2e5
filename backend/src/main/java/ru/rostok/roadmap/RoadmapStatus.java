package ru.rostok.roadmap;

/** draft → approved → in progress → completed, and archived from any of them but draft. */
public enum RoadmapStatus {
    DRAFT, APPROVED, IN_PROGRESS, COMPLETED, ARCHIVED;

    public boolean canMoveTo(RoadmapStatus next) {
        return switch (this) {
            case DRAFT -> next == APPROVED;
            case APPROVED -> next == IN_PROGRESS || next == ARCHIVED;
            case IN_PROGRESS -> next == COMPLETED || next == ARCHIVED;
            case COMPLETED -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }

    /** Past approval the plan changes only by a correction with a reason. */
    public boolean approved() {
        return this != DRAFT;
    }
}
