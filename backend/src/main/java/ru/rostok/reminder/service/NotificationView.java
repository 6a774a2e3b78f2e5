package ru.rostok.reminder.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationView", description = "A reminder: an item due soon or overdue")
public record NotificationView(long id, @Schema(description = "DUE_SOON or OVERDUE") String kind,
                               @Schema(description = "MEASURE or POINT") String itemType, long itemId,
                               @Schema(description = "The roadmap's (MEASURE) or decision's (POINT) id, to open the item") Long planId,
                               LocalDate occurrenceDue,
                               String text, OffsetDateTime createdAt, OffsetDateTime readAt) {
}
