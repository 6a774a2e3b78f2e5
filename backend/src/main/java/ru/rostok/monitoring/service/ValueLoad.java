package ru.rostok.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import ru.rostok.audit.AuditLog;
import ru.rostok.common.ApiException;
import ru.rostok.common.FieldError;
import ru.rostok.common.Numbers;
import ru.rostok.monitoring.Campaign;
import ru.rostok.monitoring.CampaignIndicator;
import ru.rostok.monitoring.CampaignStatus;
import ru.rostok.monitoring.Indicator;
import ru.rostok.school.School;
import ru.rostok.security.Scope;
import ru.rostok.school.service.SchoolPolicy;

/**
 * Loads many values into a campaign at once (XLSX sheet, CSV, JSON), all or nothing: every row is
 * checked first and each bad one reported with its row and column; then the good batch goes to
 * PostgreSQL by COPY into a temporary table and one upsert that skips values that did not change,
 * so sending the same batch twice changes nothing the second time.
 */
@ApplicationScoped
public class ValueLoad {
    public static final int MAX_ERRORS = 1000;

    /** One value as read, with where it stood in the file for error messages. */
    public record Row(int row, String schoolInn, String indicatorCode, String column, BigDecimal value, Integer numerator,
                      Integer denominator) {
    }

    /** What was read from a file: its rows, and the cells that could not be read at all. */
    public record Batch(List<Row> rows, List<FieldError> unreadable) {
    }

    @Inject
    Scope scope;

    @Inject
    MonitoringPolicy monitoringPolicy;

    @Inject
    SchoolPolicy schoolPolicy;

    @Inject
    CampaignService campaigns;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /** The campaign if the caller may load values into it now. */
    public Campaign target(long campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        scope.require(campaign.respondent == ru.rostok.monitoring.Respondent.SCHOOL, "monitoring.municipalValuesNotInBulk");
        scope.require(monitoringPolicy.mayLoadValuesOf(campaign), "monitoring.loadForbidden");
        if (campaign.status != CampaignStatus.OPEN && campaign.status != CampaignStatus.CLOSED) {
            throw ApiException.conflict("monitoring.loadNotOpen", StatusText.of(campaign.status));
        }
        return campaign;
    }

    /** School INN → id, for the campaign's schools in the caller's scope. */
    public Map<String, Long> schools(Campaign campaign) {
        Scope.Filter inScope = schoolPolicy.filterSql("s", "m");
        var query = em.createNativeQuery("select s.inn, s.id from campaign_school cs join school s on s.id = cs.school_id "
                + "join municipality m on m.id = s.municipality_id where cs.campaign_id = :c and " + inScope.jpql());
        query.setParameter("c", campaign.id);
        inScope.params().forEach(query::setParameter);
        Map<String, Long> byInn = new HashMap<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            byInn.put((String) row[0], ((Number) row[1]).longValue());
        }
        return byInn;
    }

    @Transactional
    public ValuesImportResult load(long campaignId, Batch batch, String source) {
        List<Row> rows = batch.rows();
        Campaign campaign = target(campaignId);
        Map<String, Long> schools = schools(campaign);
        Map<String, Indicator> indicators = campaign.indicators.stream()
                .collect(Collectors.toMap(ci -> ci.indicator.code, (CampaignIndicator ci) -> ci.indicator));
        List<FieldError> errors = new ArrayList<>(batch.unreadable());
        int[] rowNumbers = new int[rows.size()];
        String[] columns = new String[rows.size()];
        long[] schoolIds = new long[rows.size()];
        long[] indicatorIds = new long[rows.size()];
        ValueRules.Normalized[] values = new ValueRules.Normalized[rows.size()];
        Set<String> seen = new HashSet<>(rows.size() * 2);
        int good = 0;
        for (Row row : rows) {
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
            String inn = row.schoolInn() == null ? "" : row.schoolInn().strip();
            String code = row.indicatorCode() == null ? "" : row.indicatorCode().strip();
            Long school = schools.get(inn);
            Indicator indicator = indicators.get(code);
            if (school == null) {
                errors.add(inn.isEmpty() ? FieldError.cell(row.row(), "schoolInn", "monitoring.innMissing")
                        : FieldError.cell(row.row(), "schoolInn", "monitoring.innNotInCampaign", inn));
                continue;
            }
            if (indicator == null) {
                String column = row.column() != null ? row.column() : "indicatorCode";
                errors.add(code.isEmpty() ? FieldError.cell(row.row(), column, "monitoring.codeMissing")
                        : FieldError.cell(row.row(), column, "monitoring.codeNotInCampaign", code));
                continue;
            }
            if (!seen.add(inn + "\u0000" + code)) {
                errors.add(FieldError.cell(row.row(), column(row), "monitoring.valueTwiceInFile", code, inn));
                continue;
            }
            if (!Numbers.fits(row.value())) {
                errors.add(FieldError.cell(row.row(), row.column() != null ? row.column() : "value", "common.numberOutOfBounds"));
                continue;
            }
            for (ValueRules.Issue issue : ValueRules.check(indicator, row.value(), row.numerator(), row.denominator())) {
                errors.add(FieldError.cell(row.row(), row.column() != null ? row.column() : issue.part(), issue.message(), issue.args()));
            }
            ValueRules.Normalized v = ValueRules.normalize(indicator, row.value(), row.numerator(), row.denominator());
            if (v.empty()) {
                continue; // an empty cell leaves the stored value as it is
            }
            rowNumbers[good] = row.row();
            columns[good] = column(row);
            schoolIds[good] = school;
            indicatorIds[good] = indicator.id;
            values[good] = v;
            good++;
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(e -> e.row() == null ? 0 : e.row()));
            throw rejected(errors, rows.size());
        }
        stage(campaign, rowNumbers, schoolIds, indicatorIds, values, good);
        refuseRewritesOfHandedInData(campaign, columns, rowNumbers, rows.size());
        long[] changed = upsert(campaign, source);
        ValuesImportResult result = new ValuesImportResult(rows.size(), changed[0], changed[1], rows.size() - changed[0] - changed[1]);
        if (changed[0] + changed[1] > 0) {
            audit.imported(CampaignService.ENTITY, campaign.id, campaign.name, campaign.region.id, Map.of(),
                    Map.of("values", source + ": создано " + changed[0] + ", изменено " + changed[1] + ", без изменений " + result.unchanged()));
        }
        return result;
    }

    static ApiException rejected(List<FieldError> errors, int rows) {
        return errors.size() >= MAX_ERRORS
                ? new ApiException(422, "/problems/import-rejected", "problem.valuesRejected", errors, "monitoring.valuesRejectedFirst", errors.size(), MAX_ERRORS, rows)
                : new ApiException(422, "/problems/import-rejected", "problem.valuesRejected", errors, "monitoring.valuesRejected", errors.size(), rows);
    }

    private static String column(Row row) {
        return row.column() != null ? row.column() : "indicatorCode";
    }

    /** COPY the rows into a temporary table, with the row each came from; every school gets a submission to hold its values. */
    private void stage(Campaign campaign, int[] rowNumbers, long[] schoolIds, long[] indicatorIds, ValueRules.Normalized[] values, int count) {
        em.flush();
        Set<Long> distinctSchools = new HashSet<>();
        for (int i = 0; i < count; i++) {
            distinctSchools.add(schoolIds[i]);
        }
        em.createNativeQuery("insert into submission (campaign_id, school_id, status) select :c, unnest(cast(:ids as bigint[])), 'DRAFT' "
                        + "on conflict (campaign_id, school_id) do nothing")
                .setParameter("c", campaign.id).setParameter("ids", distinctSchools.toArray(Long[]::new)).executeUpdate();
        em.createNativeQuery("create temporary table if not exists value_load_rows (row_number integer, school_id bigint, indicator_id bigint, "
                + "value numeric(14, 4), numerator integer, denominator integer) on commit delete rows").executeUpdate();
        em.createNativeQuery("truncate value_load_rows").executeUpdate();
        em.unwrap(Session.class).doWork(connection -> copy(connection.unwrap(PGConnection.class), rowNumbers, schoolIds, indicatorIds,
                values, count));
    }

    /**
     * What a school handed in (or what was accepted) is not rewritten behind its back: a row that would change such a
     * value is refused, with its row, unless the caller may reopen the school's data. Values sent again unchanged pass.
     */
    private void refuseRewritesOfHandedInData(Campaign campaign, String[] columns, int[] rowNumbers, int rows) {
        List<?> refused = em.createNativeQuery("""
                select l.row_number, s.id, s.inn, sub.status
                from value_load_rows l join submission sub on sub.campaign_id = :c and sub.school_id = l.school_id
                join school s on s.id = l.school_id
                left join indicator_value iv on iv.submission_id = sub.id and iv.indicator_id = l.indicator_id
                where sub.status in ('SUBMITTED', 'ACCEPTED')
                  and (iv.submission_id is null or (iv.value, iv.numerator, iv.denominator) is distinct from (l.value, l.numerator, l.denominator))
                order by l.row_number""").setParameter("c", campaign.id).getResultList();
        Map<Long, Boolean> mayReopen = new HashMap<>();
        Map<Integer, String> columnOf = new HashMap<>();
        for (int i = 0; i < rowNumbers.length && columns[i] != null; i++) {
            columnOf.put(rowNumbers[i], columns[i]);
        }
        List<FieldError> errors = new ArrayList<>();
        for (Object o : refused) {
            Object[] r = (Object[]) o;
            long school = ((Number) r[1]).longValue();
            if (!mayReopen.computeIfAbsent(school, id -> monitoringPolicy.mayReopen(School.findById(id)))) {
                int row = ((Number) r[0]).intValue();
                String status = "ACCEPTED".equals(r[3]) ? "принят" : "сдан на проверку";
                errors.add(FieldError.cell(row, columnOf.getOrDefault(row, "value"), "monitoring.submissionLockedInn", r[2], status));
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors, rows);
        }
    }

    /** One upsert that skips unchanged values; each submission that changed is one audit event. Answers {created, updated}. */
    private long[] upsert(Campaign campaign, String source) {
        Object[] counts = (Object[]) em.createNativeQuery("""
                with loaded as (
                    select sub.id as submission_id, l.indicator_id, l.value, l.numerator, l.denominator
                    from value_load_rows l join submission sub on sub.campaign_id = :c and sub.school_id = l.school_id
                ), upserted as (
                    insert into indicator_value as iv (submission_id, indicator_id, value, numerator, denominator, updated_at)
                    select submission_id, indicator_id, value, numerator, denominator, now() from loaded
                    on conflict (submission_id, indicator_id) do update
                        set value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator, updated_at = now()
                        where (iv.value, iv.numerator, iv.denominator) is distinct from (excluded.value, excluded.numerator, excluded.denominator)
                    returning iv.submission_id, (xmax = 0) as inserted
                ), touched as (
                    update submission s set version = s.version + 1, updated_at = now()
                    where s.id in (select distinct submission_id from upserted)
                    returning s.id, s.school_id
                ), audited as (
                    insert into audit_event (occurred_at, actor, action, entity_type, entity_id, entity_label, region_id, changes)
                    select now(), :actor, 'IMPORT', 'Submission', t.id, sc.short_name || ' — ' || :campaign, :region,
                           jsonb_build_array(jsonb_build_object('field', 'values', 'from', null, 'to',
                               :source || ': создано ' || (select count(*) from upserted u where u.submission_id = t.id and u.inserted)
                               || ', изменено ' || (select count(*) from upserted u where u.submission_id = t.id and not u.inserted)))
                    from touched t join school sc on sc.id = t.school_id
                    returning 1
                )
                select (select count(*) from upserted where inserted), (select count(*) from upserted where not inserted),
                       (select count(*) from touched), (select count(*) from audited)
                """).setParameter("c", campaign.id).setParameter("actor", scope.username()).setParameter("campaign", campaign.name)
                .setParameter("region", campaign.region.id).setParameter("source", source).getSingleResult();
        return new long[] {((Number) counts[0]).longValue(), ((Number) counts[1]).longValue()};
    }

    private static void copy(PGConnection pg, int[] rowNumbers, long[] schoolIds, long[] indicatorIds, ValueRules.Normalized[] values,
                             int count) throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn("copy value_load_rows (row_number, school_id, indicator_id, value, numerator, denominator) from stdin");
        try {
            StringBuilder text = new StringBuilder(64 * 1024);
            for (int i = 0; i < count; i++) {
                ValueRules.Normalized v = values[i];
                text.append(rowNumbers[i]).append('\t').append(schoolIds[i]).append('\t').append(indicatorIds[i]).append('\t')
                        .append(v.value() == null ? "\\N" : v.value().toPlainString()).append('\t')
                        .append(v.numerator() == null ? "\\N" : v.numerator().toString()).append('\t')
                        .append(v.denominator() == null ? "\\N" : v.denominator().toString()).append('\n');
                if (text.length() > 60 * 1024) {
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    text.setLength(0);
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
