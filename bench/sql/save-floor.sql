-- The floor of PUT /api/v1/campaigns/{id}/schools/{schoolId}/submission with 50 values (bench/hot-paths.sh): the
-- transaction the endpoint makes, PostgreSQL alone. Lock the submission, upsert the 50 values of its campaign's form
-- with their keys, bump the version, write one audit row with the changes. The targets are drafts of open
-- campaigns, numbered in bench_save_target (made by hot-paths.sh).
\set n random(1, :targets)
BEGIN;
SELECT s.id, s.version, s.status, s.campaign_id FROM submission s
WHERE s.id = (SELECT submission_id FROM bench_save_target WHERE n = :n) FOR UPDATE;
INSERT INTO indicator_value (submission_id, indicator_id, value, numerator, denominator, updated_at)
SELECT t.submission_id, u.i, u.v, NULL, NULL, now()
FROM bench_save_target t,
     unnest((SELECT array_agg(ci.indicator_id ORDER BY ci.position) FROM campaign_indicator ci
             WHERE ci.campaign_id = t.campaign_id),
            (SELECT array_agg(round((random() * 100)::numeric, 2)) FROM generate_series(1, 50))) AS u (i, v)
WHERE t.n = :n AND u.i IS NOT NULL
ON CONFLICT (submission_id, indicator_id) DO UPDATE
  SET value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
      review_comment = NULL, updated_at = now();
UPDATE submission SET version = version + 1, updated_at = now()
WHERE id = (SELECT submission_id FROM bench_save_target WHERE n = :n);
INSERT INTO audit_event (actor, action, entity_type, entity_id, entity_label, region_id, changes)
SELECT 'admin', 'UPDATED', 'Submission', t.submission_id, 'bench', c.region_id,
       (SELECT jsonb_agg(jsonb_build_object('field', 'I' || g, 'from', NULL, 'to', g)) FROM generate_series(1, 50) g)
FROM bench_save_target t JOIN campaign c ON c.id = t.campaign_id WHERE t.n = :n;
END;
