-- The floor of GET /api/v1/municipalities?regionId=…&size=50 (bench/hot-paths.sh): what the endpoint asks PostgreSQL,
-- a page of a region's municipalities sorted by name with their region, the schools of each, and the total.
\set r random(1, :regions)
SELECT m.id, m.created_at, m.kind, m.name, m.oktmo, m.region_id, r.id, r.code, r.created_at, r.name, r.updated_at, r.version,
       m.updated_at, m.version
FROM municipality m JOIN region r ON r.id = m.region_id WHERE m.region_id = :r ORDER BY m.name, m.id LIMIT 50 OFFSET 0;
SELECT s.municipality_id, count(*) FROM school s
WHERE s.municipality_id IN (SELECT id FROM municipality WHERE region_id = :r ORDER BY name, id LIMIT 50)
GROUP BY s.municipality_id;
SELECT count(*) FROM municipality m WHERE m.region_id = :r;
