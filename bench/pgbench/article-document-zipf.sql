-- GET /api/articles/{slug} over the whole corpus, slugs drawn from a Zipf distribution: JdbcStoredDocuments.current's
-- statement, with the slug taken from bench_popularity (rank -> slug, the same popularity order as the wrk runs'),
-- since pgbench cannot hold a list of slugs. That costs one more primary-key probe per execution than the service's
-- statement. pgbench's random_zipfian needs s >= 1.001 (the wrk paths use s = 1: the probabilities differ by < 1 %).
\set k random_zipfian(1, :n, 1.001)
select a.id, a.slug, a.status, a.revision, a.updated_at, a.document from article a where a.slug = (select p.slug from bench_popularity p where p.rank = :k);
