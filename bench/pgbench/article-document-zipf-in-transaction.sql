-- GET /api/articles/{slug} that misses the cache, as it reached PostgreSQL until the read went out of its transaction
-- (commit 65160f5; kept as context: what the transaction cost the database): Spring's read-only REPEATABLE READ
-- transaction around JdbcStoredDocuments.current's one statement, through pgjdbc and Hikari. Captured then with
-- log_statement = 'all' (one no-cache read): the driver asked for the isolation level, set it for the session, began
-- read-only, ran the statement, committed and reset the isolation level. Today a miss sends the statement alone
-- (article-document-zipf.sql). The slug is drawn as in article-document-zipf.sql.
\set k random_zipfian(1, :n, 1.001)
SHOW TRANSACTION ISOLATION LEVEL;
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ;
BEGIN READ ONLY;
select a.id, a.slug, a.status, a.revision, a.updated_at, a.document from article a where a.slug = (select p.slug from bench_popularity p where p.rank = :k);
COMMIT;
SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED;
