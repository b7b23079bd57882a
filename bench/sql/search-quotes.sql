-- GET /api/quotes?q=:q (order=relevance, page 0, size 20): JdbcQuoteQueries' page statement, its count (a ranked
-- search counts on its own, so the window count does not carry every match's vector) and the page's snippets.
with page as (
    select q.id, q.article_id, q.block_id, q.speaker_id, q.text, q.partial, q.said_start, q.said_end,
           q.said_precision, q.said_approximate, q.context, s.name as speaker_name, s.kind as speaker_kind, a.slug,
           a.headline, -1 as total
      from quote q join speaker s on s.id = q.speaker_id join article a on a.id = q.article_id
     where a.status = 'published' and q.search_vector @@ websearch_to_tsquery('public.newsdesk', :q)
     order by ts_rank(q.search_vector, websearch_to_tsquery('public.newsdesk', :q)) desc, q.said_start,
              q.said_end, a.published_at, q.article_id, q.position
     limit 20 offset 0)
select p.id, ts_headline('public.newsdesk', p.text, websearch_to_tsquery('public.newsdesk', :q),
                         'StartSel=<<, StopSel=>>, HighlightAll=true') as snippet
  from page p;
select count(*) from quote q join speaker s on s.id = q.speaker_id join article a on a.id = q.article_id
 where a.status = 'published' and q.search_vector @@ websearch_to_tsquery('public.newsdesk', :q);
