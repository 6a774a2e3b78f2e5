package ru.rostok.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.hibernate.Session;
import ru.rostok.analysis.engine.AnalysisData;
import ru.rostok.analysis.engine.AnalysisResult;
import ru.rostok.common.BinaryCopy;
import ru.rostok.monitoring.Direction;
import ru.rostok.monitoring.IndicatorCategory;

/**
 * Reads a campaign's values into an {@link AnalysisData} (plain JDBC: a national campaign has millions of values) and
 * writes a run's schools with COPY. The data version is a digest of everything read, so two runs on the same data
 * carry the same version and any change of a value, a sample, a school or an indicator gives another.
 */
@ApplicationScoped
public class AnalysisStore {
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    CampaignValueReader valueReader;

    @Inject
    ValueMatrices matrices;

    public AnalysisData load(long campaignId, boolean acceptedOnly) {
        AnalysisData[] data = new AnalysisData[1];
        em.unwrap(Session.class).doWork(c -> data[0] = load(c, campaignId, acceptedOnly));
        return data[0];
    }

    /**
     * The campaign's indicators and school ids first; then, while the values are read over other connections, the
     * schools' details on this one. The digest takes the schools, the indicators, then the values.
     */
    private AnalysisData load(Connection c, long campaignId, boolean acceptedOnly) throws SQLException {
        List<AnalysisData.Indicator> indicators = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("""
                select i.id, i.code, i.name, i.unit, i.category, i.direction, i.min_sample, i.value_type
                from campaign_indicator ci join indicator i on i.id = ci.indicator_id where ci.campaign_id = ? order by ci.position""")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Integer minSample = rs.getObject(7) == null ? null : rs.getInt(7);
                    indicators.add(new AnalysisData.Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            IndicatorCategory.valueOf(rs.getString(5)), Direction.valueOf(rs.getString(6)), minSample,
                            ru.rostok.monitoring.ValueType.valueOf(rs.getString(8))));
                }
            }
        }
        long[] schoolIds = schoolIds(c, campaignId);
        long[] indicatorIds = indicators.stream().mapToLong(AnalysisData.Indicator::id).toArray();
        // the versions first: values read after them are at least as new, so a row is never cached as older than it is
        long[][] handedIn = submissions(c, campaignId, acceptedOnly, schoolIds);
        ValueMatrices.Matrix last = matrices.get(campaignId, acceptedOnly, indicatorIds);
        double[][] values = new double[schoolIds.length][];
        int[][] samples = new int[schoolIds.length][];
        int[] stale = last == null ? null : reuse(last, schoolIds, handedIn, values, samples);
        CampaignValueReader.Reading reading;
        if (stale == null || stale.length > schoolIds.length / 4) {
            for (int s = 0; s < schoolIds.length; s++) {
                values[s] = new double[indicators.size()];
                samples[s] = new int[indicators.size()];
            }
            reading = valueReader.start(c, campaignId, acceptedOnly, schoolIds, indicatorIds, values, samples);
        } else {
            long[] changed = Arrays.stream(stale).filter(s -> handedIn[0][s] >= 0).mapToLong(s -> handedIn[0][s]).toArray();
            valueReader.readSubmissions(c, acceptedOnly, changed, schoolIds, indicatorIds, values, samples);
            reading = () -> { };
        }
        MessageDigest digest = sha256();
        List<AnalysisData.School> schools = new ArrayList<>(schoolIds.length);
        try (PreparedStatement st = c.prepareStatement("""
                select s.id, s.short_name, s.municipality_id, m.name, s.settlement, s.pupils
                from school s join municipality m on m.id = s.municipality_id where s.id = any(?) order by s.id""")) {
            st.setArray(1, c.createArrayOf("bigint", Arrays.stream(schoolIds).boxed().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    schools.add(new AnalysisData.School(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            "RURAL".equals(rs.getString(5)), rs.getInt(6)));
                    update(digest, rs.getLong(1) + "|" + rs.getLong(3) + "|" + rs.getString(5) + "|" + rs.getInt(6) + ";");
                }
            }
        }
        for (AnalysisData.Indicator i : indicators) {
            update(digest, i.id() + "|" + i.category() + "|" + i.direction() + "|" + i.minSample() + ";");
        }
        reading.await();
        // the digest of the values is most of the version's cost: when not one row was read again and the schools and
        // indicators read as before, the version is the one the matrix was read with
        String head = HexFormat.of().formatHex(clone(digest).digest());
        String version;
        if (stale != null && stale.length == 0 && head.equals(last.head())) {
            version = last.version();
        } else {
            digestValues(digest, schoolIds, indicatorIds, values, samples);
            version = HexFormat.of().formatHex(digest.digest());
        }
        matrices.put(campaignId, acceptedOnly, new ValueMatrices.Matrix(schoolIds, handedIn[0], handedIn[1], indicatorIds, values, samples,
                head, version));
        return new AnalysisData(schools, indicators, values, samples, version);
    }

    private static long[] schoolIds(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select school_id from campaign_school where campaign_id = ? order by school_id")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                List<Long> ids = new ArrayList<>();
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
                return ids.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }

    /**
     * Each school's submission id and version ({-1, -1} when it has handed in none), as {ids, versions} by the rows of
     * {@code schoolIds}.
     */
    private static long[][] submissions(Connection c, long campaignId, boolean acceptedOnly, long[] schoolIds) throws SQLException {
        long[] ids = new long[schoolIds.length];
        long[] versions = new long[schoolIds.length];
        Arrays.fill(ids, -1);
        Arrays.fill(versions, -1);
        try (PreparedStatement st = c.prepareStatement("""
                select sub.school_id, sub.id, sub.version from campaign_school cs
                join submission sub on sub.campaign_id = cs.campaign_id and sub.school_id = cs.school_id
                where cs.campaign_id = ? and sub.status in ('ACCEPTED', ?)""")) {
            st.setLong(1, campaignId);
            st.setString(2, acceptedOnly ? "ACCEPTED" : "SUBMITTED");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    int row = Arrays.binarySearch(schoolIds, rs.getLong(1));
                    if (row >= 0) {
                        ids[row] = rs.getLong(2);
                        versions[row] = rs.getLong(3);
                    }
                }
            }
        }
        return new long[][] {ids, versions};
    }

    /**
     * Shares the rows of the last matrix whose submission is unchanged; NaN rows for the others, which it answers (their
     * values are still to read where a submission was handed in).
     */
    private static int[] reuse(ValueMatrices.Matrix last, long[] schoolIds, long[][] handedIn, double[][] values, int[][] samples) {
        int m = last.indicatorIds().length;
        int[] stale = new int[schoolIds.length];
        int count = 0;
        for (int s = 0; s < schoolIds.length; s++) {
            int row = last.rowOf(schoolIds[s]);
            if (last.holds(row, handedIn[0][s], handedIn[1][s])) {
                values[s] = last.values()[row];
                samples[s] = last.samples()[row];
            } else {
                values[s] = new double[m];
                Arrays.fill(values[s], Double.NaN);
                samples[s] = new int[m];
                stale[count++] = s;
            }
        }
        return Arrays.copyOf(stale, count);
    }

    /** Every value read, as (school, indicator, value, sample), by school id and then indicator id. */
    private static void digestValues(MessageDigest digest, long[] schoolIds, long[] indicatorIds, double[][] values, int[][] samples) {
        Integer[] byId = new Integer[indicatorIds.length];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, (a, b) -> Long.compare(indicatorIds[a], indicatorIds[b]));
        ByteBuffer chunk = ByteBuffer.allocate(28 * 4096);
        for (int s = 0; s < schoolIds.length; s++) {
            for (int i : byId) {
                if (Double.isNaN(values[s][i])) {
                    continue;
                }
                if (chunk.remaining() < 28) {
                    digest.update(chunk.flip());
                    chunk.clear();
                }
                chunk.putLong(schoolIds[s]).putLong(indicatorIds[i]).putDouble(values[s][i]).putInt(samples[s][i]);
            }
        }
        digest.update(chunk.flip());
    }

    /**
     * What changes whenever a value, a submission's status or the campaign's schools or indicators change, without
     * reading the values: every write of values bumps its submission's version and time (SubmissionService, ValueLoad),
     * and so does every change of status.
     */
    public String stamp(long campaignId, boolean acceptedOnly) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select (select count(*) || '/' || coalesce(sum(school_id), 0) from campaign_school where campaign_id = :c),
                       (select coalesce(string_agg(indicator_id::text, ',' order by position), '') from campaign_indicator where campaign_id = :c),
                       (select count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(max(updated_at)::text, '')
                        from submission where campaign_id = :c and status in ('ACCEPTED', :status))""")
                .setParameter("c", campaignId).setParameter("status", acceptedOnly ? "ACCEPTED" : "SUBMITTED").getSingleResult();
        String text = r[0] + "|" + r[1] + "|" + r[2];
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }

    /** The run's schools, one binary COPY; the per-indicator numbers as arrays in the order of the run's indicators. */
    public void saveSchools(long runId, AnalysisData data, AnalysisResult result) {
        em.unwrap(Session.class).doWork(c -> {
            try (BinaryCopy rows = BinaryCopy.into(c, "analysis_school (run_id, school_id, municipality_id, cluster, composite, rank_overall, "
                    + "rank_municipality, position, reason, judged, signals, raw_values, samples, scores, small_samples, compared_with_all, "
                    + "categories, signal_list, composite_low, composite_high, rank_low, rank_high)")) {
                for (int s = 0; s < result.schools().size(); s++) {
                    row(rows, runId, data.values()[s], data.samples()[s], result.schools().get(s));
                }
                rows.finish();
            }
        });
    }

    private void row(BinaryCopy rows, long runId, double[] values, int[] samples, AnalysisResult.SchoolResult r) {
        int m = values.length;
        int categories = IndicatorCategory.values().length;
        rows.row(22).int8(runId).int8(r.schoolId()).int8(r.municipalityId()).int4(r.cluster()).float8(r.composite()).int4(r.rank())
                .int4(r.rankInMunicipality()).text(r.position().name(), false).text(r.reason(), false).int4(r.judged())
                .int4(r.signals().size())
                .float8Array(m, i -> values[i])
                .int4Array(m, i -> samples[i] == 0, i -> samples[i])
                .float4Array(m, i -> Double.isNaN(r.scores()[i]) ? Double.NaN : Math.round(r.scores()[i] * 10_000) / 10_000.0);
        indexes(rows, r.smallSample());
        indexes(rows, r.regionFallback());
        rows.float4Array(categories, i -> r.categories()[i]);
        rows.text(r.signals().isEmpty() ? null : write(r.signals()), true);
        rows.float8(r.compositeLow()).float8(r.compositeHigh()).int4(r.rankLow()).int4(r.rankHigh());
    }

    /** The positions where the flag is set, as an integer array. */
    private static void indexes(BinaryCopy rows, boolean[] flags) {
        int[] set = new int[flags.length];
        int n = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                set[n++] = i;
            }
        }
        rows.int4Array(n, i -> false, i -> set[i]);
    }

    /**
     * An array column as the driver returns it (a {@code java.sql.Array} or the Java array Hibernate makes of it), as numbers,
     * null for NULL.
     */
    public static Double[] numbers(Object column) {
        Object array = column;
        if (column instanceof java.sql.Array sql) {
            try {
                array = sql.getArray();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Unreadable array column", e);
            }
        }
        Double[] out = new Double[java.lang.reflect.Array.getLength(array)];
        for (int i = 0; i < out.length; i++) {
            Object n = java.lang.reflect.Array.get(array, i);
            out[i] = n == null ? null : ((Number) n).doubleValue();
        }
        return out;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest clone(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
