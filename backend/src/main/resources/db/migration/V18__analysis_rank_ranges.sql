-- A school's rank comes with the range it could take given the 95 % intervals of its shares (AnalysisEngine): the
-- composite index recomputed with every share at the worst and at the best end of its interval, and the ranks those
-- allow. Runs made before have none: they show no range.
ALTER TABLE analysis_school
    ADD COLUMN composite_low  double precision,
    ADD COLUMN composite_high double precision,
    ADD COLUMN rank_low       integer,
    ADD COLUMN rank_high      integer;
