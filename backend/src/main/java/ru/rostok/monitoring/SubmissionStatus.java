package ru.rostok.monitoring;

/** Where a school's data stands; NOT_STARTED is never stored: it is the absence of a submission. */
public enum SubmissionStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The school may still change its values. */
    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }

    /** Handed in (and not sent back): what the closing date asks for. */
    public boolean handedIn() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
