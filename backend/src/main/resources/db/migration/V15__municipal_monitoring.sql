-- Monitoring of municipalities (seed 001 п. 4.2.3 «мониторинга организации работы со школами данной категории на
-- муниципальном уровне»): a campaign asks either schools (every campaign so far) or the municipalities of its region,
-- whose education authorities answer; an indicator is asked of one kind of respondent only. A municipality's data is
-- a submission like a school's, with the same values and review, so exactly one of school_id and municipality_id is set.
ALTER TABLE indicator ADD COLUMN respondent varchar(16) NOT NULL DEFAULT 'SCHOOL';

ALTER TABLE campaign ADD COLUMN respondent varchar(16) NOT NULL DEFAULT 'SCHOOL';
-- a campaign of municipalities is the region's: a municipality does not monitor itself
ALTER TABLE campaign ADD CONSTRAINT campaign_municipalities_regional CHECK (respondent = 'SCHOOL' OR municipality_id IS NULL);
CREATE INDEX campaign_region_respondent_idx ON campaign (region_id, respondent, opens_on);

ALTER TABLE submission ALTER COLUMN school_id DROP NOT NULL;
ALTER TABLE submission ADD COLUMN municipality_id bigint REFERENCES municipality (id);
ALTER TABLE submission ADD CONSTRAINT submission_one_respondent CHECK ((school_id IS NULL) <> (municipality_id IS NULL));
ALTER TABLE submission ADD CONSTRAINT submission_campaign_municipality_key UNIQUE (campaign_id, municipality_id);
CREATE INDEX submission_municipality_idx ON submission (municipality_id) WHERE municipality_id IS NOT NULL;
