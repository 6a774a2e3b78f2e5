package ru.rostok.lists.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.RuleSnapshot;
import ru.rostok.lists.SchoolList;

@Schema(name = "SchoolList", description = "A list with every school proposed or added, on it or left off, with reasons and values")
public record SchoolListView(long id, long regionId, String regionName, ListKind kind, int year,
                    @Schema(description = "The last year in force: a list of 2020–2022 has year 2020 and yearTo 2022") int yearTo, String title, SchoolList.Status status,
                    RuleSnapshot rule, String ruleText, List<ListCampaignRefView> campaigns, int exitYears,
                    @Schema(description = "Last year's approved list of the same kind, whose schools were carried over") Long previousListId,
                    String orderNumber, LocalDate orderDate, Long orderBodyId, String orderBodyName, String approvedBy, OffsetDateTime approvedAt,
                    long included, List<SchoolListEntryView> entries, long version, OffsetDateTime updatedAt,
                    @Schema(description = "What the caller may do with the list: edit (a draft: its schools, decisions, approval)")
                    List<String> actions) {
}
