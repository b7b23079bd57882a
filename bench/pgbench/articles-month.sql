-- GET /api/articles?on=YYYY-MM: the statement JdbcArticleListing.search runs for published stories in a from/to
-- range, verbatim; from and to are the half-open instant bounds (first day of the month and of the next, 00:00 UTC).
select a.id, a.slug, a.status, a.headline, a.dateline, a.publisher, a.published_at,
       a.updated_at, a.revision, count(*) over () as total,
       array(select b.name from byline b where b.article_id = a.id order by b.position)
           as bylines,
       (select bb.text from body_block bb
         where bb.article_id = a.id and bb.type = 'paragraph'
         order by bb.position limit 1) as lede
  from article a
 where a.status = :status and a.published_at >= :from and a.published_at < :to order by a.published_at desc, a.id desc limit :size offset :offset;
