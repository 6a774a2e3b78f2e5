-- Closes the bulk load opened by load-begin.sql: rebuilds the keys, indexes and foreign keys (each foreign key
-- is validated by one join, not row by row), moves the identity sequences past the loaded ids, commits.
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT stmt FROM bench_ddl ORDER BY step LOOP
    EXECUTE r.stmt;
  END LOOP;
  FOR r IN SELECT a.attrelid::regclass AS tbl, a.attname AS col FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid
           WHERE t.relnamespace = 'public'::regnamespace AND t.relkind = 'r' AND a.attidentity <> '' LOOP
    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), coalesce((SELECT max(%I) FROM %s), 0) + 1, false)',
                   r.tbl::text, r.col, r.col, r.tbl);
  END LOOP;
END $$;
COMMIT;
-- Frozen rows need no vacuum; ANALYZE gives the planner the statistics of the new data.
SELECT format('VACUUM (ANALYZE) %s', oid::regclass) FROM pg_class
WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relpages DESC \gexec
