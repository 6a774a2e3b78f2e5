-- A cancelled individual route keeps why it was cancelled.
ALTER TABLE individual_route ADD COLUMN cancel_reason varchar(1000);
CREATE INDEX route_step_open_due_idx ON route_step (due) WHERE status = 'PLANNED';
