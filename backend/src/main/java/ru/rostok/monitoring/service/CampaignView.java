package ru.rostok.monitoring.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.SchoolScope;
import ru.rostok.monitoring.ValueType;

@Schema(name = "CampaignView", description = "A campaign with its indicators, schools and history of statuses")
public record CampaignView(
        long id,
        String name,
        String academicYear,
        CampaignStatus status,
        @Schema(description = "Who answers: schools or the region's municipalities") Respondent respondent,
        long regionId,
        String regionName,
        Long municipalityId,
        String municipalityName,
        String orderNumber,
        LocalDate orderDate,
        long orderBodyId,
        String orderBodyName,
        LocalDate opensOn,
        LocalDate closesOn,
        SchoolScope schoolScope,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The approved school list of a SCHOOL_LIST campaign")
        ListedRef schoolList,
        @Schema(description = "The schools asked, in the caller's scope") List<Long> schoolIds,
        List<Item> indicators,
        List<Transition> transitions,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "What the caller may do with the campaign: edit (and move its status), loadValues (bulk load)")
        List<String> actions) {

    @Schema(name = "CampaignIndicator", description = "An indicator as the campaign asks it")
    public record Item(long indicatorId, String code, String name, String description, IndicatorCategory category, String unit,
                       ValueType valueType, Direction direction, BigDecimal minValue, BigDecimal maxValue, Integer minSample,
                       boolean required, int position) {
    }

    @Schema(name = "CampaignTransition", description = "A move of the campaign to a status")
    public record Transition(CampaignStatus fromStatus, CampaignStatus toStatus, String actor, OffsetDateTime occurredAt) {
    }

    @Schema(name = "CampaignListRef", description = "The school list a campaign follows, with the years it is in force")
    public record ListedRef(long id, String title, int year, int yearTo) {
    }
}
