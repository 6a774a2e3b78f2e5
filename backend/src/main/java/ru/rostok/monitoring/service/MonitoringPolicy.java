package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignSchool;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Respondent;
import ru.rostok.school.School;
import ru.rostok.security.Paths;
import ru.rostok.security.Place;
import ru.rostok.security.Role;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * Monitoring: the region's indicator catalogue, campaigns, the values schools hand in and their review.
 * Campaigns are seen by the people of their territory; school staff see a campaign past draft that asks their school.
 */
@ApplicationScoped
public class MonitoringPolicy {
    public static final String EDIT = "edit";
    public static final String LOAD_VALUES = "loadValues";

    @Inject
    Scope scope;

    public boolean sees(Campaign c) {
        if (scope.level() == Scope.Level.SCHOOL) {
            return c.status != CampaignStatus.DRAFT && CampaignSchool.includes(c.id, scope.schoolId().orElseThrow());
        }
        return scope.shares(c.place());
    }

    public Scope.Filter campaigns(String alias) {
        if (scope.level() == Scope.Level.SCHOOL) {
            return new Scope.Filter(alias + ".status <> ru.rostok.monitoring.CampaignStatus.DRAFT and exists (select 1 from CampaignSchool scs where scs.campaignId = "
                    + alias + ".id and scs.schoolId = :scopeSchool)", Map.of("scopeSchool", scope.schoolId().orElseThrow()));
        }
        return scope.sharing(new Paths(alias + ".region.id", alias + ".municipality.id", null));
    }

    /** The same in SQL, over a campaign table alias. */
    public Scope.Filter campaignsSql(String alias) {
        if (scope.level() == Scope.Level.SCHOOL) {
            return new Scope.Filter(alias + ".status <> 'DRAFT' and exists (select 1 from campaign_school scs where scs.campaign_id = "
                    + alias + ".id and scs.school_id = :scopeSchool)", Map.of("scopeSchool", scope.schoolId().orElseThrow()));
        }
        return scope.sharing(new Paths(alias + ".region_id", alias + ".municipality_id", null));
    }

    /** The catalogue is the region's: everyone in it reads it. */
    public boolean seesIndicatorsOf(Region region) {
        return scope.shares(region.place());
    }

    public Scope.Filter indicators(String alias) {
        return scope.sharing(new Paths(alias + ".region.id", null, null));
    }

    /** The region's analysts keep its catalogue. */
    public boolean mayKeepIndicatorsOf(Region region) {
        return scope.actsFor(region.place());
    }

    /** Analysts run the region's campaigns and its municipalities'; a coordinator runs the municipality's own. */
    public boolean mayManageCampaignOf(Region region, Municipality municipality) {
        return scope.actsFor(Place.municipality(region.id, municipality == null ? null : municipality.id));
    }

    public boolean mayManage(Campaign c) {
        return mayManageCampaignOf(c.region, c.municipality);
    }

    /** Values are loaded in bulk (XLSX, CSV, JSON) by the region's analysts and integrators; schools' values only. */
    public boolean mayLoadValuesOf(Campaign c) {
        if (c.respondent != Respondent.SCHOOL) {
            return false;
        }
        Place region = c.region.place();
        return scope.actsFor(region) || scope.hasRole(Role.INTEGRATOR) && scope.covers(region);
    }

    /** A school's own staff fill and hand in its data. */
    public boolean maySubmitFor(School s) {
        return scope.actsAt(s.place());
    }

    /** The municipality's coordinator and the region's analysts accept or return what a school handed in. */
    public boolean mayReview(School s) {
        return scope.actsAbove(s.place());
    }

    /** Only an analyst reopens data already accepted. */
    public boolean mayReopen(School s) {
        return scope.actsFor(Place.region(s.municipality.region.id));
    }

    /** The municipality's own coordinator fills and hands in its data in a campaign of municipalities. */
    public boolean maySubmitForMunicipality(Municipality m) {
        return scope.actsAt(m.place());
    }

    /** The region's analysts accept or return what a municipality handed in. */
    public boolean mayReviewMunicipality(Municipality m) {
        return scope.actsAbove(m.place());
    }

    /** Only an analyst reopens a municipality's data already accepted. */
    public boolean mayReopenMunicipality(Municipality m) {
        return scope.actsFor(Place.region(m.region.id));
    }

    /** A municipality's data is seen by its own people and the region's. */
    public boolean seesMunicipality(Municipality m) {
        return scope.shares(m.place());
    }

    /** SQL over a municipality table alias: the municipalities whose data in a campaign the caller sees. */
    public Scope.Filter municipalitiesSql(String alias) {
        return scope.sharing(new Paths(alias + ".region_id", alias + ".id", null));
    }

    /** What the caller may do with a campaign: edit it and move its status; load values in bulk. */
    public java.util.List<String> actions(Campaign c) {
        java.util.List<String> actions = new java.util.ArrayList<>();
        if (mayManage(c)) {
            actions.add(EDIT);
        }
        if (mayLoadValuesOf(c)) {
            actions.add(LOAD_VALUES);
        }
        return actions;
    }
}
