-- GET /api/articles?byline=:q (newest first, page 0, size 20): JdbcArticleListing's page statement with the byline.
select a.id, a.slug, a.status, a.headline, a.dateline, a.publisher, a.published_at, a.updated_at, a.revision,
       count(*) over () as total,
       array(select b.name from byline b where b.article_id = a.id order by b.position) as bylines,
       (select bb.text from body_block bb where bb.article_id = a.id and bb.type = 'paragraph'
         order by bb.position limit 1) as lede
  from article a
 where a.status = 'published'
   and exists (select 1 from byline b where b.article_id = a.id and public.name_key(b.name) = public.name_key(:q))
 order by a.published_at desc, a.id desc limit 20 offset 0;
