package ru.rostok.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import ru.rostok.body.Body;
import ru.rostok.body.BodyKind;
import ru.rostok.control.Decision;
import ru.rostok.lists.IdentificationRule;
import ru.rostok.lists.SchoolList;
import ru.rostok.risk.RiskFactor;
import ru.rostok.monitoring.Indicator;
import ru.rostok.roadmap.Roadmap;
import ru.rostok.school.School;
import ru.rostok.school.SchoolType;
import ru.rostok.school.Settlement;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.MunicipalityKind;
import ru.rostok.territory.Region;

/**
 * Fills an empty registry with the demo data: the real regions, municipalities and bodies of the
 * seed documents (Крым and Керчь, Калининградская область and Славск, Мурманская область and
 * Оленегорск, Красноярский край and Лесосибирск) and plausible schools. Runs only when the registry
 * is empty, so a restart keeps whatever users have changed.
 */
@ApplicationScoped
public class DemoSeeder {
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

    @Inject
    MonitoringDemo monitoring;

    @Inject
    MunicipalMonitoringDemo municipalMonitoring;

    @Inject
    PlansDemo plans;

    @Inject
    ListsDemo lists;

    @Inject
    RiskDemo risks;

    @Inject
    EffectDemo effect;

    @Inject
    CycleDemo cycle;

    @Inject
    EventsDemo events;

    @Inject
    StaffDemo staff;

    @Inject
    DeficitDemo deficits;

    @Inject
    TrainingDemo training;

    @Inject
    RouteDemo routes;

    @ConfigProperty(name = "rostok.demo.seed")
    boolean enabled;

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            seed();
        }
    }

    // all or nothing, and longer than the default minute: the staff of every demo school is thousands of rows, and a
    // loaded machine (tests beside builds) took 70 s
    @Transactional
    @TransactionConfiguration(timeout = 600)
    void seed() {
        if (Region.count() > 0) {
            if (Indicator.count() == 0) {
                monitoring.seed(read("indicators.tsv")); // a registry from before the monitoring existed
            }
            if (Indicator.count("respondent", ru.rostok.monitoring.Respondent.MUNICIPALITY) == 0) {
                municipalMonitoring.seed(); // a registry from before the monitoring of municipalities existed
            }
            if (Roadmap.count() == 0 && Decision.count() == 0) {
                plans.seed(); // a registry from before roadmaps and decisions existed
            }
            if (IdentificationRule.count() == 0) {
                lists.seed(); // a registry from before the lists of ШНОР and ШНСУ existed
            }
            if (RiskFactor.count() == 0) {
                risks.seed(); // a registry from before risk profiles existed
            }
            if (SchoolList.count("status", SchoolList.Status.APPROVED) == 0) {
                effect.seed(); // a registry from before the effect of support was assessed
            }
            cycle.seed(); // once: it looks for its own roadmap first
            events.seed(); // once: it looks for events first
            staff.seed(); // once: it looks for teachers first
            deficits.seed(); // once: it looks for assessments first
            training.seed(); // once: it looks for trainings first
            routes.seed(); // once: it looks for routes first
            return;
        }
        Map<String, Region> regions = new HashMap<>();
        for (Map<String, String> row : read("regions.tsv")) {
            Region r = new Region();
            r.code = row.get("code");
            r.name = row.get("name");
            r.persist();
            regions.put(r.code, r);
        }
        Map<String, Municipality> municipalities = new HashMap<>();
        for (Map<String, String> row : read("municipalities.tsv")) {
            Municipality m = new Municipality();
            m.region = regions.get(row.get("region_code"));
            m.oktmo = row.get("oktmo");
            m.name = row.get("name");
            m.kind = MunicipalityKind.valueOf(row.get("kind"));
            m.persist();
            municipalities.put(m.oktmo, m);
        }
        for (Map<String, String> row : read("bodies.tsv")) {
            Body b = new Body();
            b.inn = row.get("inn");
            b.kind = BodyKind.valueOf(row.get("kind"));
            b.region = regions.get(row.get("region_code"));
            b.municipality = row.get("oktmo").isEmpty() ? null : municipalities.get(row.get("oktmo"));
            b.shortName = row.get("short_name");
            b.fullName = row.get("full_name");
            b.head = row.get("head");
            b.address = row.get("address");
            b.persist();
        }
        int schools = 0;
        for (Map<String, String> row : read("schools.tsv")) {
            School s = new School();
            s.inn = row.get("inn");
            s.municipality = municipalities.get(row.get("municipality_oktmo"));
            s.shortName = row.get("short_name");
            s.fullName = row.get("full_name");
            s.type = SchoolType.valueOf(row.get("type"));
            s.settlement = Settlement.valueOf(row.get("settlement"));
            s.address = row.get("address");
            s.principal = row.get("principal");
            s.pupils = Integer.parseInt(row.get("pupils"));
            s.teachers = Integer.parseInt(row.get("teachers"));
            s.persist();
            schools++;
        }
        LOG.infof("Demo registry created: %d regions, %d municipalities, %d schools", regions.size(), municipalities.size(), schools);
        monitoring.seed(read("indicators.tsv"));
        municipalMonitoring.seed();
        plans.seed();
        lists.seed();
        effect.seed();
        risks.seed();
        cycle.seed();
        events.seed();
        staff.seed();
        deficits.seed();
        training.seed();
        routes.seed();
    }

    /** The demo files: tab-separated, a header line, no quoting (the texts hold «» but never '"'). */
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
            .setQuote(null).setIgnoreSurroundingSpaces(false).setTrim(false).get();

    private static List<Map<String, String>> read(String file) {
        InputStream in = DemoSeeder.class.getResourceAsStream("/demo/" + file);
        if (in == null) {
            throw new IllegalStateException("Demo data file missing: " + file);
        }
        try (CSVParser parser = TSV.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new HashMap<>();
                for (String column : parser.getHeaderNames()) {
                    row.put(column, record.isSet(column) ? record.get(column) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
