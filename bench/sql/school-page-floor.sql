-- The floor of GET /schools/{id}/dossier: the queries the endpoint runs, as an administrator (no scope condition), with
-- the run's ids put in by school-page.sh. @SCHOOL@, @REGION@, @CAMPAIGNS@ (the school's campaigns).
-- The campaigns' medians are not here: the backend keeps them
-- between requests while the campaign's data stamp (the second query) is unchanged; school-page.sh reports the first,
-- uncached view apart.
select s.*, m.*, r.* from school s join municipality m on m.id = s.municipality_id join region r on r.id = m.region_id where s.id = @SCHOOL@;
select c.id, c.name, c.academic_year, c.status, c.closes_on from campaign c join campaign_school cs on cs.campaign_id = c.id and cs.school_id = @SCHOOL@
  where c.status in ('OPEN', 'CLOSED', 'PUBLISHED') order by c.closes_on, c.id;
with latest as (select distinct on (campaign_id) id, campaign_id from analysis_run where campaign_id = any('{@CAMPAIGNS@}'::bigint[])
  order by campaign_id, created_at desc, id desc)
select l.campaign_id, a.cluster, array_agg(x.school_id) from latest l join analysis_school a on a.run_id = l.id and a.school_id = @SCHOOL@
  join analysis_school x on x.run_id = l.id and x.cluster = a.cluster group by l.campaign_id, a.cluster;
select c.id, h.n, h.versions, h.last_change,
       (select coalesce(sum(i.version), 0) from campaign_indicator ci join indicator i on i.id = ci.indicator_id where ci.campaign_id = c.id)
from campaign c cross join lateral (
    select count(*) as n, coalesce(sum(s.version), 0) as versions, cast(max(s.updated_at) as text) as last_change
    from submission s where s.campaign_id = c.id and s.status in ('SUBMITTED', 'ACCEPTED')) h
where c.id = any('{@CAMPAIGNS@}'::bigint[]);
select ci.campaign_id, i.code, i.name, i.unit, i.value_type, i.direction, i.min_sample, own.value, own.numerator, own.denominator, i.id
from campaign_indicator ci join indicator i on i.id = ci.indicator_id
left join (select sub.campaign_id, v.indicator_id, v.value, v.numerator, v.denominator
           from submission sub join indicator_value v on v.submission_id = sub.id
           where sub.school_id = @SCHOOL@ and sub.campaign_id = any('{@CAMPAIGNS@}'::bigint[])
             and sub.status in ('SUBMITTED', 'ACCEPTED') and v.value is not null) own
       on own.campaign_id = ci.campaign_id and own.indicator_id = ci.indicator_id
where ci.campaign_id = any('{@CAMPAIGNS@}'::bigint[]) and i.respondent = 'SCHOOL'
order by ci.position, i.code, ci.campaign_id;
select r.id, r.campaign_id, r.created_at, a.position, a.reason, a.composite, a.rank_overall, r.ranked, a.rank_municipality,
       (select count(*) from analysis_school x where x.run_id = r.id and x.municipality_id = a.municipality_id and x.rank_municipality is not null), a.cluster
from analysis_run r join analysis_school a on a.run_id = r.id and a.school_id = @SCHOOL@
where r.campaign_id = any('{@CAMPAIGNS@}'::bigint[]) order by r.created_at, r.id;
select r.* from roadmap r where r.school_id = @SCHOOL@ or (r.school_id is null and r.level in ('REGION', 'MUNICIPALITY') and r.region_id = @REGION@
  and exists (select 1 from measure m join measure_responsible x on x.measure_id = m.id where m.roadmap_id = r.id and x.all_schools)) order by r.period_from desc, r.id desc;
select distinct a.*, x.* from assignment a join decision d on d.id = a.decision_id left join assignment_assignee x on x.assignment_id = a.id
  where d.region_id = @REGION@;
select r.* from recommendation r where r.addressee_kind = 'SCHOOL' and r.school_id = @SCHOOL@ order by r.deadline, r.id;
select p.*, w.*, s.* from partnership p join school w on w.id = p.weak_school_id join school s on s.id = p.partner_school_id
  where p.weak_school_id = @SCHOOL@ or p.partner_school_id = @SCHOOL@ order by p.id desc;
select c.id, c.name, c.academic_year, c.status, c.closes_on, sub.status, sub.submitted_at, sub.reviewed_at, sub.reviewed_by
from campaign c join campaign_school cs on cs.campaign_id = c.id and cs.school_id = @SCHOOL@
left join submission sub on sub.campaign_id = c.id and sub.school_id = @SCHOOL@ where c.status <> 'DRAFT' order by c.closes_on desc, c.id desc;
