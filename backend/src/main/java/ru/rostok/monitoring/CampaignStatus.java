package ru.rostok.monitoring;

/** draft → open → closed → published; each step only forward, one at a time. */
public enum CampaignStatus {
    DRAFT, OPEN, CLOSED, PUBLISHED;

    public boolean canMoveTo(CampaignStatus next) {
        return next.ordinal() == ordinal() + 1;
    }
}
