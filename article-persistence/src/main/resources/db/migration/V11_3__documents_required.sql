-- After V11_2 every revision has its document and its description, and every article the document of its current
-- revision: from now on the writer always writes them. The milestone-1 snapshots are no longer read.
alter table article_revision
    drop column snapshot,
    alter column document set not null,
    alter column kind set not null,
    alter column summary set not null,
    alter column changes set not null,
    add constraint article_revision_changes_array check (jsonb_typeof(changes) = 'array');
alter table article
    alter column document set not null;
