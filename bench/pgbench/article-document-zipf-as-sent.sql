-- GET /api/articles/{slug} that misses the cache, as it reaches PostgreSQL: Spring's read-only REPEATABLE READ
-- transaction around JdbcStoredDocuments.current's one statement, through pgjdbc and Hikari. Captured with
-- log_statement = 'all' on the benchmark database (one no-cache read): the driver asks for the isolation level, sets
-- it for the session, begins read-only, runs the statement, commits and resets the isolation level. The slug is drawn
-- as in article-document-zipf.sql.
\set k random_zipfian(1, :n, 1.001)
SHOW TRANSACTION ISOLATION LEVEL;
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ;
BEGIN READ ONLY;
select a.id, a.slug, a.status, a.revision, a.updated_at, a.document from article a where a.slug = (select p.slug from bench_popularity p where p.rank = :k);
COMMIT;
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED;
