package ru.rostok.partnership;

import java.util.Map;
import java.util.Set;

/** proposed → agreed → interaction plan submitted → approved by the methodological centre → active → closed. */
public enum PartnershipStatus {
    PROPOSED, AGREED, PLAN_SUBMITTED, APPROVED, ACTIVE, CLOSED;

    private static final Map<PartnershipStatus, Set<PartnershipStatus>> NEXT = Map.of(
            PROPOSED, Set.of(AGREED, CLOSED),
            AGREED, Set.of(PLAN_SUBMITTED, CLOSED),
            PLAN_SUBMITTED, Set.of(APPROVED, AGREED, CLOSED), // back to AGREED: the plan is returned for rework
            APPROVED, Set.of(ACTIVE, CLOSED),
            ACTIVE, Set.of(CLOSED),
            CLOSED, Set.of());

    public boolean canMoveTo(PartnershipStatus to) {
        return NEXT.get(this).contains(to);
    }

    public String label() {
        return switch (this) {
            case PROPOSED -> "предложено";
            case AGREED -> "соглашение заключено";
            case PLAN_SUBMITTED -> "план взаимодействия на согласовании";
            case APPROVED -> "план согласован";
            case ACTIVE -> "действует";
            case CLOSED -> "закрыто";
        };
    }
}
