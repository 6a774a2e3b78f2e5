package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.jboss.logging.Logger;
import ru.rostok.monitoring.Condition;
import ru.rostok.lists.IdentificationRule;
import ru.rostok.lists.ListKind;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.territory.Municipality;

/**
 * What identifying ШНОР and ШНСУ needs in the demo: Lesosibirsk's monitoring of the year before (so that «two years in
 * a row» can be checked) and the region's rules for both kinds of list.
 */
@ApplicationScoped
public class ListsDemo {
    private static final Logger LOG = Logger.getLogger(ListsDemo.class);

    @Inject
    MonitoringDemo monitoring;

    void seed() {
        Municipality lesosibirsk = Municipality.<Municipality>find("oktmo", "04722000").firstResult();
        Campaign previous = monitoring.campaign("Мониторинг качества образования в школах Лесосибирска за 2019/2020 учебный год", "2019/2020",
                "98", LocalDate.of(2019, 9, 20), lesosibirsk.region, lesosibirsk, MonitoringDemo.LESOSIBIRSK_SET,
                LocalDate.of(2019, 9, 20), LocalDate.of(2019, 10, 30));
        monitoring.fill(previous, new Random(2019), s -> SubmissionStatus.ACCEPTED);
        MonitoringDemo.move(previous, CampaignStatus.OPEN, OffsetDateTime.parse("2019-09-20T09:00:00+07:00"));
        MonitoringDemo.move(previous, CampaignStatus.CLOSED, OffsetDateTime.parse("2019-10-31T09:00:00+07:00"));
        MonitoringDemo.move(previous, CampaignStatus.PUBLISHED, OffsetDateTime.parse("2019-11-08T09:00:00+07:00"));

        rule(lesosibirsk, ListKind.LOW_RESULTS, "Низкие результаты два года подряд", 2, 2,
                new Condition("VPR_F2", Condition.Operator.GE, new BigDecimal("15")),
                new Condition("OGE_F2_RU", Condition.Operator.GE, new BigDecimal("15")),
                new Condition("SUCC_RATE", Condition.Operator.LT, new BigDecimal("60")));
        rule(lesosibirsk, ListKind.UNFAVOURABLE_CONDITIONS, "Высокая доля малообеспеченных семей", 1, 1,
                new Condition("CTX_LOWINC", Condition.Operator.GE, new BigDecimal("20")));
        LOG.info("Demo lists: Lesosibirsk's 2019/2020 monitoring and 2 identification rules");
    }

    private static void rule(Municipality m, ListKind kind, String name, int minMatches, int years, Condition... conditions) {
        IdentificationRule r = new IdentificationRule();
        r.region = m.region;
        r.kind = kind;
        r.name = name;
        r.conditions = List.of(conditions);
        r.minMatches = minMatches;
        r.consecutiveYears = years;
        r.persist();
    }
}
