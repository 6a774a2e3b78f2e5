package ru.rostok.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import ru.rostok.school.School;
import ru.rostok.security.Paths;
import ru.rostok.security.Place;
import ru.rostok.security.Scope;
import ru.rostok.territory.Municipality;

/**
 * A school is seen by its own staff and those above it; its profile is kept by them too, but where it belongs (its
 * municipality, its INN that staff accounts are matched by) only by those above it.
 */
@ApplicationScoped
public class SchoolPolicy {
    public static final String EDIT = "edit";
    public static final String MOVE = "move";

    @Inject
    Scope scope;

    public boolean sees(School s) {
        return scope.covers(s.place());
    }

    /** JPQL over a school alias. */
    public Scope.Filter filter(String alias) {
        return scope.covering(new Paths(alias + ".municipality.region.id", alias + ".municipality.id", alias + ".id"));
    }

    /** The same in SQL, over a school table alias and its municipality's. */
    public Scope.Filter filterSql(String school, String municipality) {
        return scope.covering(new Paths(municipality + ".region_id", school + ".municipality_id", school + ".id"));
    }

    /** Schools are added, moved and renumbered by the region's analysts and the municipality's coordinator. */
    public boolean mayKeepSchoolsIn(Municipality m) {
        return scope.actsFor(m.place());
    }

    public boolean mayEditProfile(School s) {
        return scope.actsFor(s.place());
    }

    /** What the caller may do with the school: edit its profile; move it (municipality, INN). */
    public List<String> actions(School s) {
        return actions(s.place());
    }

    /** The same for a school known by its place, e.g. a row of a list. */
    public List<String> actions(Place school) {
        List<String> actions = new ArrayList<>();
        if (scope.actsFor(school)) {
            actions.add(EDIT);
        }
        if (scope.actsFor(Place.municipality(school.regionId(), school.municipalityId()))) {
            actions.add(MOVE);
        }
        return actions;
    }
}
