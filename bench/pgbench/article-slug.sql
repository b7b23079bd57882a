-- GET /api/articles/{slug}: the seven statements JpaArticleRepository.find has Hibernate send for one article, as
-- logged with logging.level.org.hibernate.SQL=debug: the article by slug, its quotes, their speakers with aliases,
-- bylines, blocks, events, corrections. bench/run.sh replaces SPEAKER_IDS with the article's speaker ids (Hibernate
-- binds one parameter per id; here they are literals); the variables slug and id are bound.
select ae1_0.id,ae1_0.dateline,ae1_0.headline,ae1_0.published_at,ae1_0.publisher,ae1_0.revision,ae1_0.slug,ae1_0.updated_at from article ae1_0 where ae1_0.slug=:slug;
select qe1_0.id,qe1_0.article_id,qe1_0.block_id,qe1_0.context,qe1_0.partial,qe1_0.position,qe1_0.said_approximate,qe1_0.said_end,qe1_0.said_precision,qe1_0.said_start,qe1_0.speaker_id,qe1_0.text from quote qe1_0 where qe1_0.article_id=:id order by qe1_0.position;
select distinct se1_0.id,a1_0.speaker_id,a1_0.alias,se1_0.kind,se1_0.name from speaker se1_0 left join speaker_alias a1_0 on se1_0.id=a1_0.speaker_id where se1_0.id in (SPEAKER_IDS);
select be1_0.article_id,be1_0.position,be1_0.name from byline be1_0 where be1_0.article_id=:id order by be1_0.position;
select bbe1_0.article_id,bbe1_0.block_id,bbe1_0.position,bbe1_0.text,bbe1_0.type,bbe1_0.video_duration_seconds,bbe1_0.video_published_on from body_block bbe1_0 where bbe1_0.article_id=:id order by bbe1_0.position;
select tee1_0.id,tee1_0.approximate,tee1_0.article_id,tee1_0.block_id,tee1_0.date_precision,tee1_0.end_date,tee1_0.phrase,tee1_0.start_date,tee1_0.title from timeline_event tee1_0 where tee1_0.article_id=:id order by tee1_0.start_date,tee1_0.end_date,tee1_0.id;
select ce1_0.id,ce1_0.article_id,ce1_0.changes,ce1_0.corrected_at,ce1_0.editor,ce1_0.find,ce1_0.kind,ce1_0.new_approximate,ce1_0.new_end,ce1_0.new_precision,ce1_0.new_start,ce1_0.new_title,ce1_0.note,ce1_0.replacement,ce1_0.revision,ce1_0.target_id,ce1_0.target_type from correction ce1_0 where ce1_0.article_id=:id order by ce1_0.revision;
