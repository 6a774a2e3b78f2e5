-- Opens the bulk load of the bench data set (run.sh pipes: this, gen/generate.mjs, load-end.sql into one psql).
-- One transaction: the keys, foreign keys and secondary indexes of every table of the schema are remembered and
-- dropped, the tables truncated (so that COPY ... FREEZE may write frozen, all-visible rows), and load-end.sql
-- rebuilds exactly what was dropped after the data is in. Whatever Flyway created is restored as it was.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
SET maintenance_work_mem = '1GB';
SET max_parallel_maintenance_workers = 2;
BEGIN;

CREATE TEMP TABLE bench_ddl (step int, stmt text) ON COMMIT DROP;
-- 1: primary keys and unique constraints, 2: other indexes, 3: foreign keys
INSERT INTO bench_ddl
SELECT CASE c.contype WHEN 'f' THEN 3 ELSE 1 END,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'flyway_schema_history' AND c.contype IN ('p', 'u', 'f');
INSERT INTO bench_ddl
SELECT 2, pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'flyway_schema_history'
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'));

DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT c.conrelid::regclass AS tbl, c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
           WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'flyway_schema_history' AND c.contype = 'f' LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
  END LOOP;
  FOR r IN SELECT c.conrelid::regclass AS tbl, c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
           WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'flyway_schema_history' AND c.contype IN ('p', 'u') LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
  END LOOP;
  FOR r IN SELECT i.indexrelid::regclass AS idx FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
           WHERE t.relnamespace = 'public'::regnamespace AND t.relname <> 'flyway_schema_history' LOOP
    EXECUTE format('DROP INDEX %s', r.idx);
  END LOOP;
  -- the audit is append-only (V11) for the application; the bench's own database starts it empty, once
  ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate;
  INSERT INTO bench_ddl VALUES (4, 'ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_truncate');
  EXECUTE (SELECT 'TRUNCATE ' || string_agg(oid::regclass::text, ', ') || ' RESTART IDENTITY'
           FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'flyway_schema_history');
END $$;
