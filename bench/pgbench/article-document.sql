-- GET /api/articles/{slug} when the read cache does not hold it: the one statement JdbcStoredDocuments.current runs,
-- verbatim, for the slug bound as :slug (a single hot article).
select a.id, a.slug, a.status, a.revision, a.updated_at, a.document from article a where a.slug = :slug;
