-- GET /api/quotes?speaker=...: the two statements JdbcQuoteQueries.search runs for a speaker-only search, verbatim.
-- The variable ids is the array of speaker ids on the page (one speaker here), as the second statement receives it.
select q.*, s.name as speaker_name, s.kind as speaker_kind, a.slug, a.headline, count(*) over () as total from quote q join speaker s on s.id = q.speaker_id join article a on a.id = q.article_id where true and q.speaker_id in (select id from speaker where lower(name) = lower(:speaker) union select speaker_id from speaker_alias where lower(alias) = lower(:speaker)) order by q.said_start, q.said_end, a.published_at, q.article_id, q.position limit :size offset :offset;
select speaker_id, alias from speaker_alias where speaker_id = any(:ids) order by alias;
