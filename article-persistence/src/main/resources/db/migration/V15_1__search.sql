-- Issue 15: finding stories, quotes, events and speakers the way readers ask. PostgreSQL's own full-text search,
-- accent-insensitive, with every query behind an index. unaccent and pg_trgm are trusted extensions (PostgreSQL 13+):
-- the database owner may create them without being a superuser.
create extension if not exists unaccent schema public;
create extension if not exists pg_trgm schema public;

-- English stemming after accents are taken off: "Pyongyang", "Pyŏngyang" and "PYONGYANG" are one word, and so are
-- "café" and "cafe". Queries use websearch_to_tsquery('newsdesk', q) against vectors made with the same configuration.
create text search configuration newsdesk (copy = english);
alter text search configuration newsdesk
    alter mapping for hword, hword_part, word with public.unaccent, english_stem;

-- How names are compared (speakers, aliases, bylines): without accents, in lower case, without dots, without a
-- leading "the", spaces collapsed. So "the UN", "U.N." and "un" all read "un", and "José" reads "jose". Immutable
-- (the dictionary is named, schema-qualified), so it can be indexed; PostgreSQL 17+ runs index expressions with a
-- search_path of pg_catalog only, hence the qualified names.
create function name_key(name text) returns text
    language sql immutable strict parallel safe
as $$
    select btrim(regexp_replace(regexp_replace(
               replace(lower(public.unaccent('public.unaccent'::regdictionary, name)), '.', ''),
               '\s+', ' ', 'g'), '^\s*the\s+', ''))
$$;

-- Articles: headline (A), standfirst (B), body (C). The vector column and its GIN index exist since V1; the refresh
-- the writer calls after every change of text now uses the newsdesk configuration and reads the standfirst too.
create or replace function article_search_refresh(target uuid) returns void
    language sql
as $$
    update article a
       set search_vector =
               setweight(to_tsvector('public.newsdesk', a.headline), 'A')
               || setweight(to_tsvector('public.newsdesk', coalesce(a.standfirst, '')), 'B')
               || setweight(to_tsvector('public.newsdesk', coalesce(
                      (select string_agg(b.text, ' ' order by b.position)
                         from body_block b where b.article_id = a.id and b.text is not null), '')), 'C')
     where a.id = target
$$;
set local statement_timeout = 0;
select count(*) from (select article_search_refresh(id) from article) refreshed;

-- Quotes: their words. Timeline events: the title (A) and the dating phrase (B). Generated columns, so no writer can
-- forget them.
alter table quote
    add column search_vector tsvector generated always as (to_tsvector('public.newsdesk', text)) stored;
create index quote_search_idx on quote using gin (search_vector);

alter table timeline_event
    add column search_vector tsvector generated always as (
        setweight(to_tsvector('public.newsdesk', title), 'A') || setweight(to_tsvector('public.newsdesk', phrase), 'B'))
        stored;
create index timeline_event_search_idx on timeline_event using gin (search_vector);

-- Speakers by name or alias: exact (as name_key compares them) and by part of a name (trigrams, for /api/speakers?q=).
create index speaker_name_key_idx on speaker (public.name_key(name));
create index speaker_alias_key_idx on speaker_alias (public.name_key(alias));
create index speaker_name_trgm_idx on speaker using gin (public.name_key(name) public.gin_trgm_ops);
create index speaker_alias_trgm_idx on speaker_alias using gin (public.name_key(alias) public.gin_trgm_ops);

-- Bylines: /api/articles?byline=Stella Kim (exact, as name_key compares names).
create index byline_name_key_idx on byline (public.name_key(name), article_id);
