package ru.rostok.lists.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.SchoolList;

@Schema(name = "SchoolListSummary")
public record SchoolListSummaryView(long id, long regionId, String regionName, ListKind kind, int year, int yearTo, String title, SchoolList.Status status, long included,
                      long proposed, String orderNumber, LocalDate orderDate, long version, OffsetDateTime updatedAt) {
}
