package ru.rostok.partnership.service;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.partnership.PartnershipStatus;

@Schema(name = "PartnershipTransition")
public record PartnershipTransitionView(PartnershipStatus from, PartnershipStatus to, String comment, String actor, OffsetDateTime occurredAt) {
}
