-- The key from analysis_school to its run was checked once per row written: for a national run, 40,000 lookups of
-- the one run inserted just before in the same transaction, a third of PostgreSQL's time for the COPY (0.55 s of
-- 1.3 s), and 7 ms of a region's 50 ms. Rows are written only there (AnalysisStore.saveSchools), after their run. What
-- the key gave besides, a run's rows going with it, a trigger now does once per statement.
ALTER TABLE analysis_school DROP CONSTRAINT analysis_school_run_id_fkey;

CREATE FUNCTION analysis_run_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM analysis_school a USING deleted d WHERE a.run_id = d.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER analysis_run_deleted AFTER DELETE ON analysis_run
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION analysis_run_deleted();
