package ru.rostok.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import ru.rostok.analysis.engine.AnalysisData;
import ru.rostok.analysis.engine.AnalysisResult;
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

    public AnalysisData load(long campaignId, boolean acceptedOnly) {
        AnalysisData[] data = new AnalysisData[1];
        em.unwrap(Session.class).doWork(c -> data[0] = load(c, campaignId, acceptedOnly));
        return data[0];
    }

    private AnalysisData load(Connection c, long campaignId, boolean acceptedOnly) throws SQLException {
        MessageDigest digest = sha256();
        List<AnalysisData.School> schools = new ArrayList<>();
        Map<Long, Integer> schoolIndex = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                select s.id, s.short_name, s.municipality_id, m.name, s.settlement, s.pupils
                from campaign_school cs join school s on s.id = cs.school_id join municipality m on m.id = s.municipality_id
                where cs.campaign_id = ? order by s.id""")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    schoolIndex.put(rs.getLong(1), schools.size());
                    schools.add(new AnalysisData.School(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            "RURAL".equals(rs.getString(5)), rs.getInt(6)));
                    update(digest, rs.getLong(1) + "|" + rs.getLong(3) + "|" + rs.getString(5) + "|" + rs.getInt(6) + ";");
                }
            }
        }
        List<AnalysisData.Indicator> indicators = new ArrayList<>();
        Map<Long, Integer> indicatorIndex = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("""
                select i.id, i.code, i.name, i.unit, i.category, i.direction, i.min_sample, i.value_type
                from campaign_indicator ci join indicator i on i.id = ci.indicator_id where ci.campaign_id = ? order by ci.position""")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    indicatorIndex.put(rs.getLong(1), indicators.size());
                    Integer minSample = rs.getObject(7) == null ? null : rs.getInt(7);
                    indicators.add(new AnalysisData.Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            IndicatorCategory.valueOf(rs.getString(5)), Direction.valueOf(rs.getString(6)), minSample,
                            ru.rostok.monitoring.ValueType.valueOf(rs.getString(8))));
                    update(digest, rs.getLong(1) + "|" + rs.getString(5) + "|" + rs.getString(6) + "|" + minSample + ";");
                }
            }
        }
        double[][] values = new double[schools.size()][indicators.size()];
        int[][] samples = new int[schools.size()][indicators.size()];
        for (double[] row : values) {
            Arrays.fill(row, Double.NaN);
        }
        try (PreparedStatement st = c.prepareStatement("""
                select sub.school_id, v.indicator_id, cast(v.value as float8), coalesce(v.denominator, 0)
                from campaign_school cs
                join submission sub on sub.campaign_id = cs.campaign_id and sub.school_id = cs.school_id
                join indicator_value v on v.submission_id = sub.id
                where cs.campaign_id = ? and sub.status in ('ACCEPTED', ?) and v.value is not null
                order by sub.school_id, v.indicator_id""")) {
            st.setLong(1, campaignId);
            st.setString(2, acceptedOnly ? "ACCEPTED" : "SUBMITTED");
            st.setFetchSize(50_000);
            ByteBuffer chunk = ByteBuffer.allocate(28 * 4096);
            try (ResultSet rs = st.executeQuery()) {
                long lastSchool = -1;
                Integer s = null;
                while (rs.next()) {
                    long schoolId = rs.getLong(1);
                    if (schoolId != lastSchool) {
                        s = schoolIndex.get(schoolId);
                        lastSchool = schoolId;
                    }
                    Integer i = indicatorIndex.get(rs.getLong(2));
                    if (s == null || i == null) {
                        continue;
                    }
                    values[s][i] = rs.getDouble(3);
                    samples[s][i] = rs.getInt(4);
                    if (chunk.remaining() < 28) {
                        digest.update(chunk.flip());
                        chunk.clear();
                    }
                    chunk.putLong(schoolId).putLong(rs.getLong(2)).putDouble(values[s][i]).putInt(samples[s][i]);
                }
                digest.update(chunk.flip());
            }
        }
        return new AnalysisData(schools, indicators, values, samples, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * What changes whenever a value, a submission's status or the campaign's schools or indicators change. Both queries
     * start from the campaign's schools: the planner's estimate for submissions by campaign tends to a scan of them all.
     */
    public String stamp(long campaignId, boolean acceptedOnly) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select (select count(*) from campaign_school where campaign_id = :c),
                       (select coalesce(string_agg(indicator_id::text, ',' order by position), '') from campaign_indicator where campaign_id = :c),
                       count(v.indicator_id), coalesce(max(v.updated_at)::text, ''),
                       (select coalesce(max(updated_at)::text, '') || '/' || count(*) from submission where campaign_id = :c)
                from campaign_school cs
                join submission sub on sub.campaign_id = cs.campaign_id and sub.school_id = cs.school_id
                join indicator_value v on v.submission_id = sub.id
                where cs.campaign_id = :c and sub.status in ('ACCEPTED', :status) and v.value is not null""")
                .setParameter("c", campaignId).setParameter("status", acceptedOnly ? "ACCEPTED" : "SUBMITTED").getSingleResult();
        String text = r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4];
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }

    /** The run's schools, one COPY; the per-indicator numbers as arrays in the order of the run's indicators. */
    public void saveSchools(long runId, AnalysisData data, AnalysisResult result) {
        StringBuilder rows = new StringBuilder(result.schools().size() * 900);
        int m = data.indicators().size();
        for (int index = 0; index < result.schools().size(); index++) {
            int s = index;
            AnalysisResult.SchoolResult r = result.schools().get(s);
            rows.append(runId).append('\t').append(r.schoolId()).append('\t').append(r.municipalityId()).append('\t').append(r.cluster())
                    .append('\t').append(nullable(r.composite())).append('\t').append(nullable(r.rank())).append('\t')
                    .append(nullable(r.rankInMunicipality())).append('\t').append(r.position()).append('\t').append(escape(r.reason()))
                    .append('\t').append(r.judged()).append('\t').append(r.signals().size()).append('\t');
            array(rows, m, i -> data.values()[s][i]);
            rows.append('\t');
            array(rows, m, i -> data.samples()[s][i] == 0 ? Double.NaN : data.samples()[s][i]);
            rows.append('\t');
            array(rows, m, i -> Double.isNaN(r.scores()[i]) ? Double.NaN : Math.round(r.scores()[i] * 10_000) / 10_000.0);
            rows.append('\t');
            indexes(rows, r.smallSample());
            rows.append('\t');
            indexes(rows, r.regionFallback());
            rows.append('\t');
            IndicatorCategory[] categories = IndicatorCategory.values();
            array(rows, categories.length, i -> {
                Double v = r.categories().get(categories[i]);
                return v == null ? Double.NaN : v;
            });
            rows.append('\t').append(r.signals().isEmpty() ? "\\N" : escape(write(r.signals()))).append('\n');
        }
        em.unwrap(Session.class).doWork(c -> {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy analysis_school (run_id, school_id, municipality_id, cluster, composite, "
                        + "rank_overall, rank_municipality, position, reason, judged, signals, raw_values, samples, scores, small_samples, "
                        + "compared_with_all, categories, signal_list) from stdin", new StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
        });
    }

    /** A PostgreSQL array literal, NaN as NULL, whole numbers without a fraction. */
    private static void array(StringBuilder out, int n, java.util.function.IntToDoubleFunction value) {
        out.append('{');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(',');
            }
            double v = value.applyAsDouble(i);
            if (Double.isNaN(v)) {
                out.append("NULL");
            } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                out.append((long) v);
            } else {
                out.append(v);
            }
        }
        out.append('}');
    }

    private static void indexes(StringBuilder out, boolean[] flags) {
        out.append('{');
        boolean first = true;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                if (!first) {
                    out.append(',');
                }
                out.append(i);
                first = false;
            }
        }
        out.append('}');
    }

    /** Reads an array column sent as text («{1.5,NULL,2}») back into numbers, null for NULL. */
    public static Double[] parseArray(String text) {
        String body = text.substring(1, text.length() - 1);
        if (body.isEmpty()) {
            return new Double[0];
        }
        String[] parts = body.split(",");
        Double[] out = new Double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].equals("NULL") ? null : Double.valueOf(parts[i]);
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

    private static String nullable(Object v) {
        return v == null ? "\\N" : v.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
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
