-- The floor of GET /api/v1/schools?municipalityId=…&size=50 (bench/lists.sh): what the endpoint asks PostgreSQL,
-- a page of 50 joined to the municipality and region, sorted as the API sorts, and the total.
\set m random(1, :municipalities)
SELECT s.id, s.inn, s.short_name, s.full_name, s.type, s.settlement, s.address, s.principal, s.pupils, s.teachers,
       m.id, m.name, r.id, r.name, s.version, s.created_at, s.updated_at
FROM school s JOIN municipality m ON m.id = s.municipality_id JOIN region r ON r.id = m.region_id
WHERE m.id = :m
ORDER BY m.name, s.short_name, s.id
LIMIT 50 OFFSET 0;
SELECT count(*) FROM school s JOIN municipality m ON m.id = s.municipality_id WHERE m.id = :m;
