package ru.rostok.control;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The collegium's verdict on a body's work, from the better. */
@Schema(name = "AssessmentVerdict")
public enum Verdict {
    /** «на достаточном уровне» */
    ADEQUATE,
    /** «удовлетворительной» */
    SATISFACTORY,
    /** «неудовлетворительной» */
    UNSATISFACTORY;

    public String label() {
        return switch (this) {
            case ADEQUATE -> "на достаточном уровне";
            case SATISFACTORY -> "удовлетворительно";
            case UNSATISFACTORY -> "неудовлетворительно";
        };
    }
}
