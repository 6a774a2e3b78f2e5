package ru.rostok.analysis.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import ru.rostok.common.BinaryCopyReader;

/**
 * Reads the handed-in values of a campaign's schools into a matrix. A national campaign has millions of values and one
 * query is bound by a single PostgreSQL process (its parallel workers funnel every row through one merge), so a large
 * campaign is read in parts by school, each over its own connection, all in one snapshot exported by the request's
 * transaction: the parts see exactly the same data, as one query would.
 */
@ApplicationScoped
public class CampaignValueReader {
    /** Below this many schools a part costs more in connections and threads than it saves. */
    static final int SCHOOLS_PER_PART = 2_500;
    private static final int MAX_PARTS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final String VALUES = """
            select sub.school_id, v.indicator_id, cast(v.value as float8), coalesce(v.denominator, 0)
            from campaign_school cs
            join submission sub on sub.campaign_id = cs.campaign_id and sub.school_id = cs.school_id
            join indicator_value v on v.submission_id = sub.id
            where cs.campaign_id = %d and cs.school_id >= %d and cs.school_id <= %d and sub.status in ('ACCEPTED', '%s') and v.value is not null
            order by sub.school_id""";
    private static final String SUBMISSIONS = """
            select sub.school_id, v.indicator_id, cast(v.value as float8), coalesce(v.denominator, 0)
            from submission sub join indicator_value v on v.submission_id = sub.id
            where sub.id in (%s) and sub.status in ('ACCEPTED', '%s') and v.value is not null
            order by sub.school_id""";

    @Inject
    DataSource dataSource;

    private final ExecutorService parts = Executors.newFixedThreadPool(MAX_PARTS, new ThreadFactory());

    /** Values being read: {@link #await} returns once the matrix is filled. */
    public interface Reading {
        void await() throws SQLException;
    }

    /**
     * Fills {@code values} (NaN where nothing was handed in) and {@code samples} (0 when unknown) by school (ids in
     * ascending order, as the rows of the matrix) and indicator (its column: {@code indicatorIds[column]}), in exactly
     * {@code count} parts (one query on the request's own connection when 1 or less) whatever the campaign's size.
     */
    public void read(Connection own, long campaignId, boolean acceptedOnly, long[] schoolIds, long[] indicatorIds, double[][] values,
                     int[][] samples, int count) throws SQLException {
        start(own, campaignId, acceptedOnly, schoolIds, indicatorIds, values, samples, count).await();
    }

    /** As {@link #read}, in as many parts as the campaign's size repays; the request's connection is free again on return. */
    public Reading start(Connection own, long campaignId, boolean acceptedOnly, long[] schoolIds, long[] indicatorIds, double[][] values,
                         int[][] samples) throws SQLException {
        return start(own, campaignId, acceptedOnly, schoolIds, indicatorIds, values, samples,
                Math.min(MAX_PARTS, schoolIds.length / SCHOOLS_PER_PART));
    }

    private Reading start(Connection own, long campaignId, boolean acceptedOnly, long[] schoolIds, long[] indicatorIds, double[][] values,
                          int[][] samples, int count) throws SQLException {
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        if (schoolIds.length == 0) {
            return () -> { };
        }
        Columns columns = new Columns(indicatorIds);
        if (count <= 1) {
            readPart(own, campaignId, acceptedOnly, schoolIds, 0, schoolIds.length, columns, values, samples);
            return () -> { };
        }
        String snapshot;
        try (Statement st = own.createStatement(); ResultSet rs = st.executeQuery("select pg_export_snapshot()")) {
            rs.next();
            snapshot = rs.getString(1);
        }
        List<Future<Void>> running = new ArrayList<>();
        int partCount = Math.min(count, schoolIds.length);
        for (int p = 0; p < partCount; p++) {
            int from = schoolIds.length * p / partCount;
            int to = schoolIds.length * (p + 1) / partCount;
            running.add(parts.submit(() -> {
                readInSnapshot(snapshot, campaignId, acceptedOnly, schoolIds, from, to, columns, values, samples);
                return null;
            }));
        }
        return () -> awaitAll(running);
    }

    private static void awaitAll(List<Future<Void>> running) throws SQLException {
        try {
            for (Future<Void> part : running) {
                part.get();
            }
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new SQLException("Reading the campaign's values was interrupted", e);
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
        }
    }

    private void readInSnapshot(String snapshot, long campaignId, boolean acceptedOnly, long[] schoolIds, int from, int to, Columns columns,
                                double[][] values, int[][] samples) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement st = c.createStatement()) {
                st.execute("set transaction snapshot '" + snapshot + "'"); // the server's own identifier, not input
                st.execute("set local max_parallel_workers_per_gather = 0"); // the parts are the parallelism
                readPart(c, campaignId, acceptedOnly, schoolIds, from, to, columns, values, samples);
            } finally {
                c.rollback();
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * The values of the given submissions only (of schools among {@code schoolIds}, ascending), on the request's
     * connection: the rows of the schools whose data changed since the campaign was last read. Their rows must be
     * NaN-filled beforehand; no other row is written.
     */
    public void readSubmissions(Connection own, boolean acceptedOnly, long[] submissionIds, long[] schoolIds, long[] indicatorIds,
                                double[][] values, int[][] samples) throws SQLException {
        if (submissionIds.length == 0) {
            return;
        }
        StringBuilder ids = new StringBuilder();
        for (long id : submissionIds) {
            ids.append(ids.isEmpty() ? "" : ",").append(id); // numbers read from the database, not input
        }
        readRows(own, SUBMISSIONS.formatted(ids, acceptedOnly ? "ACCEPTED" : "SUBMITTED"), schoolIds, 0, schoolIds.length,
                new Columns(indicatorIds), values, samples);
    }

    /** The schools {@code schoolIds[from..to)}: rows of the matrix no other part writes. */
    private static void readPart(Connection c, long campaignId, boolean acceptedOnly, long[] schoolIds, int from, int to, Columns columns,
                                 double[][] values, int[][] samples) throws SQLException {
        readRows(c, VALUES.formatted(campaignId, schoolIds[from], schoolIds[to - 1], acceptedOnly ? "ACCEPTED" : "SUBMITTED"), schoolIds,
                from, to, columns, values, samples);
    }

    /** The rows (school, indicator, value, sample) of the query, by school, into the matrix rows of {@code schoolIds[from..to)}. */
    private static void readRows(Connection c, String query, long[] schoolIds, int from, int to, Columns columns, double[][] values,
                                 int[][] samples) throws SQLException {
        try (BinaryCopyReader rows = BinaryCopyReader.of(c, query)) {
            long lastSchool = Long.MIN_VALUE;
            int row = -1;
            while (rows.next(4)) {
                long schoolId = rows.int8();
                long indicatorId = rows.int8();
                double value = rows.float8();
                int sample = rows.int4();
                if (schoolId != lastSchool) {
                    row = Arrays.binarySearch(schoolIds, from, to, schoolId);
                    lastSchool = schoolId;
                }
                int column = columns.of(indicatorId);
                if (row >= 0 && column >= 0) {
                    values[row][column] = value;
                    samples[row][column] = sample;
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        parts.shutdownNow();
    }

    /** An indicator id's column, without boxing a Long per value. */
    private static final class Columns {
        private final long[] sortedIds;
        private final int[] column;

        Columns(long[] indicatorIds) {
            Integer[] order = new Integer[indicatorIds.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(indicatorIds[a], indicatorIds[b]));
            sortedIds = new long[order.length];
            column = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                sortedIds[k] = indicatorIds[order[k]];
                column[k] = order[k];
            }
        }

        int of(long indicatorId) {
            int k = Arrays.binarySearch(sortedIds, indicatorId);
            return k < 0 ? -1 : column[k];
        }
    }

    private static final class ThreadFactory implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "analysis-read-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
