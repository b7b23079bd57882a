-- GET /api/speakers?q=:q (page 0, size 20): JdbcSpeakerQueries' statement, as the service sends it.
with k as (select public.name_key(cast(:q as text)) as key),
     p as (select k.key, '%' || replace(replace(replace(k.key, '\', '\\'), '%', '\%'), '_', '\_') || '%' as pattern
             from k),
     candidates as (
         select s.id, public.name_key(s.name) = p.key as exact
           from speaker s, p where public.name_key(s.name) like p.pattern
         union all
         select sa.speaker_id, public.name_key(sa.alias) = p.key
           from speaker_alias sa, p where public.name_key(sa.alias) like p.pattern),
     found as (select id, bool_or(exact) as exact from candidates group by id)
select s.id, s.name, s.kind,
       array(select sa.alias from speaker_alias sa where sa.speaker_id = s.id order by sa.alias) as aliases,
       c.quotes, c.first_said, c.last_said, count(*) over () as total
  from found f join speaker s on s.id = f.id
  join lateral (select count(*) as quotes, min(q.said_start) as first_said, max(q.said_end) as last_said
                  from quote q join article a on a.id = q.article_id
                 where q.speaker_id = s.id and a.status = 'published') c on c.quotes > 0
 order by f.exact desc, c.quotes desc, s.name, s.id limit 20 offset 0;
