-- Milestone 2: one writer. Stories have a life (draft, scheduled, published, retracted); each revision keeps the
-- document it is served as, made once in Java when it is written; every committed change is appended to a change
-- table and announced. The rules themselves live in the domain (article-domain); what stays here are cheap guards on
-- the shape of the data, and a test (SchemaConstraintsTest) checks they agree with the domain's constants.

-- The SQL writer of revision snapshots and the plpgsql copy of the "quoted words stand in their block" rule go: the
-- aggregate holds that rule, and the writer stores the document the application renders.
drop trigger body_block_keeps_quoted_words on body_block;
drop trigger quote_stands_in_block on quote;
drop trigger timeline_event_stands_in_block on timeline_event;
drop function quoted_words_stand_in_block();
drop function article_snapshot(uuid);

-- The seeded story is written by the application's own writer at start (see SeedStory). Where it still reads exactly
-- as migration V2 wrote it (never corrected), it is removed here so that the writer writes it again, whole, with its
-- document; a corrected one is kept, and its revisions get their documents in V11_2.
delete from article a
 where a.id = 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f' and a.revision = 1
   and not exists (select 1 from correction c where c.article_id = a.id);
delete from speaker s where not exists (select 1 from quote q where q.speaker_id = s.id);

alter table article
    add column status          text,
    add column standfirst      text,
    add column publish_at      timestamptz,
    add column scheduled_by    text,
    add column retracted_at    timestamptz,
    add column retraction_note text,
    add column retracted_by    text,
    -- The document of the current revision, as served; re-made when something it shows from elsewhere changes.
    add column document        text;
update article set status = 'published';
alter table article
    alter column status set not null,
    alter column published_at drop not null,
    drop constraint article_updated_after_published,
    add constraint article_status check (status in ('draft', 'scheduled', 'published', 'retracted')),
    add constraint article_updated_after_published check (published_at is null or updated_at >= published_at),
    add constraint article_published_has_date check ((status in ('published', 'retracted')) = (published_at is not null)),
    add constraint article_scheduled_has_time check ((status = 'scheduled') = (publish_at is not null)),
    add constraint article_retracted_has_note check ((status = 'retracted') = (retraction_note is not null));

-- Public lists read published stories only, newest first; the scheduler finds what is due; the newsroom lists its
-- drafts by when they last changed.
drop index article_published_idx;
create index article_listed_idx on article (published_at desc, id desc) where status = 'published';
create index article_due_idx on article (publish_at) where status = 'scheduled';
create index article_newsroom_idx on article (status, updated_at desc, id desc) where status in ('draft', 'scheduled');

-- A draft may leave a quote undated; a published story dates every quote (the aggregate does, at publication).
alter table quote
    alter column said_start drop not null,
    alter column said_end drop not null,
    alter column said_precision drop not null,
    alter column said_approximate drop not null,
    add constraint quote_said_whole check (
        (said_start is null) = (said_end is null)
        and (said_start is null) = (said_precision is null)
        and (said_start is null) = (said_approximate is null));

-- Each revision: what made it (kind, who, a summary, the before and after of what changed) and its document. The
-- format-1 snapshots of milestone 1 are turned into documents by V11_2, then dropped by V11_3.
alter table article_revision
    drop constraint article_revision_cause,
    alter column snapshot drop not null,
    add column kind     text,
    add column editor   text,
    add column summary  text,
    add column changes  jsonb,
    add column document text;

-- Every committed change, in commit order, for ever (drafts that were deleted keep their record here). Appended in
-- the change's own transaction under a transaction-level advisory lock, so sequence numbers commit in order and a
-- reader that has seen sequence n has seen every change before it; announced by pg_notify('article_change') at commit.
create table article_change (
    sequence   bigint      generated always as identity primary key,
    article_id uuid        not null,
    kind       text        not null check (kind in ('created', 'edited', 'scheduled', 'published', 'corrected',
                                                    'retracted', 'deleted')),
    revision   integer     not null check (revision >= 1),
    editor     text        not null,
    changed_at timestamptz not null
);
create index article_change_article_idx on article_change (article_id, sequence);

create function article_change_is_append_only() returns trigger
    language plpgsql
as $$
begin
    raise exception 'article_change is append-only' using errcode = 'insufficient_privilege';
end
$$;
create trigger article_change_append_only before update or delete on article_change
    for each statement execute function article_change_is_append_only();

-- Accounts: admins manage the others.
alter table editor_account
    drop constraint editor_account_roles_check,
    add constraint editor_account_roles check (roles <@ array['EDITOR', 'REPORTER', 'ADMIN']::text[]);

-- One-off steps the application runs at start, each once per database (whichever node gets there first).
create table data_step (
    name    text        primary key,
    done_at timestamptz not null default now()
);
