-- Revision-1 snapshots and search vectors for the generated articles (the seeded story has both already), exactly as
-- milestone 1 made them: article_snapshot(id) and article_search_refresh(id) from V1 (V11_2 turns the snapshots into
-- the stored documents; V11_1 then drops article_snapshot). bench/corpus.sh runs this in
-- :parts concurrent sessions, each taking the articles whose id falls in its :part.
\set ON_ERROR_STOP on
set client_min_messages = warning;

insert into article_revision (article_id, revision, created_at, correction_id, snapshot)
select a.id, 1, a.published_at, null, article_snapshot(a.id)
  from article a
 where get_byte(uuid_send(a.id), 15) % :parts = :part
   and not exists (select 1 from article_revision r where r.article_id = a.id and r.revision = 1);

-- (article_search_refresh returns void, which reads as null: the outer filter makes every call count.)
select count(*) as refreshed
  from (select article_search_refresh(a.id) as done
          from article a
         where get_byte(uuid_send(a.id), 15) % :parts = :part
           and a.search_vector = ''::tsvector) x
 where x.done is null;
