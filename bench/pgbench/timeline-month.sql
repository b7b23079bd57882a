-- GET /api/timeline?on=YYYY-MM (and ?on=YYYY): the statement JdbcTimelineQueries.overlapping runs for a bounded range
-- (BOUNDED_PAGE), verbatim, with its four parameters as pgbench variables (-M prepared sends them as bind parameters,
-- as the JDBC driver does): from and to are the range's first and last day, size 20 and offset 0 (page 0). Its count
-- fallback only runs when the page is empty, which it never is here.
with matching as materialized (select e.id, e.article_id, e.block_id, e.title, e.start_date, e.end_date, e.date_precision, e.approximate, e.phrase from timeline_event e where daterange(e.start_date, e.end_date, '[]') && daterange(cast(:from as date), cast(:to as date), '[]')), page as (select * from matching e order by e.start_date, e.end_date, e.id limit :size offset :offset) select e.*, a.slug, a.headline, (select count(*) from matching) as total from page e join article a on a.id = e.article_id order by e.start_date, e.end_date, e.id;
