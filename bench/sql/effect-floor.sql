-- The effect of a list, the work PostgreSQL does for GET /school-lists/{id}/effect: the same queries, in the same
-- order, with the ids of the run (substituted by effect.sh). pgbench -M prepared runs it as one transaction.
SELECT l.id, l.kind, l.year, l.order_date, e.school_id, s.municipality_id, e.included FROM school_list l
  JOIN school_list_entry e ON e.list_id = l.id JOIN school s ON s.id = e.school_id
  WHERE l.region_id = @REGION@ AND l.status = 'APPROVED' ORDER BY l.year, l.id;
SELECT e.school_id FROM school_list_entry e WHERE e.list_id = @LIST@ AND e.included ORDER BY e.school_id;
SELECT c.id, c.name, c.academic_year, c.closes_on, c.municipality_id FROM campaign c
  WHERE c.region_id = @REGION@ AND c.status IN ('CLOSED', 'PUBLISHED')
  AND EXISTS (SELECT 1 FROM campaign_school cs WHERE cs.campaign_id = c.id AND cs.school_id IN (@SCHOOLS@)) ORDER BY c.closes_on, c.id;
SELECT campaign_id, school_id FROM campaign_school WHERE campaign_id IN (@BEFORE@, @AFTER@);
SELECT id, created_at FROM analysis_run WHERE campaign_id = @BEFORE@ ORDER BY created_at DESC, id DESC LIMIT 1;
SELECT school_id, cluster FROM analysis_school WHERE run_id = (SELECT max(id) FROM analysis_run WHERE campaign_id = @BEFORE@);
SELECT ci.campaign_id, i.id, i.code, i.name, i.unit, i.direction FROM campaign_indicator ci JOIN indicator i ON i.id = ci.indicator_id
  WHERE ci.campaign_id IN (@BEFORE@, @AFTER@) ORDER BY ci.campaign_id, ci.position;
SELECT sub.campaign_id, sub.school_id, i.code, v.value, v.denominator, i.min_sample
  FROM submission sub JOIN indicator_value v ON v.submission_id = sub.id JOIN indicator i ON i.id = v.indicator_id
  WHERE sub.campaign_id IN (@BEFORE@, @AFTER@) AND v.indicator_id IN (SELECT ci.indicator_id FROM campaign_indicator ci
    JOIN indicator x ON x.id = ci.indicator_id WHERE ci.campaign_id IN (@BEFORE@, @AFTER@) AND x.code IN (@CODES@)) AND sub.status IN ('SUBMITTED', 'ACCEPTED') AND v.value IS NOT NULL;
SELECT sub.campaign_id, sub.school_id, i.code, v.value, v.denominator, i.min_sample
  FROM submission sub JOIN indicator_value v ON v.submission_id = sub.id JOIN indicator i ON i.id = v.indicator_id
  WHERE sub.campaign_id IN (@CAMPAIGNS@) AND v.indicator_id IN (SELECT ci.indicator_id FROM campaign_indicator ci
    JOIN indicator x ON x.id = ci.indicator_id WHERE ci.campaign_id IN (@CAMPAIGNS@) AND x.code IN (@FIRST_CODE@)) AND sub.status IN ('SUBMITTED', 'ACCEPTED') AND v.value IS NOT NULL;
SELECT s.id, s.short_name FROM school s WHERE s.id IN (@SCHOOLS@);
