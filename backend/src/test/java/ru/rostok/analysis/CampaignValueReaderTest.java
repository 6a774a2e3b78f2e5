package ru.rostok.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import ru.rostok.analysis.service.CampaignValueReader;
import ru.rostok.support.Demo;
import ru.rostok.support.Monitoring;

@QuarkusTest
class CampaignValueReaderTest {
    @Inject
    CampaignValueReader reader;

    @Inject
    EntityManager em;

    /** A national campaign is read in parts over several connections; they must read exactly what one query reads. */
    @Test
    void readingInPartsInOneSnapshotGivesExactlyTheValuesOfOneQuery() {
        long campaign = Monitoring.campaignId(Demo.LESOSIBIRSK_MONITORING);
        QuarkusTransaction.requiringNew().run(() -> {
            long[] schools = ids("select school_id from campaign_school where campaign_id = :c order by school_id", campaign);
            long[] indicators = ids("select indicator_id from campaign_indicator where campaign_id = :c order by position", campaign);
            double[][] oneValues = new double[schools.length][indicators.length];
            int[][] oneSamples = new int[schools.length][indicators.length];
            double[][] partValues = new double[schools.length][indicators.length];
            int[][] partSamples = new int[schools.length][indicators.length];
            em.unwrap(Session.class).doWork(c -> {
                reader.read(c, campaign, false, schools, indicators, oneValues, oneSamples, 1);
                reader.read(c, campaign, false, schools, indicators, partValues, partSamples, 3);
            });

            assertThat(Arrays.deepEquals(partValues, oneValues)).isTrue();
            assertThat(Arrays.deepEquals(partSamples, oneSamples)).isTrue();
            long present = Arrays.stream(oneValues).flatMapToDouble(Arrays::stream).filter(v -> !Double.isNaN(v)).count();
            Number handedIn = (Number) em.createNativeQuery("""
                    select count(*) from submission sub join indicator_value v on v.submission_id = sub.id
                    where sub.campaign_id = :c and sub.status in ('SUBMITTED', 'ACCEPTED') and v.value is not null""")
                    .setParameter("c", campaign).getSingleResult();
            assertThat(present).isEqualTo(handedIn.longValue()).isGreaterThan(100);
            Object[] one = (Object[]) em.createNativeQuery("""
                    select sub.school_id, v.indicator_id, cast(v.value as float8), v.denominator
                    from submission sub join indicator_value v on v.submission_id = sub.id
                    where sub.campaign_id = :c and sub.status in ('SUBMITTED', 'ACCEPTED') and v.denominator is not null
                    order by sub.school_id desc, v.indicator_id limit 1""").setParameter("c", campaign).getSingleResult();
            int row = Arrays.binarySearch(schools, ((Number) one[0]).longValue());
            int column = Arrays.stream(indicators).boxed().toList().indexOf(((Number) one[1]).longValue());
            assertThat(partValues[row][column]).isEqualTo(((Number) one[2]).doubleValue());
            assertThat(partSamples[row][column]).isEqualTo(((Number) one[3]).intValue());
        });
    }

    private long[] ids(String sql, long campaign) {
        List<?> rows = em.createNativeQuery(sql).setParameter("c", campaign).getResultList();
        return rows.stream().mapToLong(r -> ((Number) r).longValue()).toArray();
    }
}
