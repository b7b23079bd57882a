-- The article aggregate and its parts. Rules the domain enforces are enforced here too, so that no path into the
-- database (a migration, a bulk load, a hand-written fix) can store what the application would refuse.
-- Runs on PostgreSQL 15 and later.

-- Whether start..finish is a whole day, month or year, as the precision says; 'span' allows any start <= finish.
-- Written with date arithmetic only (no time zones), so it is immutable and usable in CHECK constraints.
create function span_matches_precision(start date, finish date, granularity text) returns boolean
    language sql immutable strict parallel safe
as $$
    select start <= finish and case granularity
        when 'day' then start = finish
        when 'month' then extract(day from start) = 1
                          and finish = (start + interval '1 month')::date - 1
        when 'year' then extract(month from start) = 1 and extract(day from start) = 1
                         and finish = (start + interval '1 year')::date - 1
        when 'span' then true
        else false
    end
$$;

create table article (
    id            uuid        primary key,
    slug          text        not null,
    headline      text        not null,
    dateline      text,
    publisher     text        not null,
    published_at  timestamptz not null,
    updated_at    timestamptz not null,
    -- Optimistic lock: every correction raises it by one, and only from the value the editor read.
    revision      integer     not null,
    -- Headline (weight A) and body text (weight B) for q=...; kept current by article_search_refresh().
    search_vector tsvector    not null default ''::tsvector,
    constraint article_slug_unique unique (slug),
    constraint article_slug_shape check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and slug ~ '[a-z]' and length(slug) <= 200),
    constraint article_headline_present check (btrim(headline) <> '' and length(headline) <= 500),
    constraint article_publisher_present check (btrim(publisher) <> ''),
    constraint article_revision_positive check (revision >= 1),
    constraint article_updated_after_published check (updated_at >= published_at)
);
-- Newest first, and the publication-date filters (from/to/on compare UTC days, i.e. half-open instant ranges).
create index article_published_idx on article (published_at desc, id desc);
create index article_search_idx on article using gin (search_vector);

create table byline (
    article_id uuid    not null references article (id) on delete cascade,
    position   integer not null check (position >= 0),
    name       text    not null check (btrim(name) <> ''),
    primary key (article_id, position)
);

create table body_block (
    article_id             uuid    not null references article (id) on delete cascade,
    block_id               text    not null,
    position               integer not null check (position >= 0),
    type                   text    not null,
    text                   text,
    video_published_on     date,
    video_duration_seconds integer,
    primary key (article_id, block_id),
    constraint body_block_position_unique unique (article_id, position),
    constraint body_block_id_shape check (block_id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    constraint body_block_type check (type in ('paragraph', 'video', 'promo')),
    constraint body_block_text_present check (type = 'video' or (text is not null and btrim(text) <> '')),
    constraint body_block_video_details check (
        (type = 'video') = (video_published_on is not null and video_duration_seconds is not null)),
    constraint body_block_video_duration_positive check (video_duration_seconds > 0)
);

-- People and institutions who are quoted, shared by all articles.
create table speaker (
    id   uuid primary key,
    name text not null check (btrim(name) <> ''),
    kind text not null check (kind in ('person', 'organization'))
);
create unique index speaker_name_unique on speaker (lower(name));

create table speaker_alias (
    speaker_id uuid not null references speaker (id) on delete cascade,
    alias      text not null check (btrim(alias) <> ''),
    primary key (speaker_id, alias)
);
-- speaker=... matches a name or an alias case-insensitively.
create index speaker_alias_lower_idx on speaker_alias (lower(alias));

create table quote (
    id               uuid    primary key,
    article_id       uuid    not null,
    block_id         text    not null,
    -- Reading order within the article.
    position         integer not null check (position >= 0),
    speaker_id       uuid    not null references speaker (id),
    text             text    not null check (btrim(text) <> ''),
    partial          boolean not null,
    said_start       date    not null,
    said_end         date    not null,
    said_precision   text    not null,
    said_approximate boolean not null,
    context          text,
    foreign key (article_id, block_id) references body_block (article_id, block_id) on delete cascade,
    constraint quote_position_unique unique (article_id, position),
    constraint quote_said_precision check (said_precision in ('day', 'month', 'year', 'span')),
    constraint quote_said_span check (span_matches_precision(said_start, said_end, said_precision))
);
-- When it was said (range overlap), by speaker, and per article.
create index quote_said_idx on quote using gist (daterange(said_start, said_end, '[]'));
create index quote_speaker_idx on quote (speaker_id, said_start);
create index quote_article_idx on quote (article_id, position);

create table timeline_event (
    id          uuid    primary key,
    article_id  uuid    not null,
    block_id    text    not null,
    title       text    not null check (btrim(title) <> '' and length(title) <= 300),
    start_date  date    not null,
    end_date    date    not null,
    date_precision text not null,
    approximate boolean not null,
    -- The article's own words that date the event; they stand verbatim in the block.
    phrase      text    not null check (btrim(phrase) <> ''),
    foreign key (article_id, block_id) references body_block (article_id, block_id) on delete cascade,
    constraint timeline_event_precision check (date_precision in ('day', 'month', 'year', 'span')),
    constraint timeline_event_span check (span_matches_precision(start_date, end_date, date_precision))
);
-- /api/timeline: events whose span overlaps the asked range (GiST on the range), ordered by start (btree).
create index timeline_event_span_idx on timeline_event using gist (daterange(start_date, end_date, '[]'));
create index timeline_event_start_idx on timeline_event (start_date, end_date, id);
create index timeline_event_article_idx on timeline_event (article_id);

-- A quote's words and an event's dating phrase stand verbatim in their block. Checked at commit, so that one
-- transaction may change a block and the quotes inside it together.
create function quoted_words_stand_in_block() returns trigger
    language plpgsql
as $$
declare
    stray text;
begin
    if tg_table_name = 'body_block' then
        select coalesce(
                   (select 'quote ' || q.id from quote q
                     where q.article_id = new.article_id and q.block_id = new.block_id
                       and strpos(coalesce(new.text, ''), q.text) = 0 limit 1),
                   (select 'event ' || e.id from timeline_event e
                     where e.article_id = new.article_id and e.block_id = new.block_id
                       and strpos(coalesce(new.text, ''), e.phrase) = 0 limit 1))
          into stray;
    elsif tg_table_name = 'quote' then
        select 'quote ' || new.id into stray from body_block b
         where b.article_id = new.article_id and b.block_id = new.block_id
           and strpos(coalesce(b.text, ''), new.text) = 0;
    else
        select 'event ' || new.id into stray from body_block b
         where b.article_id = new.article_id and b.block_id = new.block_id
           and strpos(coalesce(b.text, ''), new.phrase) = 0;
    end if;
    if stray is not null then
        raise exception 'the words of % do not stand verbatim in block %', stray, new.block_id
            using errcode = 'check_violation', constraint = 'quoted_words_stand_in_block';
    end if;
    return null;
end
$$;

create constraint trigger body_block_keeps_quoted_words
    after update of text on body_block deferrable initially deferred
    for each row execute function quoted_words_stand_in_block();
create constraint trigger quote_stands_in_block
    after insert or update of text, block_id on quote deferrable initially deferred
    for each row execute function quoted_words_stand_in_block();
create constraint trigger timeline_event_stands_in_block
    after insert or update of phrase, block_id on timeline_event deferrable initially deferred
    for each row execute function quoted_words_stand_in_block();

-- Every correction ever applied, with what it asked for and what it changed. Public notices are the corrections
-- whose kind is not 'typo'.
create table correction (
    id              uuid        primary key,
    article_id      uuid        not null references article (id) on delete cascade,
    revision        integer     not null check (revision >= 2),
    kind            text        not null check (kind in ('correction', 'clarification', 'update', 'typo')),
    note            text,
    editor          text        not null,
    corrected_at    timestamptz not null,
    target_type     text        not null check (target_type in ('block', 'headline', 'event')),
    target_id       text,
    find            text,
    replacement     text,
    new_start       date,
    new_end         date,
    new_precision   text check (new_precision in ('day', 'month', 'year', 'span')),
    new_approximate boolean,
    new_title       text,
    -- [{"path": ..., "before": ..., "after": ...}]: the before and after text of everything that changed.
    changes         jsonb       not null check (jsonb_typeof(changes) = 'array' and jsonb_array_length(changes) > 0),
    constraint correction_revision_unique unique (article_id, revision),
    constraint correction_public_note check (kind = 'typo' or (note is not null and btrim(note) <> '')),
    constraint correction_edit_pair check ((find is null) = (replacement is null)),
    constraint correction_target_named check ((target_type = 'headline') = (target_id is null))
);
create index correction_article_idx on correction (article_id, corrected_at);

-- The whole article as it read at each revision, revision 1 being the story as first published.
create table article_revision (
    article_id    uuid        not null references article (id) on delete cascade,
    revision      integer     not null check (revision >= 1),
    created_at    timestamptz not null,
    correction_id uuid        references correction (id) on delete cascade,
    snapshot      jsonb       not null check (jsonb_typeof(snapshot) = 'object'),
    primary key (article_id, revision),
    constraint article_revision_cause check ((revision = 1) = (correction_id is null))
);

-- The article as a self-contained jsonb document (format 1), for the revision history. Instants are UTC with
-- microseconds; the reader in article-persistence (RevisionSnapshots) understands exactly this shape.
create function article_snapshot(target uuid) returns jsonb
    language sql stable
as $$
    select jsonb_build_object(
        'format', 1,
        'id', a.id,
        'slug', a.slug,
        'headline', a.headline,
        'dateline', a.dateline,
        'publisher', a.publisher,
        'publishedAt', to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'updatedAt', to_char(a.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'revision', a.revision,
        'bylines', coalesce((select jsonb_agg(b.name order by b.position) from byline b where b.article_id = a.id),
                            '[]'::jsonb),
        'body', coalesce((select jsonb_agg(jsonb_build_object(
                              'id', bb.block_id, 'type', bb.type, 'text', bb.text,
                              'videoPublishedOn', bb.video_published_on,
                              'videoDurationSeconds', bb.video_duration_seconds) order by bb.position)
                          from body_block bb where bb.article_id = a.id), '[]'::jsonb),
        'quotes', coalesce((select jsonb_agg(jsonb_build_object(
                                'id', q.id, 'blockId', q.block_id, 'text', q.text, 'partial', q.partial,
                                'saidStart', q.said_start, 'saidEnd', q.said_end,
                                'saidPrecision', q.said_precision, 'saidApproximate', q.said_approximate,
                                'context', q.context,
                                'speaker', jsonb_build_object(
                                    'id', s.id, 'name', s.name, 'kind', s.kind,
                                    'aliases', coalesce((select jsonb_agg(sa.alias order by sa.alias)
                                                           from speaker_alias sa where sa.speaker_id = s.id),
                                                        '[]'::jsonb))) order by q.position)
                            from quote q join speaker s on s.id = q.speaker_id
                           where q.article_id = a.id), '[]'::jsonb),
        'timeline', coalesce((select jsonb_agg(jsonb_build_object(
                                  'id', e.id, 'blockId', e.block_id, 'title', e.title,
                                  'start', e.start_date, 'end', e.end_date, 'precision', e.date_precision,
                                  'approximate', e.approximate, 'phrase', e.phrase)
                                  order by e.start_date, e.end_date, e.id)
                              from timeline_event e where e.article_id = a.id), '[]'::jsonb),
        'corrections', coalesce((select jsonb_agg(jsonb_build_object(
                                     'id', c.id, 'kind', c.kind, 'note', c.note, 'revision', c.revision,
                                     'correctedAt',
                                     to_char(c.corrected_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                                     order by c.revision)
                                 from correction c where c.article_id = a.id and c.kind <> 'typo'), '[]'::jsonb))
    from article a
    where a.id = target
$$;

-- Recomputes the full-text vector of one article from its headline and body.
create function article_search_refresh(target uuid) returns void
    language sql
as $$
    update article a
       set search_vector =
               setweight(to_tsvector('english', a.headline), 'A')
               || setweight(to_tsvector('english', coalesce(
                      (select string_agg(b.text, ' ' order by b.position)
                         from body_block b where b.article_id = a.id and b.text is not null), '')), 'B')
     where a.id = target
$$;

-- Newsroom accounts. Passwords are stored only as self-describing hashes ({bcrypt}$2a$...).
create table editor_account (
    username      text        primary key check (username ~ '^[A-Za-z0-9._@-]{1,100}$'),
    password_hash text        not null check (password_hash ~ '^\{[a-z0-9-]+\}'),
    roles         text[]      not null check (roles <@ array['EDITOR', 'REPORTER']::text[]),
    enabled       boolean     not null,
    updated_at    timestamptz not null default now()
);

-- Idempotency keys of correction requests, per editor: which request a key was first used for and what it produced.
create table idempotency_key (
    editor        text        not null,
    key           text        not null check (length(key) between 1 and 200),
    fingerprint   text        not null,
    correction_id uuid        references correction (id) on delete cascade,
    created_at    timestamptz not null default now(),
    primary key (editor, key)
);
