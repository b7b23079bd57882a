-- GET /api/timeline?q=:q (order=relevance, page 0, size 20): JdbcTimelineQueries' search page and its snippets.
with matching as materialized (
         select e.id, e.article_id, e.block_id, e.title, e.start_date, e.end_date, e.date_precision, e.approximate,
                e.phrase, ts_rank(e.search_vector, websearch_to_tsquery('public.newsdesk', :q)) as rank
           from timeline_event e join article a on a.id = e.article_id
          where a.status = 'published' and e.search_vector @@ websearch_to_tsquery('public.newsdesk', :q)),
     page as (
         select * from matching e
          order by e.rank desc, e.start_date, e.end_date, e.id limit 20 offset 0)
select e.id, a.slug, a.headline, (select count(*) from matching) as total,
       ts_headline('public.newsdesk', e.title || ' — ' || e.phrase, websearch_to_tsquery('public.newsdesk', :q),
                   'StartSel=<<, StopSel=>>, HighlightAll=true') as snippet
  from page e join article a on a.id = e.article_id
 order by e.rank desc, e.start_date, e.end_date, e.id;
