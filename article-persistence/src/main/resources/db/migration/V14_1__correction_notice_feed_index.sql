-- The corrections feed (issue 14) reads the newest public notices of all articles: this partial index holds exactly
-- those rows in feed order, so the feed walks it backwards and stops after its limit, however long the history grows.
create index correction_public_recent_idx on correction (corrected_at desc, id desc) where kind <> 'typo';
