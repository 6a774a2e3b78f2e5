-- The floor of GET /api/v1/campaigns?regionId=…&size=50 (bench/hot-paths.sh): what the endpoint asks PostgreSQL,
-- a page of a region's campaigns, newest first, the schools of each, the total, the region, the ordering body and
-- the campaigns' indicators.
\set r random(1, :regions)
SELECT c.id, c.academic_year, c.closes_on, c.created_at, c.municipality_id, c.name, c.opens_on, c.order_body_id,
       c.order_date, c.order_number, c.region_id, c.respondent, c.school_list_id, c.school_scope, c.status,
       c.updated_at, c.version
FROM campaign c WHERE c.region_id = :r ORDER BY c.opens_on DESC NULLS LAST, c.id LIMIT 50 OFFSET 0;
SELECT cs.campaign_id, count(*) FROM campaign_school cs
WHERE cs.campaign_id IN (SELECT id FROM campaign WHERE region_id = :r) GROUP BY cs.campaign_id;
SELECT count(*) FROM campaign c WHERE c.region_id = :r;
SELECT r.id, r.code, r.created_at, r.name, r.updated_at, r.version FROM region r WHERE r.id = :r;
SELECT b.id, b.address, b.created_at, b.full_name, b.head, b.inn, b.kind, b.municipality_id, b.region_id, b.short_name,
       b.updated_at, b.version
FROM body b WHERE b.id IN (SELECT order_body_id FROM campaign WHERE region_id = :r);
SELECT ci.campaign_id, ci.indicator_id, ci.position, ci.required FROM campaign_indicator ci
WHERE ci.campaign_id IN (SELECT id FROM campaign WHERE region_id = :r) ORDER BY ci.position;
