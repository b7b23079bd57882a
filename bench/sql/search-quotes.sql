-- GET /api/quotes?q=:q (order=relevance, page 0, size 20): JdbcQuoteQueries' page statement (the matches numbered
-- newest first, the newest 1,000 ranked, counted once) and the page's snippets.
with matching as materialized (
         select q.id, row_number() over (order by q.said_end desc, q.said_start desc, a.published_at desc,
                                                  q.article_id, q.position) as recency
           from quote q join article a on a.id = q.article_id
          where a.status = 'published' and q.search_vector @@ websearch_to_tsquery('public.newsdesk', :q)),
     page as (
         select m.id, m.recency,
                case when m.recency <= 1000
                     then (select ts_rank(r.search_vector, websearch_to_tsquery('public.newsdesk', :q))
                             from quote r where r.id = m.id) else 0 end as rank
           from matching m order by rank desc, m.recency limit 20 offset 0),
     shown as (
         select q.id, q.article_id, q.block_id, q.speaker_id, q.text, q.partial, q.said_start, q.said_end,
                q.said_precision, q.said_approximate, q.context, s.name as speaker_name, s.kind as speaker_kind,
                a.slug, a.headline, (select count(*) from matching) as total
           from page p join quote q on q.id = p.id join speaker s on s.id = q.speaker_id
           join article a on a.id = q.article_id
          order by p.rank desc, p.recency)
select p.id, p.total, ts_headline('public.newsdesk', p.text, websearch_to_tsquery('public.newsdesk', :q),
                                  'StartSel=<<, StopSel=>>, HighlightAll=true') as snippet
  from shown p;
