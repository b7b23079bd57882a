-- Synthetic corpus for the Newsdesk benchmark. Run by bench/corpus.sh with psql -v articles=N -v seed=S against a
-- database holding the milestone-1 schema (migrations V1 and V2, applied by psql); bench/corpus.sh then lets the
-- service migrate it (V11_1 onwards), so the stored documents are rendered by the application (V11_2).
--
-- Deterministic: every "random" choice is hashint8extended(key, seed) of a row key (article number, block position,
-- ...), so the corpus is byte-identical on every run and independent of plan or evaluation order. setseed() is set as
-- well, for anything that might call random() later.
--
-- Shape (per article): 15..30 body blocks b1..bN at positions 0..N-1 (paragraphs of 2..5 sentences, ~150-750
-- characters; a video block in a third of the articles, a promo in a quarter), 4..6 quotes and 4..5 timeline
-- events, 1..2 bylines. Quote text and event phrases are built into the paragraph text, so they stand verbatim in
-- their block (checked at commit by the deferred triggers of V1). The last block is a sign-off that contains the
-- words "filed from" exactly once: the corrections scenario flips them to "sent from" and back.
-- Publication dates spread over 1950-01-01..2026-10-31; 20 % of the articles cluster in twelve "big story" months
-- (~170 each, against ~10 in an ordinary month), and their first three events fall in that month, so one month's
-- article list and timeline have realistic depth. Events: half day precision, a fifth month, the rest year, span and
-- "early <year>" (approximate).
-- 300 speakers (260 people, 40 organisations) with 1..2 aliases each; who is quoted is skewed (a few are quoted a lot).

\set ON_ERROR_STOP on
\timing off
set client_min_messages = warning;
select setseed(0.42);
select set_config('bench.seed', :'seed', false);

-- Uniform [0,1) from a row key and a salt naming the decision being made.
create function pg_temp.u(k bigint, salt int) returns double precision
    language sql stable
as $$ select (hashint8extended(k, salt::bigint * 7919 + current_setting('bench.seed')::bigint) & 2147483647)::double precision
             / 2147483648.0 $$;

create function pg_temp.pick(arr text[], x double precision) returns text
    language sql immutable
as $$ select arr[1 + floor(x * array_length(arr, 1))::int] $$;

create function pg_temp.lower_first(s text) returns text
    language sql immutable
as $$ select lower(left(s, 1)) || substr(s, 2) $$;

create temp table pools as
select array['The regional council', 'Local officials', 'The transport ministry', 'Several residents', 'The company',
             'Investigators', 'Opposition lawmakers', 'The central bank', 'Union leaders', 'Health authorities',
             'Prosecutors', 'The mayor’s office', 'Analysts', 'Emergency crews', 'The school board',
             'Farmers in the area', 'Shareholders', 'Police', 'The court', 'Diplomats',
             'Researchers at the university', 'The governor', 'Environmental groups', 'Airline executives',
             'The election commission', 'Hospital staff', 'The defense ministry', 'Small business owners',
             'City planners', 'Fire officials', 'The coast guard', 'Teachers', 'The port authority',
             'Independent auditors', 'The finance committee', 'Village elders', 'The prime minister',
             'Aid workers', 'The water utility', 'Lawyers for the families']::text[] as subj,
       array['approved', 'rejected', 'announced', 'questioned', 'delayed', 'defended', 'criticized', 'reviewed',
             'proposed', 'postponed', 'welcomed', 'challenged', 'investigated', 'confirmed', 'disputed', 'outlined',
             'expanded', 'suspended', 'endorsed', 'scaled back', 'revived', 'abandoned', 'audited', 'renegotiated',
             'blocked', 'unveiled', 'funded', 'paused', 'backed', 'revised']::text[] as verb,
       array['Council', 'Ministry', 'City', 'Court', 'Mayor', 'Union', 'Regulator', 'Governor', 'Central bank',
             'Parliament', 'Airline', 'Port authority', 'School board', 'Police chief', 'Election commission',
             'Utility', 'Prime minister', 'Province', 'Senate panel', 'Coast guard']::text[] as hsubj,
       array['approves', 'rejects', 'weighs', 'delays', 'defends', 'backs', 'halts', 'unveils', 'probes', 'revives',
             'doubles down on', 'scraps', 'signs off on', 'rethinks', 'fights over']::text[] as hverb,
       array['a revised budget', 'the new rail line', 'plans for a second bridge', 'the proposed tax increase',
             'an emergency aid package', 'the merger agreement', 'the water rationing order',
             'a report on air quality', 'the hospital expansion', 'new safety rules for mines', 'the border agreement',
             'a program to rebuild schools', 'the fishing quotas', 'the power plant project', 'the housing subsidy',
             'the overnight curfew', 'the trade deal', 'the pension reform', 'a ban on street vendors',
             'the vaccination drive', 'the airport runway extension', 'a new flood barrier', 'the fare increase',
             'the mining concession', 'the ceasefire terms', 'a plan to close two clinics', 'the grain export deal',
             'the wage agreement', 'the recount of ballots', 'the highway toll', 'a pilot program for buses',
             'the land reform bill', 'the refinery permit', 'an inquiry into the collapse', 'the stadium contract',
             'the drought relief fund', 'the new immigration rules', 'the factory closure', 'the data center plan',
             'the relocation of the market']::text[] as obj,
       array['for the coming year', 'after months of debate', 'despite strong local opposition',
             'in a closed-door session on Thursday', 'amid rising costs', 'ahead of the winter season',
             'following a string of accidents', 'as protests continued outside', 'in the northern districts',
             'without a public vote', 'under pressure from donors', 'at an emergency meeting',
             'after a court challenge', 'for the third time in a decade', 'in the wake of the floods',
             'before the election', 'as talks dragged on', 'with little warning', 'in a narrow vote',
             'after an internal review', 'despite warnings from experts', 'in the capital',
             'along the southern coast', 'at a cost of several million', 'as prices climbed',
             'during a tense hearing', 'on the eve of the holiday', 'after the storm', 'in its current form',
             'for at least six months']::text[] as prep,
       array[', according to documents seen by reporters', ', officials said', '', '', '',
             ', a spokesperson confirmed', ', though details remained unclear',
             ', in a move that surprised many observers', ', two people familiar with the matter said',
             ', citing concerns about cost', ', local media reported', ', the statement said',
             ', records show', ', according to a person briefed on the talks', ', witnesses said']::text[] as tail,
       array['Earlier this week,', 'In a statement,', 'By late afternoon,', 'For now,', 'Last month,',
             'Separately,', 'At the same time,', 'In recent years,', 'Meanwhile,', 'Even so,', 'Critics say that',
             'It was not immediately clear whether', 'Supporters argue that', 'By some estimates,']::text[] as intro,
       array['We', 'Our members', 'The people of this city', 'My neighbors', 'The workers', 'Families like mine',
             'Most of us', 'The nurses on my ward']::text[] as qsubj,
       array['will not accept', 'have always supported', 'cannot afford', 'never asked for',
             'are deeply worried about', 'need to see', 'fought hard for', 'will keep pushing for',
             'were promised', 'do not trust']::text[] as qverb,
       array[', and we will say so again', ' until there is a proper plan', ' at any price',
             ', not after what happened last year', ' — it is that simple', '', ' and everyone knows it',
             ', whatever the ministry says', ' right now', ' for our children']::text[] as qend,
       array['a betrayal of trust', 'long overdue', 'a reckless gamble', 'deeply flawed', 'the right call',
             'a step backward', 'nothing short of historic', 'a disgrace', 'a good start', 'too little, too late',
             'premature', 'an act of good faith']::text[] as qshort,
       array['James', 'Maria', 'Wei', 'Aisha', 'Carlos', 'Yuki', 'Olga', 'Kwame', 'Priya', 'Liam', 'Fatima',
             'Hiroshi', 'Elena', 'Mateo', 'Chloé', 'Tomasz', 'Ngozi', 'Ji-woo', 'Andrés', 'Sofia', 'Daniel',
             'Amara', 'Ravi', 'Ingrid', 'Omar', 'Zoë', 'Pedro', 'Hana', 'Viktor', 'Leila', 'Samuel', 'Mei', 'Ahmed',
             'Clara', 'Jonas', 'Nadia', 'Felipe', 'Ayumi', 'Grace', 'Bogdan']::text[] as first,
       array['Kim', 'Smith', 'Okafor', 'Nguyen', 'García', 'Müller', 'Haddad', 'Kowalski', 'Tanaka', 'Silva',
             'Patel', 'Johansson', 'Mensah', 'Rossi', 'Dubois', 'Ivanova', 'Cohen', 'Park', 'Hernández', 'Al-Sayed',
             'O’Brien', 'Novak', 'Sato', 'Mwangi', 'Costa', 'Lindqvist', 'Chen', 'Reyes', 'Petrov', 'Adeyemi',
             'Yilmaz', 'Fischer', 'Moreau', 'Das', 'Kovács', 'Lee', 'Bianchi', 'Andersen', 'Ortiz',
             'Wright']::text[] as last,
       array['SEOUL, South Korea', 'LONDON', 'NAIROBI, Kenya', 'SÃO PAULO, Brazil', 'CHICAGO', 'MUMBAI, India',
             'BERLIN', 'LAGOS, Nigeria', 'MEXICO CITY', 'SYDNEY, Australia', 'TOKYO', 'PARIS', 'CAIRO',
             'JAKARTA, Indonesia', 'TORONTO', 'WASHINGTON', 'KYIV, Ukraine', 'MANILA, Philippines',
             'BOGOTÁ, Colombia', 'ISTANBUL', 'DENVER', 'ATHENS, Greece', 'HANOI, Vietnam', 'OSLO, Norway',
             'JOHANNESBURG, South Africa']::text[] as dateline,
       array['Newsdesk Wire', 'NBC News', 'The Morning Ledger', 'Metro Daily', 'Coastal Herald']::text[] as publisher,
       array['Seoul', 'London', 'Nairobi', 'São Paulo', 'Chicago', 'Mumbai', 'Berlin', 'Lagos', 'Mexico City',
             'Sydney', 'Tokyo', 'Paris', 'Cairo', 'Jakarta', 'Toronto', 'Washington']::text[] as city,
       array['metro', 'foreign', 'business', 'politics', 'science', 'national']::text[] as desk,
       array['Ministry', 'Council', 'Agency', 'Commission', 'Authority', 'Institute', 'Board', 'Office']::text[] as okind,
       array['Energy', 'Health', 'Transport', 'Agriculture', 'Labor']::text[] as otopic,
       array['Watch more on “Newsdesk Tonight” at 6:30 p.m. ET / 5:30 p.m. CT',
             'Sign up for the morning briefing: the day’s top stories in five minutes',
             'Listen to the latest episode of “The World This Week”']::text[] as promo,
       array['1969-07', '1973-10', '1986-04', '1989-11', '1991-12', '2001-09', '2004-12', '2008-09', '2011-03',
             '2017-11', '2020-03', '2024-11']::text[] as busy_months;

-- 6000 filler sentences (two templates), ~80-180 characters each. None contains "filed from" or "sent from".
create temp table sentence as
select i,
       case when pg_temp.u(i, 1) < 0.7
            then pg_temp.pick(p.subj, pg_temp.u(i, 2)) || ' ' || pg_temp.pick(p.verb, pg_temp.u(i, 3)) || ' '
                 || pg_temp.pick(p.obj, pg_temp.u(i, 4)) || ' ' || pg_temp.pick(p.prep, pg_temp.u(i, 5))
                 || pg_temp.pick(p.tail, pg_temp.u(i, 6)) || '.'
            else pg_temp.pick(p.intro, pg_temp.u(i, 7)) || ' '
                 || pg_temp.lower_first(pg_temp.pick(p.subj, pg_temp.u(i, 2))) || ' '
                 || pg_temp.pick(p.verb, pg_temp.u(i, 3)) || ' ' || pg_temp.pick(p.obj, pg_temp.u(i, 4)) || ' '
                 || pg_temp.pick(p.prep, pg_temp.u(i, 5)) || '.'
       end as s
  from generate_series(0, 5999) i, pools p;
create unique index on sentence (i);

-- Speakers: 0..259 people (unique first/last pairs), 260..299 organisations.
create temp table spk as
select i,
       md5(:'seed' || '-speaker-' || i)::uuid as id,
       case when i < 260
            then p.first[1 + i % 40] || ' ' || p.last[1 + (17 * (i % 40) + i / 40) % 40]
            else 'National ' || p.otopic[1 + (i - 260) % 5] || ' ' || p.okind[1 + (i - 260) / 5]
       end as name,
       case when i < 260
            then p.last[1 + (17 * (i % 40) + i / 40) % 40] || ', ' || p.first[1 + i % 40]
            else p.otopic[1 + (i - 260) % 5] || ' ' || p.okind[1 + (i - 260) / 5]
       end as alias1,
       case when i < 260 and i % 2 = 0
            then p.first[1 + i % 40] || ' ' || chr(65 + (i * 7) % 26) || '. ' || p.last[1 + (17 * (i % 40) + i / 40) % 40]
       end as alias2,
       case when i < 260 then 'person' else 'organization' end as kind
  from generate_series(0, 299) i, pools p;

-- Articles.
create temp table art as
with base as (
    select n,
           md5(:'seed' || '-article-' || n)::uuid as id,
           pg_temp.u(n, 10) < 0.2 as busy,
           p.busy_months[1 + floor(pg_temp.u(n, 11) * 12)::int] as busy_month,
           15 + floor(pg_temp.u(n, 12) * 16)::int as nblocks,
           pg_temp.pick(p.hsubj, pg_temp.u(n, 13)) || ' ' || pg_temp.pick(p.hverb, pg_temp.u(n, 14)) || ' '
               || pg_temp.pick(p.obj, pg_temp.u(n, 15)) || ' ' || pg_temp.pick(p.prep, pg_temp.u(n, 16)) as headline,
           case when pg_temp.u(n, 17) < 0.9 then pg_temp.pick(p.dateline, pg_temp.u(n, 18)) end as dateline,
           pg_temp.pick(p.publisher, power(pg_temp.u(n, 19), 2)) as publisher,
           make_interval(mins => 360 + floor(pg_temp.u(n, 20) * 960)::int) as time_of_day
      from generate_series(1, :articles) n, pools p
)
select b.*,
       (case when b.busy
             then (b.busy_month || '-01')::date + floor(pg_temp.u(b.n, 21) * 28)::int
             else date '1950-01-01' + floor(pg_temp.u(b.n, 22) * (date '2026-10-31' - date '1950-01-01'))::int
        end + b.time_of_day) at time zone 'UTC' as published_at
  from base b;
alter table art add column pub date;
update art set pub = (published_at at time zone 'UTC')::date;
alter table art add column slug text;
update art set slug = trim(both '-' from regexp_replace(lower(headline), '[^a-z0-9]+', '-', 'g')) || '-' || n;
create unique index on art (n);

-- Which block position holds what. Quotes: 2, 4, 7, 10 always, 12 in one article of six, 13 in three of four.
-- Events: 1, 3, 5, 8 always, 11 in four of five. Video at 6 in one of three, promo at 9 in one of four.
-- The last block (position nblocks-1 >= 14) is the sign-off.
create temp table qslot as
select a.n, s.pos, row_number() over (partition by a.n order by s.pos) - 1 as k
  from art a
  join lateral (values (2), (4), (7), (10), (12), (13)) s(pos)
    on s.pos in (2, 4, 7, 10) or (s.pos = 12 and a.n % 6 = 0) or (s.pos = 13 and a.n % 4 <> 0);

create temp table eslot as
select a.n, s.pos, row_number() over (partition by a.n order by s.pos) - 1 as k
  from art a
  join lateral (values (1), (3), (5), (8), (11)) s(pos)
    on s.pos in (1, 3, 5, 8) or (s.pos = 11 and a.n % 5 <> 0);

-- Quotes: a full quote (4 in 5) opens its paragraph in curly quotes; a partial one quotes a few words mid-sentence.
create temp table q as
select x.*,
       case when x.partial
            then x.speaker_name || ' called ' || x.obj || ' “' || x.text || '” and said more talks were needed.'
            else '“' || x.text || ',” ' || x.speaker_name || ' said' || coalesce(' ' || x.context, '') || '.'
       end as lead
  from (
    select qs.n, qs.pos, qs.k, a.id as article_id, a.pub,
           md5(:'seed' || '-quote-' || qs.n || '-' || qs.k)::uuid as id,
           sp.id as speaker_id, sp.name as speaker_name,
           pg_temp.u(qs.n * 16 + qs.pos, 30) < 0.2 as partial,
           case when pg_temp.u(qs.n * 16 + qs.pos, 30) < 0.2
                then pg_temp.pick(p.qshort, pg_temp.u(qs.n * 16 + qs.pos, 31))
                else pg_temp.pick(p.qsubj, pg_temp.u(qs.n * 16 + qs.pos, 32)) || ' '
                     || pg_temp.pick(p.qverb, pg_temp.u(qs.n * 16 + qs.pos, 33)) || ' '
                     || pg_temp.pick(p.obj, pg_temp.u(qs.n * 16 + qs.pos, 34))
                     || pg_temp.pick(p.qend, pg_temp.u(qs.n * 16 + qs.pos, 35))
           end as text,
           pg_temp.pick(p.obj, pg_temp.u(qs.n * 16 + qs.pos, 36)) as obj,
           pg_temp.u(qs.n * 16 + qs.pos, 37) as when_u
      from qslot qs
      join art a using (n)
      join spk sp on sp.i = least(299, floor(300 * power(pg_temp.u(qs.n * 16 + qs.pos, 38), 2))::int)
      cross join pools p
  ) x0
  cross join lateral (
    select x0.*,
           case when x0.when_u < 0.7 then 'day' when x0.when_u < 0.9 then 'month' else 'year' end as said_precision,
           case when x0.when_u < 0.7 then 'on ' || to_char(x0.pub, 'FMDay')
                when x0.when_u < 0.9 then 'in an interview this month'
                else 'in a speech earlier this year' end as context
  ) x;
alter table q add column said_start date, add column said_end date;
update q set said_start = case said_precision when 'day' then pub
                                              when 'month' then date_trunc('month', pub)::date
                                              else date_trunc('year', pub)::date end,
             said_end = case said_precision when 'day' then pub
                                            when 'month' then (date_trunc('month', pub) + interval '1 month')::date - 1
                                            else (date_trunc('year', pub) + interval '1 year')::date - 1 end;

-- Events: the dating phrase opens the paragraph ("On March 3, 1987, police ..."). A big-story article's first three
-- events fall in its month; the others lie up to ~10 years before publication, most of them close to it, and never
-- before 1950.
create temp table e as
with d as (
    select es.n, es.pos, es.k, a.id as article_id, a.pub,
           md5(:'seed' || '-event-' || es.n || '-' || es.k)::uuid as id,
           case when a.busy and es.k < 3
                then (a.busy_month || '-01')::date + floor(pg_temp.u(es.n * 16 + es.pos, 40) * 28)::int
                else a.pub - floor(power(pg_temp.u(es.n * 16 + es.pos, 41), 2)
                                   * least(3650, a.pub - date '1950-01-01'))::int
           end as d,
           case when a.busy and es.k < 3
                then case when pg_temp.u(es.n * 16 + es.pos, 42) < 0.8 then 'day' else 'month' end
                else (array['day', 'day', 'day', 'day', 'day', 'day', 'day', 'day', 'day', 'day',
                             'month', 'month', 'month', 'month', 'year', 'year', 'year', 'span', 'early', 'early'])
                         [1 + floor(pg_temp.u(es.n * 16 + es.pos, 43) * 20)::int]
           end as kind,
           1 + floor(pg_temp.u(es.n * 16 + es.pos, 44) * 5)::int as span_years,
           pg_temp.pick(p.subj, pg_temp.u(es.n * 16 + es.pos, 45)) as subj,
           pg_temp.pick(p.verb, pg_temp.u(es.n * 16 + es.pos, 46)) || ' '
               || pg_temp.pick(p.obj, pg_temp.u(es.n * 16 + es.pos, 47)) as pred
      from eslot es
      join art a using (n)
      cross join pools p
)
select d.n, d.pos, d.k, d.article_id, d.id,
       d.subj || ' ' || d.pred as title,
       case d.kind when 'day' then d.d
                   when 'month' then date_trunc('month', d.d)::date
                   when 'year' then date_trunc('year', d.d)::date
                   when 'span' then make_date(greatest(1950, extract(year from d.d)::int - d.span_years), 1, 1)
                   else date_trunc('year', d.d)::date end as start_date,
       case d.kind when 'day' then d.d
                   when 'month' then (date_trunc('month', d.d) + interval '1 month')::date - 1
                   when 'year' then (date_trunc('year', d.d) + interval '1 year')::date - 1
                   when 'span' then make_date(extract(year from d.d)::int, 12, 31)
                   else make_date(extract(year from d.d)::int, 4, 30) end as end_date,
       case d.kind when 'early' then 'span' else d.kind end as date_precision,
       d.kind = 'early' as approximate,
       case d.kind when 'day' then 'On ' || to_char(d.d, 'FMMonth FMDD, YYYY')
                   when 'month' then 'In ' || to_char(d.d, 'FMMonth YYYY')
                   when 'year' then 'In ' || to_char(d.d, 'YYYY')
                   when 'span' then 'Between ' || greatest(1950, extract(year from d.d)::int - d.span_years)
                                    || ' and ' || extract(year from d.d)::int
                   else 'In early ' || to_char(d.d, 'YYYY') end as phrase,
       pg_temp.lower_first(d.subj) || ' ' || d.pred as clause
  from d;

-- Body blocks. Filler: 2..5 sentences from the pool.
create temp table blk as
with pos as (
    select a.n, a.id as article_id, a.nblocks, a.pub, g.pos
      from art a, generate_series(0, 29) g(pos)
     where g.pos < a.nblocks
),
filler as (
    select pos.n, pos.pos,
           string_agg(s.s, ' ' order by j) as text
      from pos
      cross join lateral generate_series(1, 2 + floor(pg_temp.u(pos.n * 32 + pos.pos, 50) * 4)::int) j
      join sentence s on s.i = floor(pg_temp.u((pos.n * 32 + pos.pos) * 8 + j, 51) * 6000)::int
     group by pos.n, pos.pos
)
select pos.article_id, pos.n, 'b' || (pos.pos + 1) as block_id, pos.pos as position,
       case when pos.pos = 6 and pos.n % 3 = 0 then 'video'
            when pos.pos = 9 and pos.n % 4 = 0 then 'promo'
            else 'paragraph' end as type,
       case when pos.pos = 6 and pos.n % 3 = 0 then null
            when pos.pos = 9 and pos.n % 4 = 0 then pg_temp.pick(p.promo, pg_temp.u(pos.n, 52))
            when q.n is not null then q.lead || ' ' || f.text
            when e.n is not null then e.phrase || ', ' || e.clause || '. ' || f.text
            when pos.pos = pos.nblocks - 1
                then f.text || ' Additional reporting by ' || pg_temp.pick(p.first, pg_temp.u(pos.n, 53)) || ' '
                     || pg_temp.pick(p.last, pg_temp.u(pos.n, 54)) || ' in '
                     || pg_temp.pick(p.city, pg_temp.u(pos.n, 55)) || '. This story was filed from the '
                     || pg_temp.pick(p.desk, pg_temp.u(pos.n, 56)) || ' desk.'
            else f.text end as text,
       case when pos.pos = 6 and pos.n % 3 = 0 then pos.pub end as video_published_on,
       case when pos.pos = 6 and pos.n % 3 = 0 then 30 + floor(pg_temp.u(pos.n, 57) * 270)::int end
           as video_duration_seconds
  from pos
  join filler f using (n, pos)
  left join q on q.n = pos.n and q.pos = pos.pos
  left join e on e.n = pos.n and e.pos = pos.pos
  cross join pools p;

-- Everything into the real tables in one transaction; the deferred triggers check quotes and phrases at commit.
begin;
insert into speaker (id, name, kind) select id, name, kind from spk;
insert into speaker_alias (speaker_id, alias)
select id, alias1 from spk union all select id, alias2 from spk where alias2 is not null;

insert into article (id, slug, headline, dateline, publisher, published_at, updated_at, revision)
select id, slug, headline, dateline, publisher, published_at, published_at, 1 from art order by n;

insert into byline (article_id, position, name)
select a.id, g.k, p.first[1 + floor(pg_temp.u(a.n * 4 + g.k, 60) * 40)::int] || ' '
                 || p.last[1 + floor(pg_temp.u(a.n * 4 + g.k, 61) * 40)::int]
  from art a
  cross join pools p
  cross join lateral generate_series(0, case when pg_temp.u(a.n, 62) < 0.35 then 1 else 0 end) g(k);

insert into body_block (article_id, block_id, position, type, text, video_published_on, video_duration_seconds)
select article_id, block_id, position, type, text, video_published_on, video_duration_seconds
  from blk order by n, position;

insert into quote (id, article_id, block_id, position, speaker_id, text, partial, said_start, said_end,
                   said_precision, said_approximate, context)
select id, article_id, 'b' || (pos + 1), k, speaker_id, text, partial, said_start, said_end, said_precision,
       said_precision <> 'day', context
  from q order by n, k;

insert into timeline_event (id, article_id, block_id, title, start_date, end_date, date_precision, approximate, phrase)
select id, article_id, 'b' || (pos + 1), title, start_date, end_date, date_precision, approximate, phrase
  from e order by n, k;
commit;
