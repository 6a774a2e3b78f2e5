-- The floor of GET /teachers?regionId={r}&size=50: the two statements the endpoint sends (written after its JPQL; to be
-- checked against Hibernate's SQL log), as an administrator (no scope condition), with the region put in by staff-list.sh. @REGION@.
select t.id, t.last_name, t.first_name, t.middle_name, t.position, t.subjects, t.category, t.category_date, t.experience_years,
  t.last_training_date, t.archived_on, t.school_id, s.short_name, s.municipality_id, m.name, m.region_id, t.version
  from teacher t join school s on s.id = t.school_id join municipality m on m.id = s.municipality_id
  where 1 = 1 and m.region_id = @REGION@ and t.archived_on is null
  order by t.last_name nulls last, t.first_name nulls last, t.middle_name nulls last, t.id offset 0 rows fetch first 50 rows only;
select count(*) from teacher t join school s on s.id = t.school_id join municipality m on m.id = s.municipality_id
  where 1 = 1 and m.region_id = @REGION@ and t.archived_on is null;
