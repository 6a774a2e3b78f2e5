package ru.rostok.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import ru.rostok.monitoring.SchoolScope;
import ru.rostok.monitoring.Submission;
import ru.rostok.monitoring.SubmissionStatus;
import ru.rostok.monitoring.ValueType;
import ru.rostok.monitoring.service.ValueRules;
import ru.rostok.school.School;
import ru.rostok.territory.Municipality;
import ru.rostok.territory.Region;

/**
 * The demo monitoring: every region's catalogue from the 45 indicators of shared/data, the Lesosibirsk
 * monitoring of 2020/2021 (seed 004: approved by order №107 of 23.09.2020, processed, published), and an
 * open annual monitoring in Crimea (seed 001) that schools are filling now.
 */
@ApplicationScoped
public class MonitoringDemo {
    private static final Logger LOG = Logger.getLogger(MonitoringDemo.class);
    static final List<String> LESOSIBIRSK_SET = List.of("VPR_F2", "VPR_Q45", "OGE_F2_RU", "OGE_F2_MA", "EGE_AVG_RU",
            "SUCC_RATE", "QUAL_RATE", "OBJ_GAP2", "CTX_STUDENTS", "CTX_LOWINC", "ST_VAC", "ST_CAT", "M_PROGRAM");
    private static final List<String> CRIMEA_SET = List.of("VPR_F2", "VPR_Q45", "OGE_F2_RU", "OGE_F2_MA", "SUCC_RATE",
            "OBJ_GAP2", "CTX_STUDENTS", "CTX_LOWINC", "ST_VAC", "M_PROGRAM");

    @Inject
    EntityManager em;

    /** Runs inside the registry seeder's transaction, when the registry has just been created. */
    void seed(List<Map<String, String>> catalogue) {
        for (Region region : Region.<Region>listAll()) {
            for (Map<String, String> row : catalogue) {
                indicator(region, row).persist();
            }
        }
        Random random = new Random(2020);
        Municipality lesosibirsk = Municipality.<Municipality>find("oktmo", "04722000").firstResult();
        Campaign lesosibirskMonitoring = campaign("Мониторинг показателей программы повышения качества образования в ШНОР и ШНСУ",
                "2020/2021", "107", LocalDate.of(2020, 9, 23), lesosibirsk.region, lesosibirsk, LESOSIBIRSK_SET,
                LocalDate.of(2020, 9, 23), LocalDate.of(2020, 10, 30));
        fill(lesosibirskMonitoring, random, s -> SubmissionStatus.ACCEPTED);
        move(lesosibirskMonitoring, CampaignStatus.OPEN, OffsetDateTime.parse("2020-09-23T09:00:00+07:00"));
        move(lesosibirskMonitoring, CampaignStatus.CLOSED, OffsetDateTime.parse("2020-10-31T09:00:00+07:00"));
        move(lesosibirskMonitoring, CampaignStatus.PUBLISHED, OffsetDateTime.parse("2020-11-09T09:00:00+07:00"));

        Region crimea = Region.findByCode("91").orElseThrow();
        Campaign crimeaMonitoring = campaign("Ежегодный мониторинг по выявлению ШНОР", "2026/2027", "1850",
                LocalDate.of(2026, 10, 26), crimea, null, CRIMEA_SET, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 20));
        move(crimeaMonitoring, CampaignStatus.OPEN, OffsetDateTime.parse("2026-11-01T09:00:00+03:00"));
        // Feodosia's schools are ahead: some handed in, some accepted; Kerch has not started yet.
        fill(crimeaMonitoring, random, s -> !s.municipality.oktmo.equals("35726000") ? null
                : switch ((int) (s.id % 4)) {
                    case 0 -> SubmissionStatus.DRAFT;
                    case 1 -> SubmissionStatus.SUBMITTED;
                    case 2 -> SubmissionStatus.ACCEPTED;
                    default -> null;
                });
        LOG.infof("Demo monitoring created: %d indicators, 2 campaigns", Indicator.count());
    }

    private static Indicator indicator(Region region, Map<String, String> row) {
        Indicator i = new Indicator();
        i.region = region;
        i.code = row.get("code");
        i.name = row.get("name_ru");
        i.category = IndicatorCategory.valueOf(row.get("category"));
        i.unit = row.get("unit");
        i.valueType = ValueType.valueOf(row.get("value_type"));
        i.direction = Direction.valueOf(row.get("direction"));
        i.subject = row.get("subject").isEmpty() ? null : row.get("subject");
        switch (i.valueType) {
            case PERCENT -> {
                i.minValue = BigDecimal.ZERO;
                i.maxValue = BigDecimal.valueOf(100);
                i.description = "Процент: числитель — число обучающихся (педагогов) с признаком, знаменатель — всего; "
                        + "значение = числитель / знаменатель × 100.";
                if (i.category == IndicatorCategory.RESULTS || i.category == IndicatorCategory.OBJECTIVITY) {
                    i.minSample = 10;
                }
            }
            case COUNT -> {
                i.minValue = BigDecimal.ZERO;
                i.description = "Целое число на конец отчётного периода.";
            }
            case SCORE -> {
                i.minValue = BigDecimal.ZERO;
                i.maxValue = BigDecimal.valueOf(i.code.startsWith("EGE") ? 100 : 2000);
                i.description = "Число с точностью до сотых.";
            }
            case BOOLEAN -> i.description = "Да (1) или нет (0).";
        }
        return i;
    }

    Campaign campaign(String name, String year, String order, LocalDate orderDate, Region region, Municipality municipality,
                              List<String> codes, LocalDate opensOn, LocalDate closesOn) {
        Campaign c = new Campaign();
        c.name = name;
        c.academicYear = year;
        c.orderNumber = order;
        c.orderDate = orderDate;
        c.region = region;
        c.municipality = municipality;
        c.orderBody = municipality == null
                ? Body.<Body>find("region = ?1 and kind = ru.rostok.body.BodyKind.MINISTRY", region).firstResult()
                : Body.<Body>find("municipality = ?1 and kind = ru.rostok.body.BodyKind.EDUCATION_AUTHORITY", municipality).firstResult();
        c.schoolScope = SchoolScope.TERRITORY;
        c.opensOn = opensOn;
        c.closesOn = closesOn;
        c.status = CampaignStatus.DRAFT;
        for (int n = 0; n < codes.size(); n++) {
            c.indicators.add(new CampaignIndicator(Indicator.findCurrent(region.id, codes.get(n)).orElseThrow(), n + 1, true));
        }
        c.persist();
        em.flush();
        em.createNativeQuery("insert into campaign_school (campaign_id, school_id) select :c, s.id from school s "
                        + "join municipality m on m.id = s.municipality_id where "
                        + (municipality == null ? "m.region_id = :t" : "s.municipality_id = :t"))
                .setParameter("c", c.id).setParameter("t", municipality == null ? region.id : municipality.id).executeUpdate();
        CampaignTransition t = new CampaignTransition();
        t.campaignId = c.id;
        t.toStatus = CampaignStatus.DRAFT;
        t.actor = "system";
        t.occurredAt = orderDate.atTime(9, 0).atOffset(OffsetDateTime.now().getOffset());
        t.persist();
        return c;
    }

    static void move(Campaign c, CampaignStatus to, OffsetDateTime at) {
        CampaignTransition t = new CampaignTransition();
        t.campaignId = c.id;
        t.fromStatus = c.status;
        t.toStatus = to;
        t.actor = "system";
        t.occurredAt = at;
        t.persist();
        c.status = to;
    }

    /** Plausible values for the campaign's schools in the status the rule gives (none: not started). */
    void fill(Campaign c, Random random, java.util.function.Function<School, SubmissionStatus> statusOf) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select school_id from campaign_school where campaign_id = :c order by school_id")
                .setParameter("c", c.id).getResultList();
        for (Number id : ids) {
            School school = School.findById(id.longValue());
            SubmissionStatus status = statusOf.apply(school);
            if (status == null) {
                continue;
            }
            Submission sub = new Submission();
            sub.campaign = c;
            sub.school = school;
            sub.status = status;
            if (status == SubmissionStatus.SUBMITTED || status == SubmissionStatus.ACCEPTED) {
                sub.submittedAt = c.opensOn.plusDays(7 + random.nextInt(20)).atTime(10, 0).atOffset(OffsetDateTime.now().getOffset());
                sub.submittedBy = "school";
            }
            if (status == SubmissionStatus.ACCEPTED) {
                sub.reviewedAt = sub.submittedAt.plusDays(2);
                sub.reviewedBy = "coordinator";
            }
            sub.persist();
            em.flush();
            for (CampaignIndicator ci : c.indicators) {
                IndicatorValue v = new IndicatorValue();
                v.submissionId = sub.id;
                v.indicatorId = ci.indicator.id;
                plausible(ci.indicator, school, random, v);
                v.updatedAt = sub.submittedAt != null ? sub.submittedAt : OffsetDateTime.now();
                v.persist();
            }
        }
        em.flush();
    }

    private static void plausible(Indicator i, School s, Random random, IndicatorValue v) {
        switch (i.valueType) {
            case PERCENT -> {
                int denominator = Math.max(12, s.pupils / (i.category == IndicatorCategory.STAFF ? 20 : 8) + random.nextInt(10));
                double share = switch (i.direction) {
                    case LOWER_BETTER -> 0.02 + random.nextDouble() * 0.2;
                    case HIGHER_BETTER -> 0.35 + random.nextDouble() * 0.6;
                    case CONTEXT -> random.nextDouble() * 0.3;
                };
                v.numerator = (int) Math.round(denominator * share);
                v.denominator = denominator;
                v.value = ValueRules.percent(v.numerator, v.denominator);
            }
            case COUNT -> v.value = BigDecimal.valueOf(i.code.equals("CTX_STUDENTS") ? s.pupils : random.nextInt(4)).setScale(4);
            case SCORE -> v.value = BigDecimal.valueOf(5200 + random.nextInt(2400), 2).setScale(4);
            case BOOLEAN -> v.value = BigDecimal.valueOf(random.nextInt(10) < 7 ? 1 : 0).setScale(4);
        }
    }
}
