-- The file a decision or a roadmap was imported from, kept as its source beside the report evidence.
ALTER TABLE evidence_file
    ADD COLUMN decision_id bigint REFERENCES decision (id) ON DELETE CASCADE,
    ADD COLUMN roadmap_id  bigint REFERENCES roadmap (id) ON DELETE CASCADE;
ALTER TABLE evidence_file DROP CONSTRAINT evidence_file_check;
ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_one_owner
    CHECK (num_nonnulls(measure_report_id, execution_report_id, decision_id, roadmap_id) = 1);
CREATE UNIQUE INDEX evidence_file_decision_idx ON evidence_file (decision_id) WHERE decision_id IS NOT NULL;
CREATE UNIQUE INDEX evidence_file_roadmap_idx ON evidence_file (roadmap_id) WHERE roadmap_id IS NOT NULL;
