-- Why a planned further training was cancelled (the teacher fell ill, the provider moved the course), shown beside it.
ALTER TABLE teacher_training ADD COLUMN cancel_reason varchar(1000);
