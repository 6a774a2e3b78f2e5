-- The analysis benchmark's national campaign: every school of the 2024/2025 monitoring (all regions, all accepted),
-- their values re-addressed to one region's indicators by code. The domain has no national campaign; this is the
-- issue's «national data set» in the one shape the analysis reads. Prints the new campaign's id.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE src ON COMMIT DROP AS SELECT id FROM campaign WHERE academic_year = '2024/2025';
INSERT INTO campaign (name, academic_year, order_number, order_date, order_body_id, region_id, school_scope, opens_on, closes_on, status)
SELECT 'Национальный срез 2024/2025 (бенчмарк анализа)', academic_year, 'bench', order_date, order_body_id, region_id, 'LIST',
       opens_on, closes_on, 'PUBLISHED'
FROM campaign WHERE id = (SELECT min(id) FROM src)
RETURNING id AS national \gset
INSERT INTO campaign_indicator (campaign_id, indicator_id, position, required)
SELECT :national, indicator_id, position, required FROM campaign_indicator WHERE campaign_id = (SELECT min(id) FROM src);
INSERT INTO campaign_school (campaign_id, school_id)
SELECT :national, school_id FROM campaign_school WHERE campaign_id IN (SELECT id FROM src);
CREATE TEMP TABLE old_sub ON COMMIT DROP AS
SELECT id AS old_id, school_id, status, submitted_at, submitted_by, reviewed_at, reviewed_by FROM submission
WHERE campaign_id IN (SELECT id FROM src);
INSERT INTO submission (campaign_id, school_id, status, submitted_at, submitted_by, reviewed_at, reviewed_by)
SELECT :national, school_id, status, submitted_at, submitted_by, reviewed_at, reviewed_by FROM old_sub;
INSERT INTO indicator_value (submission_id, indicator_id, value, numerator, denominator)
SELECT ns.id, ni.id, v.value, v.numerator, v.denominator
FROM indicator_value v
JOIN old_sub o ON o.old_id = v.submission_id
JOIN submission ns ON ns.campaign_id = :national AND ns.school_id = o.school_id
JOIN indicator oi ON oi.id = v.indicator_id
JOIN campaign_indicator nci ON nci.campaign_id = :national
JOIN indicator ni ON ni.id = nci.indicator_id AND ni.code = oi.code;
COMMIT;
ANALYZE submission;
ANALYZE indicator_value;
\echo :national
