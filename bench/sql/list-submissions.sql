-- The floor of GET /api/v1/submissions?campaignId=…&size=50 (bench/hot-paths.sh): a campaign's schools with where
-- their data stands, sorted as the API sorts (closing date, municipality, school), and the total.
\set c random(1, :campaigns)
SELECT c.id, c.name, c.academic_year, c.status, c.closes_on, s.id, s.short_name, s.inn, m.id, m.name,
       sub.status, sub.submitted_at, sub.reviewed_at
FROM campaign_school cs JOIN campaign c ON c.id = cs.campaign_id JOIN school s ON s.id = cs.school_id
JOIN municipality m ON m.id = s.municipality_id
LEFT JOIN submission sub ON sub.campaign_id = cs.campaign_id AND sub.school_id = cs.school_id
WHERE c.status <> 'DRAFT' AND c.id = :c
ORDER BY c.closes_on, m.name, s.short_name, s.id, c.id
LIMIT 50 OFFSET 0;
SELECT count(*)
FROM campaign_school cs JOIN campaign c ON c.id = cs.campaign_id JOIN school s ON s.id = cs.school_id
LEFT JOIN submission sub ON sub.campaign_id = cs.campaign_id AND sub.school_id = cs.school_id
WHERE c.status <> 'DRAFT' AND c.id = :c;
