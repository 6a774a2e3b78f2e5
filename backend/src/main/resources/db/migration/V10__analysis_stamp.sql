-- A run's data stamp (AnalysisStore.stamp) no longer reads every value: it is made from the campaign's schools, its
-- indicators and its submissions' versions and times. A run made before keeps telling whether its data is unchanged:
-- where the stamp it was given, computed again now the old way, still matches, the data is as the run read it, and the
-- run gets the new stamp of that same data. Any other run keeps its old stamp and says the data has changed since.
WITH pairs AS (
    SELECT DISTINCT campaign_id AS c,
           CASE WHEN coalesce((settings ->> 'acceptedOnly')::boolean, false) THEN 'ACCEPTED' ELSE 'SUBMITTED' END AS status
    FROM analysis_run
), stamps AS (
    SELECT p.c, p.status,
           substr(encode(sha256(convert_to(
               (SELECT count(*) FROM campaign_school WHERE campaign_id = p.c)::text || '|'
               || (SELECT coalesce(string_agg(indicator_id::text, ',' ORDER BY position), '') FROM campaign_indicator WHERE campaign_id = p.c) || '|'
               || v.values_read || '|' || v.last_change || '|'
               || (SELECT coalesce(max(updated_at)::text, '') || '/' || count(*) FROM submission WHERE campaign_id = p.c),
               'UTF8')), 'hex'), 1, 32) AS old_stamp,
           substr(encode(sha256(convert_to(
               (SELECT count(*) || '/' || coalesce(sum(school_id), 0) FROM campaign_school WHERE campaign_id = p.c) || '|'
               || (SELECT coalesce(string_agg(indicator_id::text, ',' ORDER BY position), '') FROM campaign_indicator WHERE campaign_id = p.c) || '|'
               || (SELECT count(*) || '/' || coalesce(sum(version), 0) || '/' || coalesce(max(updated_at)::text, '')
                   FROM submission WHERE campaign_id = p.c AND status IN ('ACCEPTED', p.status)),
               'UTF8')), 'hex'), 1, 32) AS new_stamp
    FROM pairs p
    CROSS JOIN LATERAL (
        SELECT count(iv.indicator_id)::text AS values_read, coalesce(max(iv.updated_at)::text, '') AS last_change
        FROM campaign_school cs
        JOIN submission sub ON sub.campaign_id = cs.campaign_id AND sub.school_id = cs.school_id
        JOIN indicator_value iv ON iv.submission_id = sub.id
        WHERE cs.campaign_id = p.c AND sub.status IN ('ACCEPTED', p.status) AND iv.value IS NOT NULL
    ) v
)
UPDATE analysis_run r
SET data_stamp = s.new_stamp
FROM stamps s
WHERE s.c = r.campaign_id
  AND s.status = CASE WHEN coalesce((r.settings ->> 'acceptedOnly')::boolean, false) THEN 'ACCEPTED' ELSE 'SUBMITTED' END
  AND r.data_stamp = s.old_stamp;
