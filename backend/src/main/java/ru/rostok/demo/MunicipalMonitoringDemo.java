package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import ru.rostok.body.Body;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignIndicator;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.CampaignTransition;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.Indicator;
import ru.rostok.monitoring.IndicatorCategory;
import ru.rostok.monitoring.IndicatorValue;
import ru.rostok.monitoring.Respondent;
import ru.rostok.monitoring.SchoolScope;
import ru.rostok.monitoring.Submission;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.monitoring.ValueType;
import ru.rostok.monitoring.service.ValueRules;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * The demo monitoring of municipalities (seed 001 п. 4.2.3 «мониторинга организации работы со школами данной категории на
 * муниципальном уровне»): six municipal indicators in every region's catalogue, an open regional campaign in Crimea
 * (Феодосия has handed in, Керчь has a draft) and a published one in Krasnoyarsk Krai that Lesosibirsk answered.
 */
@ApplicationScoped
public class MunicipalMonitoringDemo {
    private static final Logger LOG = Logger.getLogger(MunicipalMonitoringDemo.class);

    /** Code, name, type, unit, description: the positions of a municipality's work with its ШНОР. */
    private static final List<String[]> INDICATORS = List.of(
            new String[] {"MUN_LIST", "Утверждён муниципальный перечень ШНОР", "BOOLEAN", "да/нет",
                    "Перечень школ с низкими образовательными результатами утверждён распорядительным документом органа управления образованием."},
            new String[] {"MUN_ROADMAP", "Утверждена муниципальная дорожная карта (план мероприятий) по работе со ШНОР", "BOOLEAN", "да/нет",
                    "Муниципальный план мероприятий («дорожная карта») по повышению качества образования в ШНОР утверждён."},
            new String[] {"MUN_PARTNERS", "Доля ШНОР, за которыми закреплены школы-партнёры", "PERCENT", "%",
                    "Числитель — число ШНОР муниципалитета, за которыми закреплена школа-партнёр с высокими результатами; знаменатель — число ШНОР."},
            new String[] {"MUN_VISITS", "Число выездов специалистов в ШНОР за год", "COUNT", "выездов",
                    "Выезды специалистов органа управления образованием и методической службы в ШНОР за учебный год."},
            new String[] {"MUN_HEADS_TRAINED", "Доля ШНОР, руководители которых прошли повышение квалификации", "PERCENT", "%",
                    "Числитель — число ШНОР, руководители которых прошли повышение квалификации за последние три года; знаменатель — число ШНОР."},
            new String[] {"MUN_ANALYSIS", "Проведён анализ результатов мониторинга по каждой ШНОР", "BOOLEAN", "да/нет",
                    "По результатам ежегодного мониторинга проведён анализ по каждой ШНОР с выводами и адресными рекомендациями."});

    @Inject
    EntityManager em;

    /** Runs inside the registry seeder's transaction, after the schools' monitoring. */
    void seed() {
        for (Region region : Region.<Region>listAll()) {
            for (String[] row : INDICATORS) {
                indicator(region, row).persist();
            }
        }
        em.flush();
        Region crimea = Region.findByCode("91").orElseThrow();
        Campaign crimean = campaign(crimea, "Мониторинг организации работы со ШНОР на муниципальном уровне", "2026/2027", "1910",
                LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 25));
        MonitoringDemo.move(crimean, CampaignStatus.OPEN, OffsetDateTime.parse("2026-11-16T09:00:00+03:00"));
        answer(crimean, municipality("35726000"), SubmissionStatus.SUBMITTED, new double[][] {{1}, {1}, {4, 5}, {18}, {3, 5}, {1}});
        answer(crimean, municipality("35715000"), SubmissionStatus.DRAFT, new double[][] {{1}, {1}});

        Municipality lesosibirsk = municipality("04722000");
        Campaign krasnoyarsk = campaign(lesosibirsk.region, "Мониторинг организации работы со ШНОР на муниципальном уровне", "2020/2021",
                "1214", LocalDate.of(2020, 11, 2), LocalDate.of(2020, 11, 9), LocalDate.of(2020, 12, 11));
        MonitoringDemo.move(krasnoyarsk, CampaignStatus.OPEN, OffsetDateTime.parse("2020-11-09T09:00:00+07:00"));
        answer(krasnoyarsk, lesosibirsk, SubmissionStatus.ACCEPTED, new double[][] {{1}, {1}, {3, 3}, {12}, {2, 3}, {1}});
        MonitoringDemo.move(krasnoyarsk, CampaignStatus.CLOSED, OffsetDateTime.parse("2020-12-14T09:00:00+07:00"));
        MonitoringDemo.move(krasnoyarsk, CampaignStatus.PUBLISHED, OffsetDateTime.parse("2020-12-21T09:00:00+07:00"));
        LOG.info("Demo monitoring of municipalities created: 6 indicators a region, 2 campaigns");
    }

    private static Indicator indicator(Region region, String[] row) {
        Indicator i = new Indicator();
        i.region = region;
        i.code = row[0];
        i.name = row[1];
        i.valueType = ValueType.valueOf(row[2]);
        i.unit = row[3];
        i.description = row[4];
        i.category = IndicatorCategory.MANAGEMENT;
        i.direction = Direction.HIGHER_BETTER;
        i.respondent = Respondent.MUNICIPALITY;
        if (i.valueType == ValueType.PERCENT) {
            i.minValue = BigDecimal.ZERO;
            i.maxValue = BigDecimal.valueOf(100);
        } else if (i.valueType == ValueType.COUNT) {
            i.minValue = BigDecimal.ZERO;
        }
        return i;
    }

    private static Municipality municipality(String oktmo) {
        return Municipality.findByOktmo(oktmo).orElseThrow();
    }

    private Campaign campaign(Region region, String name, String year, String order, LocalDate orderDate, LocalDate opensOn,
                              LocalDate closesOn) {
        Campaign c = new Campaign();
        c.name = name;
        c.academicYear = year;
        c.orderNumber = order;
        c.orderDate = orderDate;
        c.region = region;
        c.orderBody = Body.<Body>find("region = ?1 and kind = ru.rostok.body.BodyKind.MINISTRY", region).firstResult();
        c.respondent = Respondent.MUNICIPALITY;
        c.schoolScope = SchoolScope.TERRITORY;
        c.opensOn = opensOn;
        c.closesOn = closesOn;
        for (int n = 0; n < INDICATORS.size(); n++) {
            c.indicators.add(new CampaignIndicator(Indicator.findCurrent(region.id, INDICATORS.get(n)[0]).orElseThrow(), n + 1, true));
        }
        c.persist();
        CampaignTransition t = new CampaignTransition();
        t.campaignId = c.id;
        t.toStatus = CampaignStatus.DRAFT;
        t.actor = "system";
        t.occurredAt = orderDate.atTime(9, 0).atOffset(OffsetDateTime.now().getOffset());
        t.persist();
        return c;
    }

    /** The municipality's submission with values in the form's order: {value} or {numerator, denominator}. */
    private void answer(Campaign c, Municipality m, SubmissionStatus status, double[][] values) {
        Submission sub = new Submission();
        sub.campaign = c;
        sub.municipality = m;
        sub.status = status;
        OffsetDateTime at = c.opensOn.plusDays(12).atTime(11, 0).atOffset(OffsetDateTime.now().getOffset());
        if (status.handedIn()) {
            sub.submittedAt = at;
            sub.submittedBy = "coordinator";
        }
        if (status == SubmissionStatus.ACCEPTED) {
            sub.reviewedAt = at.plusDays(3);
            sub.reviewedBy = "analyst";
        }
        sub.persist();
        em.flush();
        for (int n = 0; n < values.length; n++) {
            IndicatorValue v = new IndicatorValue();
            v.submissionId = sub.id;
            v.indicatorId = c.indicators.get(n).indicator.id;
            if (values[n].length == 2) {
                v.numerator = (int) values[n][0];
                v.denominator = (int) values[n][1];
                v.value = ValueRules.percent(v.numerator, v.denominator);
            } else {
                v.value = BigDecimal.valueOf(values[n][0]).setScale(4);
            }
            v.updatedAt = at;
            v.persist();
        }
        em.flush();
    }
}
