-- GET /api/timeline?q=:q (order=relevance, page 0, size 20): JdbcTimelineQueries' search page (the matches numbered
-- latest first, only their ids kept, the latest 1,000 ranked, counted once) and its snippets.
with matching as materialized (
         select e.id, row_number() over (order by e.start_date desc, e.end_date desc, e.id desc) as recency
           from timeline_event e join article a on a.id = e.article_id
          where a.status = 'published' and e.search_vector @@ websearch_to_tsquery('public.newsdesk', :q)),
     page as (
         select m.id, m.recency,
                case when m.recency <= 1000
                     then (select ts_rank(r.search_vector, websearch_to_tsquery('public.newsdesk', :q))
                             from timeline_event r where r.id = m.id) else 0 end as rank
           from matching m order by rank desc, m.recency limit 20 offset 0)
select e.id, e.article_id, e.block_id, e.title, e.start_date, e.end_date, e.date_precision, e.approximate, e.phrase,
       a.slug, a.headline, (select count(*) from matching) as total,
       ts_headline('public.newsdesk', e.title || ' — ' || e.phrase, websearch_to_tsquery('public.newsdesk', :q),
                   'StartSel=<<, StopSel=>>, HighlightAll=true') as snippet
  from page p join timeline_event e on e.id = p.id join article a on a.id = e.article_id
 order by p.rank desc, p.recency;
