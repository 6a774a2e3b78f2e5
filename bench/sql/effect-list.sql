-- The data set lacks a list: one approved ШНОР list over the region's campaigns, made by SQL. Its schools are the
-- tenth of the region with the lowest success rate in the 2023/2024 monitoring; the order comes a month after that
-- campaign closed, so 2023/2024 is «before» and the latest published or closed campaign is «after».
-- psql -v region=<id>; prints the list's id.
WITH before AS (
  SELECT c.id, c.closes_on FROM campaign c WHERE c.region_id = :region AND c.academic_year = '2023/2024'
), ranked AS (
  SELECT s.school_id, v.value, ntile(10) OVER (ORDER BY v.value) AS tenth
  FROM submission s JOIN indicator_value v ON v.submission_id = s.id JOIN indicator i ON i.id = v.indicator_id
  WHERE s.campaign_id = (SELECT id FROM before) AND i.code = 'SUCC_RATE' AND s.status IN ('SUBMITTED', 'ACCEPTED')
), list AS (
  INSERT INTO school_list (region_id, kind, year, year_to, title, status, rule, campaign_ids, exit_years, order_number, order_date,
                           order_body_id, approved_by, approved_at)
  SELECT :region, 'LOW_RESULTS', 2024, 2024, 'Перечень ШНОР на 2024 год (бенчмарк)', 'APPROVED',
         '{"ruleId": null, "kind": "LOW_RESULTS", "name": "Низкая успеваемость", "conditions": [{"indicatorCode": "SUCC_RATE", "operator": "LT", "threshold": 60}], "minMatches": 1, "consecutiveYears": 1}'::jsonb,
         jsonb_build_array((SELECT id FROM before)), 1, 'Б-1', (SELECT closes_on FROM before) + 30,
         (SELECT id FROM body WHERE region_id = :region AND kind = 'MINISTRY' LIMIT 1), 'bench', now()
  RETURNING id
), entries AS (
  INSERT INTO school_list_entry (list_id, school_id, source, included, reason)
  SELECT (SELECT id FROM list), school_id, 'RULE', true, 'Правило выполняется' FROM ranked WHERE tenth = 1
)
SELECT id FROM list;
