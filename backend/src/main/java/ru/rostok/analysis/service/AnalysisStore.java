package ru.rostok.analysis.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.math.BigDecimal;
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
                select i.id, i.code, i.name, i.unit, i.category, i.direction, i.min_sample
                from campaign_indicator ci join indicator i on i.id = ci.indicator_id where ci.campaign_id = ? order by ci.position""")) {
            st.setLong(1, campaignId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    indicatorIndex.put(rs.getLong(1), indicators.size());
                    Integer minSample = rs.getObject(7) == null ? null : rs.getInt(7);
                    indicators.add(new AnalysisData.Indicator(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            IndicatorCategory.valueOf(rs.getString(5)), Direction.valueOf(rs.getString(6)), minSample));
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
                select sub.school_id, v.indicator_id, v.value, v.denominator
                from submission sub join indicator_value v on v.submission_id = sub.id
                where sub.campaign_id = ? and sub.status in ('ACCEPTED', ?) and v.value is not null
                order by sub.school_id, v.indicator_id""")) {
            st.setLong(1, campaignId);
            st.setString(2, acceptedOnly ? "ACCEPTED" : "SUBMITTED");
            st.setFetchSize(50_000);
            try (ResultSet rs = st.executeQuery()) {
                StringBuilder chunk = new StringBuilder();
                while (rs.next()) {
                    Integer s = schoolIndex.get(rs.getLong(1));
                    Integer i = indicatorIndex.get(rs.getLong(2));
                    if (s == null || i == null) {
                        continue;
                    }
                    BigDecimal value = rs.getBigDecimal(3);
                    values[s][i] = value.doubleValue();
                    samples[s][i] = rs.getInt(4);
                    chunk.append(rs.getLong(1)).append('|').append(rs.getLong(2)).append('|').append(value.toPlainString())
                            .append('|').append(samples[s][i]).append(';');
                    if (chunk.length() > 8192) {
                        update(digest, chunk.toString());
                        chunk.setLength(0);
                    }
                }
                update(digest, chunk.toString());
            }
        }
        return new AnalysisData(schools, indicators, values, samples, HexFormat.of().formatHex(digest.digest()));
    }

    /** The run's schools, one COPY. */
    public void saveSchools(long runId, AnalysisData data, AnalysisResult result) {
        StringBuilder rows = new StringBuilder(result.schools().size() * 600);
        for (int s = 0; s < result.schools().size(); s++) {
            AnalysisResult.SchoolResult r = result.schools().get(s);
            rows.append(runId).append('\t').append(r.schoolId()).append('\t').append(r.municipalityId()).append('\t').append(r.cluster())
                    .append('\t').append(nullable(r.composite())).append('\t').append(nullable(r.rank())).append('\t')
                    .append(nullable(r.rankInMunicipality())).append('\t').append(r.position()).append('\t').append(escape(r.reason()))
                    .append('\t').append(r.signals().size()).append('\t').append(escape(detail(data, s, r))).append('\n');
        }
        em.unwrap(Session.class).doWork(c -> {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy analysis_school (run_id, school_id, municipality_id, cluster, composite, "
                        + "rank_overall, rank_municipality, position, reason, signals, detail) from stdin", new StringReader(rows.toString()));
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
        });
    }

    /** Per indicator in the run's order: the value, its sample, the score (null: not judged), and the flags. */
    private String detail(AnalysisData data, int s, AnalysisResult.SchoolResult r) {
        int m = data.indicators().size();
        Double[] values = new Double[m];
        Integer[] samples = new Integer[m];
        Double[] scores = new Double[m];
        List<Integer> small = new ArrayList<>();
        List<Integer> fallback = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            double v = data.values()[s][i];
            values[i] = Double.isNaN(v) ? null : v;
            samples[i] = data.samples()[s][i] == 0 ? null : data.samples()[s][i];
            scores[i] = Double.isNaN(r.scores()[i]) ? null : Math.round(r.scores()[i] * 10_000) / 10_000.0;
            if (r.smallSample()[i]) {
                small.add(i);
            }
            if (r.regionFallback()[i]) {
                fallback.add(i);
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("values", values);
        d.put("samples", samples);
        d.put("scores", scores);
        d.put("small", small);
        d.put("fallback", fallback);
        d.put("categories", r.categories());
        d.put("judged", r.judged());
        d.put("strengths", r.strengths());
        d.put("weaknesses", r.weaknesses());
        d.put("signals", r.signals());
        return write(d);
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
