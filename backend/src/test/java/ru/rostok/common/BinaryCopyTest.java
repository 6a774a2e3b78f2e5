package ru.rostok.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@QuarkusTest
class BinaryCopyTest {
    @Inject
    EntityManager em;

    /** What the analysis writes in binary must read back as it was meant: numbers, NULLs inside arrays, text, jsonb. */
    @Test
    void rowsWrittenInBinaryReadBackAsWritten() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("create temporary table copied (id bigint, n integer, x double precision, t text, "
                    + "xs double precision[], ns integer[], fs real[], j jsonb) on commit drop").executeUpdate();
            em.unwrap(Session.class).doWork(c -> {
                try (BinaryCopy copy = BinaryCopy.into(c, "copied (id, n, x, t, xs, ns, fs, j)")) {
                    copy.row(8).int8(1).int4(7).float8(2.5).text("Школа № 1\tкорпус «Б»", false)
                            .float8Array(3, i -> i == 1 ? Double.NaN : i * 1.25)
                            .int4Array(3, i -> i == 0, i -> i * 10)
                            .float4Array(2, i -> i - 0.5)
                            .text("[{\"kind\":\"MARK_GAP\",\"message\":\"проверить\"}]", true);
                    copy.row(8).int8(2).int4((Integer) null).float8(null).text(null, false)
                            .float8Array(0, i -> 0).int4Array(0, i -> false, i -> 0).float4Array(1, i -> Double.NaN).text(null, true);
                    assertThat(copy.finish()).isEqualTo(2);
                }
            });
            return em.createNativeQuery("select id, n, x, t, cast(xs as text), cast(ns as text), cast(fs as text), jsonb_typeof(j), "
                    + "j -> 0 ->> 'message' from copied order by id").getResultList();
        });

        Object[] first = (Object[]) rows.get(0);
        assertThat(first).containsExactly(1L, 7, 2.5, "Школа № 1\tкорпус «Б»", "{0,NULL,2.5}", "{NULL,10,20}", "{-0.5,0.5}", "array", "проверить");
        Object[] second = (Object[]) rows.get(1);
        assertThat(second).containsExactly(2L, null, null, null, "{}", "{}", "{NULL}", null, null);
    }

    /** The reader takes back what a query gives, row by row, and says where a field is not what it expects. */
    @Test
    void theReaderReadsTheRowsOfAQuery_andRefusesAFieldOfAnotherSize() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(c -> {
            long sum = 0;
            double values = 0;
            int rows = 0;
            try (BinaryCopyReader reader = BinaryCopyReader.of(c, "select g::int8, g * 0.5::float8, (g * 2)::int4 from generate_series(1, 50000) g")) {
                while (reader.next(3)) {
                    sum += reader.int8();
                    values += reader.float8();
                    sum += reader.int4();
                    rows++;
                }
            }
            assertThat(rows).isEqualTo(50_000);
            assertThat(sum).isEqualTo(3L * 50_000 * 50_001 / 2);
            assertThat(values).isEqualTo(0.5 * 50_000 * 50_001 / 2);
            try (BinaryCopyReader reader = BinaryCopyReader.of(c, "select 1::int4")) {
                assertThat(reader.next(1)).isTrue();
                assertThatThrownBy(reader::int8).hasMessageContaining("4 bytes where 8");
            }
            assertThat(c.createStatement().executeQuery("select 1").next()).isTrue(); // the COPY given up half way left the connection ready
        }));
    }

    /** A COPY left unfinished by a failure is cancelled: the transaction fails whole and the connection goes on working. */
    @Test
    @Timeout(60) // a connection left in COPY hangs its next user rather than failing
    void anUnfinishedCopyIsCancelledAndTheConnectionGoesOn() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("create temporary table half (id bigint)").executeUpdate();
            em.unwrap(Session.class).doWork(c -> {
                try (BinaryCopy copy = BinaryCopy.into(c, "half (id)")) {
                    copy.row(1).int8(1);
                    throw new SQLException("the row builder failed half way");
                }
            });
        })).hasRootCauseMessage("the row builder failed half way");
        for (int i = 0; i < 40; i++) { // more than the pool's connections: the one that was copying is among them
            assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select 1").getSingleResult())).isEqualTo(1);
        }
    }
}
