-- The analysis floor: PostgreSQL alone doing the core of POST /campaigns/{id}/analyses over one campaign — per judged
-- indicator the z-score of each value within its comparison group (the context cluster of the campaign's latest run:
-- k-means is not plain SQL, so the floor takes the clusters as given), turned so that higher is better and capped at
-- ±3; the category means; the composite with the default weights; ranks over the campaign and within the municipality.
-- Rows go to the client (pgbench discards them). pgbench -M prepared -D campaign=… -D run=… runs it as one transaction.
-- work_mem as the backend's JVM would be given memory: with the default 4 MB the country's sorts and aggregates spill to
-- disk and the floor is 4–6 times slower (the comparison would flatter Rostok).
SET work_mem = '256MB';
WITH cluster AS (
  SELECT school_id, municipality_id, cluster FROM analysis_school WHERE run_id = :run
), v AS (
  SELECT sub.school_id, v.indicator_id, cast(v.value AS float8) AS value, i.category,
         CASE WHEN i.direction = 'LOWER_BETTER' THEN -1 ELSE 1 END AS sign
  FROM campaign_school cs
  JOIN submission sub ON sub.campaign_id = cs.campaign_id AND sub.school_id = cs.school_id
  JOIN indicator_value v ON v.submission_id = sub.id
  JOIN indicator i ON i.id = v.indicator_id
  WHERE cs.campaign_id = :campaign AND sub.status IN ('ACCEPTED', 'SUBMITTED') AND v.value IS NOT NULL
    AND i.direction <> 'CONTEXT' AND i.category <> 'CONTEXT'
    AND (i.min_sample IS NULL OR coalesce(v.denominator, 0) <= 0 OR v.denominator >= i.min_sample)
), z AS (
  SELECT v.school_id, v.category,
         greatest(-3, least(3, v.sign * coalesce((v.value - avg(v.value) OVER g) / nullif(stddev_pop(v.value) OVER g, 0), 0))) AS z
  FROM v JOIN cluster c ON c.school_id = v.school_id
  WINDOW g AS (PARTITION BY v.indicator_id, c.cluster)
), category AS (
  SELECT school_id, category, avg(z) AS mean, count(*) AS judged FROM z GROUP BY school_id, category
), weight (category, w) AS (
  VALUES ('RESULTS', 0.5), ('STAFF', 0.2), ('CONDITIONS', 0.15), ('MANAGEMENT', 0.15), ('OBJECTIVITY', 0.0)
), composite AS (
  SELECT c.school_id, sum(w.w * c.mean) / nullif(sum(w.w) FILTER (WHERE w.w > 0), 0) AS composite,
         sum(c.judged) FILTER (WHERE w.w > 0) AS judged
  FROM category c JOIN weight w ON w.category = c.category GROUP BY c.school_id
)
SELECT k.school_id, k.municipality_id, k.cluster, round(cast(x.composite AS numeric), 4) AS composite,
       rank() OVER (ORDER BY x.composite DESC) AS rank_overall,
       rank() OVER (PARTITION BY k.municipality_id ORDER BY x.composite DESC) AS rank_municipality
FROM composite x JOIN cluster k ON k.school_id = x.school_id
WHERE x.judged >= 3;
