-- Issue 15: editors change a speaker's aliases; every story quoting the speaker takes note with a revision of kind
-- 'speaker_edited' (its document shows the aliases), recorded in the change table like every other change.
alter table article_change drop constraint article_change_kind_check;
alter table article_change add constraint article_change_kind_check check (
    kind in ('created', 'edited', 'scheduled', 'published', 'corrected', 'retracted', 'deleted', 'speaker_edited'));
