package ru.rostok.evidence;

/**
 * A feature whose reports carry evidence files. A file is seen by whoever sees its report, and only the report's own
 * feature knows that rule; evidence asks it instead of knowing the features above it.
 */
public interface EvidenceOwner {
    /** Whether the file is attached to one of this feature's reports. */
    boolean owns(EvidenceFile file);

    /** Whether the caller sees the report the file is attached to. */
    boolean sees(EvidenceFile file);
}
