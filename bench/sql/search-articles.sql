-- GET /api/articles?q=:q (order=relevance, page 0, size 20): the page statement JdbcArticleListing sends, then the
-- snippets of that page (the service sends them as a second statement with the page's ids; here a CTE does both).
with page as (
    select a.id, a.slug, a.status, a.headline, a.dateline, a.publisher, a.published_at, a.updated_at, a.revision,
           a.total,
           array(select b.name from byline b where b.article_id = a.id order by b.position) as bylines,
           (select bb.text from body_block bb where bb.article_id = a.id and bb.type = 'paragraph'
             order by bb.position limit 1) as lede
      from (select a.id, a.slug, a.status, a.headline, a.dateline, a.publisher, a.published_at, a.updated_at,
                   a.revision, a.search_vector, count(*) over () as total,
                   row_number() over (order by a.published_at desc, a.id desc) as recency
              from article a
             where a.status = 'published' and a.search_vector @@ websearch_to_tsquery('public.newsdesk', :q)) a
     order by case when a.recency <= 1000
                   then ts_rank(a.search_vector, websearch_to_tsquery('public.newsdesk', :q), 1) else 0 end desc,
              a.published_at desc, a.id desc
     limit 20 offset 0)
select p.*, ts_headline('public.newsdesk',
           concat_ws(' · ', a.headline, a.standfirst,
                     (select string_agg(b.text, ' ' order by b.position) from body_block b
                       where b.article_id = a.id and b.text is not null)),
           websearch_to_tsquery('public.newsdesk', :q),
           'StartSel=<<, StopSel=>>, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "') as snippet
  from page p join article a on a.id = p.id;
