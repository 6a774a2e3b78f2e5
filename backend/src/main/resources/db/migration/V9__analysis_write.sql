-- A national run writes 40,000 rows of analysis_school in one COPY. Checking each row against school and municipality
-- cost a third of that write, for nothing: the rows are copied from the campaign's schools in the same transaction,
-- and neither a school nor a municipality is ever deleted. Every query reads a run's schools by run, so the index by
-- school goes too. The key to the run stays (its rows go with it).
ALTER TABLE analysis_school
    DROP CONSTRAINT analysis_school_school_id_fkey,
    DROP CONSTRAINT analysis_school_municipality_id_fkey;
DROP INDEX analysis_school_school_idx;
