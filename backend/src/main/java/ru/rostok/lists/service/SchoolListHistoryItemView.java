package ru.rostok.lists.service;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.SchoolListEntry;

@Schema(name = "SchoolListHistoryItem", description = "A list the school was proposed for or put on")
public record SchoolListHistoryItemView(long listId, String title, ListKind kind, int year, SchoolList.Status status, boolean included,
                      SchoolListEntry.Source source, String reason, String orderNumber, LocalDate orderDate) {
}
