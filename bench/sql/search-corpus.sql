-- Search benchmark corpus (issue 15): :articles published stories in the CURRENT schema (after V15_1), written
-- straight into the tables the one writer fills, so that the search columns and indexes are exactly the service's:
-- article.search_vector by article_search_refresh() (the function the writer calls), quote and timeline_event vectors
-- by their generated columns. Run by bench/search.sh with psql -v articles=10000 -v seed=0.42 on a database Flyway
-- has migrated (the service starts on it first).
--
-- Text: news-like words drawn from a 400-word vocabulary with a skewed (Zipf-like) distribution, so some words are in
-- nearly every story (as "korea" or "said" would be) and most are rare: that is what makes a word search cheap or
-- expensive. ~12 paragraphs of 40-80 words per story (the seeded story has 13). The stored document is a stub (search
-- never reads it); reading one of these stories whole is not part of this benchmark.
\set ON_ERROR_STOP on
select setseed(:seed);

drop table if exists bench_vocab;
create table bench_vocab (i int primary key, w text not null);
insert into bench_vocab
select ordinality - 1, w
  from unnest(string_to_array(
    'said korea north south government minister president military officials report year told people country ' ||
    'week state border missile nuclear talks security forces police election party leaders city war former army ' ||
    'group public court law policy economy trade market prices workers union health hospital school children ' ||
    'women families village river bridge road train airport port ship fishing harbor farm crop rice harvest ' ||
    'storm flood drought fire earthquake rescue emergency shelter refugees defector escape prison camp soldier ' ||
    'general commander officer guard checkpoint fence tunnel launch test rocket satellite submarine warship jet ' ||
    'pilot drone radar sanctions embassy ambassador diplomat summit treaty agreement armistice ceasefire peace ' ||
    'negotiation dialogue envoy delegation council assembly parliament senate congress vote ballot campaign ' ||
    'candidate poll survey scandal corruption bribery fraud trial verdict judge lawyer prosecutor witness ' ||
    'evidence investigation inquiry hearing testimony statement interview broadcast footage camera video photo ' ||
    'journalist reporter editor newspaper television radio website internet online social media network ' ||
    'company firm bank investment stock bond currency inflation growth recession budget tax spending debt loan ' ||
    'energy oil gas coal electricity power plant reactor uranium plutonium enrichment inspection agency ' ||
    'united nations human rights abuses atrocities crimes humanitarian aid food shortage famine hunger ' ||
    'medicine vaccine virus outbreak pandemic quarantine doctor nurse patient clinic research scientist study ' ||
    'university student teacher exam protest rally march strike demonstration crowd riot curfew arrest detention ' ||
    'release pardon amnesty exile asylum visa passport migrant smuggler broker route journey boat raft ' ||
    'winter summer spring autumn morning evening night monday tuesday wednesday thursday friday saturday sunday ' ||
    'january february march april may june july august september october november december decade century ' ||
    'history museum memorial monument anniversary ceremony festival concert film music artist writer novel ' ||
    'football baseball olympics athlete team coach match stadium medal champion record victory defeat ' ||
    'seoul pyongyang tokyo beijing washington moscow london paris geneva berlin delhi jakarta manila hanoi ' ||
    'kim moon yoon lee park choi jung kang cho oh chong song jang han shin kwon yoo ' ||
    'powerful dramatic urgent secret hidden rare quiet tense fragile fortified dangerous deadly peaceful ' ||
    'viral famous veteran young elderly wounded injured killed missing captured freed returned crossed fled ' ||
    'fired shot chased smashed raced escaped defected surrendered accused denied confirmed announced warned ' ||
    'criticized praised welcomed rejected approved signed launched tested conducted detected intercepted ' ||
    'café naïve résumé façade', ' ')) with ordinality as t(w, ordinality);

create temp table bench_speaker (n int primary key, id uuid not null, name text not null, kind text not null);
insert into bench_speaker
select n, gen_random_uuid(),
       case when n <= 40
            then (array['Ministry of Unification', 'Korean Central News Agency', 'International Atomic Energy Agency',
                        'World Food Programme', 'Red Cross', 'Amnesty International', 'Human Rights Watch',
                        'European Union', 'African Union', 'World Health Organization'])[1 + (n - 1) % 10]
                 || case when n > 10 then ' office ' || n else '' end
            else (array['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh',
                        'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Jeon', 'Hong'])[1 + n % 20]
                 || ' ' || (array['Min', 'Ji', 'Hye', 'Sung', 'Young', 'Dong', 'Jae', 'Eun', 'Hyun', 'Seung'])[1 + n % 10]
                 || '-' || (array['ho', 'woo', 'jin', 'soo', 'min', 'hee', 'kyung', 'won', 'ah', 'bin'])[1 + (n / 10) % 10]
                 || ' ' || n
       end,
       case when n <= 40 then 'organization' else 'person' end
  from generate_series(1, 400) n;
insert into speaker (id, name, kind) select id, name, kind from bench_speaker;
-- Organizations get an acronym and a "the ..." alias; people their name without the hyphen.
insert into speaker_alias (speaker_id, alias)
select id, 'the ' || name from bench_speaker where kind = 'organization'
union all
select id, regexp_replace(name, '([A-Z])[a-z]+ ?', '\1', 'g') from bench_speaker where kind = 'organization'
union all
select id, replace(name, '-', ' ') from bench_speaker where kind = 'person';

create temp table bench_article as
select g, gen_random_uuid() as id,
       timestamptz '2016-01-01 00:00:00+00' + (random() * 3650) * interval '1 day' as published_at
  from generate_series(1, :articles) g;

-- A run of words from the vocabulary, skewed to its start; correlated with the row (g, p) so it is drawn anew per row.
create temp table bench_words as select array_agg(w order by i) as words from bench_vocab;
create temp table bench_speakers as select array_agg(id order by n) as ids from bench_speaker;
create function pg_temp.words(n int, g int, p int) returns text language sql volatile as $$
    select string_agg(b.words[1 + floor(power(random(), 2.2) * cardinality(b.words))::int], ' ')
      from bench_words b, generate_series(1, n + 0 * g * p) k
$$;

insert into article (id, slug, headline, standfirst, dateline, publisher, status, published_at, updated_at, revision,
                     document)
select a.id, 'bench-' || a.g, initcap(pg_temp.words(9, a.g, 0)), pg_temp.words(24, a.g, 1),
       (array['SEOUL, South Korea', 'TOKYO', 'BEIJING', 'WASHINGTON', 'GENEVA', 'LONDON'])[1 + a.g % 6],
       'NBC News', 'published', a.published_at, a.published_at, 1,
       jsonb_build_object('id', a.id, 'slug', 'bench-' || a.g, 'note', 'search benchmark stub')::text
  from bench_article a;

insert into byline (article_id, position, name)
select a.id, b, (array['Stella Kim', 'Alexander Smith', 'Ed Flanagan', 'Mi-Jin Kang', 'Janis Mackey Frayer',
                       'Arata Yamamoto', 'Dan De Luce', 'Courtney Kube', 'Abigail Williams', 'Adela Suliman',
                       'Jennifer Jett', 'Dawn Liu', 'Eric Baculinao', 'Keir Simmons', 'Richard Engel',
                       'Bill Neely', 'Lucy Kafanov', 'Matthew Bodner', 'Yuliya Talmazan', 'Henry Austin'])
                      [1 + (a.g * 7 + b * 13) % 20]
  from bench_article a, generate_series(0, (a.g % 3 = 0)::int) b;

insert into body_block (article_id, block_id, position, type, text)
select a.id, 'b' || p, p - 1, 'paragraph', pg_temp.words(40 + (a.g * 31 + p * 17) % 41, a.g, p)
  from bench_article a, generate_series(1, 12) p;

-- Three quotes per story: the first 8 to 15 words of paragraphs 2, 4 and 6, said on the day of publication.
insert into quote (id, article_id, block_id, position, speaker_id, text, partial, said_start, said_end, said_precision,
                   said_approximate)
select gen_random_uuid(), a.id, 'b' || (2 * q), q - 1,
       (select b.ids[1 + floor(power(random(), 2.0) * 400)::int + 0 * a.g * q] from bench_speakers b),
       substring(b.text from '^((\S+\s+){7,14}\S+)'), false,
       a.published_at::date, a.published_at::date, 'day', false
  from bench_article a
  cross join generate_series(1, 3) q
  join body_block b on b.article_id = a.id and b.block_id = 'b' || (2 * q);

-- Four dated events per story: a title, and as the dating phrase the first five words of paragraphs 7 to 10.
insert into timeline_event (id, article_id, block_id, title, start_date, end_date, date_precision, approximate,
                            phrase)
select gen_random_uuid(), a.id, b.block_id, initcap(pg_temp.words(8, a.g, 20 + e)), d, d, 'day', false,
       substring(b.text from '^((\S+\s+){4}\S+)')
  from bench_article a
  cross join generate_series(1, 4) e
  join body_block b on b.article_id = a.id and b.block_id = 'b' || (6 + e)
  cross join lateral (select date '1950-01-01' + floor(random() * 27000)::int + 0 * a.g * e as d) dates;

-- The articles' search vectors, by the function the writer calls after every change of text.
select count(*) as refreshed from (select article_search_refresh(id) from bench_article) r;
analyze;
