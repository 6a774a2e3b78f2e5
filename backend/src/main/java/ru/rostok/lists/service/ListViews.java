package ru.rostok.lists.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.Condition;
import ru.rostok.lists.ListKind;
import ru.rostok.lists.RuleSnapshot;
import ru.rostok.lists.SchoolList;
import ru.rostok.lists.SchoolListEntry;

/** What the lists API answers. */
public final class ListViews {
    private ListViews() {
    }

    @Schema(name = "IdentificationRule")
    public record Rule(long id, long regionId, ListKind kind, String name, List<Condition> conditions, int minMatches, int consecutiveYears,
                       @Schema(description = "The rule in words: «2 из 3: VPR_F2 > 20; …; 2 года подряд»") String text, long version) {
    }

    @Schema(name = "SchoolListSummary")
    public record Summary(long id, long regionId, String regionName, ListKind kind, int year, String title, SchoolList.Status status, long included,
                          long proposed, String orderNumber, LocalDate orderDate, long version, OffsetDateTime updatedAt) {
    }

    @Schema(name = "SchoolList", description = "A list with every school proposed or added, on it or left off, with reasons and values")
    public record Detail(long id, long regionId, String regionName, ListKind kind, int year, String title, SchoolList.Status status,
                        RuleSnapshot rule, String ruleText, List<CampaignRef> campaigns, int exitYears,
                        @Schema(description = "Last year's approved list of the same kind, whose schools were carried over") Long previousListId,
                        String orderNumber, LocalDate orderDate, Long orderBodyId, String orderBodyName, String approvedBy, OffsetDateTime approvedAt,
                        long included, List<Entry> entries, long version, OffsetDateTime updatedAt,
                        @Schema(description = "What the caller may do with the list: edit (a draft: its schools, decisions, approval)")
                        List<String> actions) {
    }

    @Schema(name = "ListCampaignRef")
    public record CampaignRef(long id, String name, String academicYear) {
    }

    @Schema(name = "SchoolListEntry")
    public record Entry(long schoolId, String schoolName, long municipalityId, String municipalityName, SchoolListEntry.Source source,
                        boolean included, String reason, List<SchoolListEntry.Evidence> evidence, String decidedBy, OffsetDateTime decidedAt) {
    }

    @Schema(name = "SchoolListHistoryItem", description = "A list the school was proposed for or put on")
    public record History(long listId, String title, ListKind kind, int year, SchoolList.Status status, boolean included,
                          SchoolListEntry.Source source, String reason, String orderNumber, LocalDate orderDate) {
    }
}
