package ru.rostok.cycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** ✔ done, partly done (with the count), ✖ missing, — does not apply. */
@Schema(name = "CycleCellState")
public enum CellState {
    DONE("✔", "выполнено"), PARTIAL("◐", "частично"), MISSING("✖", "нет"), NOT_APPLICABLE("—", "не применимо");

    public final String mark;
    public final String label;

    CellState(String mark, String label) {
        this.mark = mark;
        this.label = label;
    }

    /** In a sort by a position: the missing first, then the partial, the done, and what does not apply last. */
    public int rank() {
        return switch (this) {
            case MISSING -> 0;
            case PARTIAL -> 1;
            case DONE -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }
}
