-- The first story: NBC News, "N. Korean defector whose escape went viral understands why he was shot", by Stella Kim
-- and Alexander Smith, published 2019-04-15, loaded exactly as the scraped page reads (../shared/seed/defector-story.txt),
-- with the page furniture left out: the newsletter sign-up ("Breaking News Emails", "Get breaking news alerts ..."),
-- the chat widget ("We're not around right now ..."), "Log in with your credentials" and "Forgot your details?".
--
-- The dateline "SEOUL, South Korea" is the masthead's, not part of the first paragraph. Only the day of publication is
-- known; it is stored as noon UTC, which is 2019-04-15 in every time zone from UTC-11 to UTC+11 (New York and Seoul).
-- The line "Nov. 24, 201701:26" is NBC's video player: a video published 2017-11-24, 1:26 long.
--
-- Dates of quotes and events follow the rules written in com.newsdesk.domain.calendar.RelativeDate: "on Monday" is the
-- Monday of publication; "a month before" and "two weeks after" the escape on 2017-11-13 are that day moved by the
-- offset and widened by half a unit of it (15 and 3 days), approximate.

insert into article (id, slug, headline, dateline, publisher, published_at, updated_at, revision)
values ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f',
        'n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot',
        'N. Korean defector whose escape went viral understands why he was shot',
        'SEOUL, South Korea', 'NBC News', '2019-04-15T12:00:00Z', '2019-04-15T12:00:00Z', 1);

insert into byline (article_id, position, name)
values ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 0, 'Stella Kim'),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 1, 'Alexander Smith');

insert into body_block (article_id, block_id, position, type, text, video_published_on, video_duration_seconds)
values ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b1', 0, 'paragraph',
        'It was a dash for freedom that was caught on camera and captivated the world: a North Korean defector being peppered with bullets as he tried to flee his authoritarian homeland.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b2', 1, 'paragraph',
        'But in his first television interview with a U.S. broadcaster, the defector, Oh Chong Song, said he does not blame his former colleagues for shooting him five times as he ran for the border in November 2017.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b3', 2, 'paragraph',
        '“In their situation I would have fired the gun. It’s not a matter of friendship,” he told NBC News on Monday, almost 18 months after his dramatic escape. “I understand them because if I were in their shoes I would have done the same thing.”',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b4', 3, 'promo',
        'Watch more on “NBC Nightly News with Lester Holt” at 6:30 p.m. ET / 5:30 p.m. CT',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b5', 4, 'paragraph',
        'The incident played out at the Demilitarized Zone, one of the world’s most fortified frontiers separating North and South Korea.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b6', 5, 'paragraph',
        'It was a time of knife-edge tension on the peninsula. A month before Oh made his dash, Kim Jong Un’s regime conducted its most powerful nuclear test to date. And two weeks after Oh crossed the DMZ, Pyongyang test-fired its second intercontinental ballistic missile, which came down on the other side of Japan. Analysts extrapolated that this rocket was theoretically capable of hitting the mainland United States.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b7', 6, 'paragraph',
        'The two Koreas are technically still in a state of war since the 1950-53 conflict ended in an armistice rather than a peace treaty.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b8', 7, 'paragraph',
        'Today, Kim Jong Un’s regime is accused of some of the world’s worst human rights abuses, controlling almost every aspect of public life and keeping tens of thousands of people in labor camps. A United Nations report in 2014 said that these crimes were “strikingly similar” to the atrocities carried out by the Nazis.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b9', 8, 'paragraph',
        'On Nov. 13, 2017, surveillance cameras captured the moment Oh smashed through a military checkpoint in a green jeep and raced toward the DMZ, members of his own unit chasing him down.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b10', 9, 'video', null, '2017-11-24', 86),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b11', 10, 'paragraph',
        'Had he been caught, Oh says he “would have been either sent to a concentration camp for political prisoners or, worse, executed by firing squad.”',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b12', 11, 'paragraph',
        'According to South Korea, around 30,000 people have defected since the Korean War. As a soldier and the son of a general, Oh knew that his friends were lawfully allowed to shoot him if he tried to cross the border.',
        null, null),
       ('bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b13', 12, 'paragraph',
        '“As the situation was urgent, I was not in the right mind while driving,” he recalled, watching the footage this week. “I was driving at a very high speed. … I was escaping.”',
        null, null);

insert into speaker (id, name, kind)
values ('579c88c8-7981-453c-b0a0-6b64bff0de7c', 'Oh Chong Song', 'person'),
       ('ed381f3e-ff37-47d6-abdd-4a7c4a821e66', 'United Nations', 'organization');

insert into speaker_alias (speaker_id, alias)
values ('579c88c8-7981-453c-b0a0-6b64bff0de7c', 'Oh Chong-song'),
       ('579c88c8-7981-453c-b0a0-6b64bff0de7c', '오청성'),
       ('ed381f3e-ff37-47d6-abdd-4a7c4a821e66', 'UN'),
       ('ed381f3e-ff37-47d6-abdd-4a7c4a821e66', 'U.N.');

insert into quote (id, article_id, block_id, position, speaker_id, text, partial, said_start, said_end, said_precision,
                   said_approximate, context)
values ('a60ec508-9aee-4386-87ad-bb82e707ea0f', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b3', 0, '579c88c8-7981-453c-b0a0-6b64bff0de7c',
        'In their situation I would have fired the gun. It’s not a matter of friendship',
        false, '2019-04-15', '2019-04-15', 'day', true, 'told NBC News on Monday'),
       ('56f93713-84b0-475d-a96d-15c9708a62e9', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b3', 1, '579c88c8-7981-453c-b0a0-6b64bff0de7c',
        'I understand them because if I were in their shoes I would have done the same thing.',
        false, '2019-04-15', '2019-04-15', 'day', true, 'told NBC News on Monday'),
       ('c4e75937-1f82-44a3-81ee-38943e28d2f7', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b8', 2, 'ed381f3e-ff37-47d6-abdd-4a7c4a821e66',
        'strikingly similar',
        true, '2014-01-01', '2014-12-31', 'year', false, 'a United Nations report in 2014 said'),
       ('c1fa8c7a-b8fb-4102-92f9-fd65232e0b83', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b11', 3, '579c88c8-7981-453c-b0a0-6b64bff0de7c',
        'would have been either sent to a concentration camp for political prisoners or, worse, executed by firing squad.',
        true, '2019-04-15', '2019-04-15', 'day', true, 'Oh says'),
       ('d317363a-d0a7-44d1-95de-367c9f28ba89', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b13', 4, '579c88c8-7981-453c-b0a0-6b64bff0de7c',
        'As the situation was urgent, I was not in the right mind while driving',
        false, '2019-04-15', '2019-04-15', 'day', true, 'he recalled, watching the footage this week'),
       ('a1bcb6b6-3a99-4424-9d23-1b836e17747b', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b13', 5, '579c88c8-7981-453c-b0a0-6b64bff0de7c',
        'I was driving at a very high speed. … I was escaping.',
        false, '2019-04-15', '2019-04-15', 'day', true, 'he recalled, watching the footage this week');

insert into timeline_event (id, article_id, block_id, title, start_date, end_date, date_precision, approximate, phrase)
values ('4ca282bd-730d-4572-ad20-359e39f12a41', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b7',
        'The Korean War is fought, ending in an armistice rather than a peace treaty',
        '1950-01-01', '1953-12-31', 'span', false, '1950-53'),
       ('f194c463-bd66-40e6-9e40-d5147cfb779b', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b8',
        'A United Nations report likens North Korea’s human rights abuses to Nazi atrocities',
        '2014-01-01', '2014-12-31', 'year', false, 'in 2014'),
       ('cf66fad8-c691-44d7-ae40-d9415620468c', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b6',
        'North Korea conducts its most powerful nuclear test to date',
        '2017-09-28', '2017-10-28', 'span', true, 'A month before Oh made his dash'),
       ('a19d30f6-bac0-4355-a351-7c250c412c40', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b9',
        'Oh Chong Song smashes through a checkpoint and runs across the DMZ under fire',
        '2017-11-13', '2017-11-13', 'day', false, 'On Nov. 13, 2017'),
       ('fec71f07-dc41-4003-8b68-7873d37f056f', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b6',
        'North Korea test-fires its second intercontinental ballistic missile',
        '2017-11-24', '2017-11-30', 'span', true, 'two weeks after Oh crossed the DMZ'),
       ('e456fe0f-acb6-46bf-87e8-6a752d0d54ad', 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f', 'b3',
        'Oh Chong Song gives his first interview to a U.S. broadcaster, NBC News',
        '2019-04-15', '2019-04-15', 'day', true, 'on Monday, almost 18 months after his dramatic escape');

select article_search_refresh('bfd56bd5-f8d8-465f-acf5-a334fb335a7f');

insert into article_revision (article_id, revision, created_at, correction_id, snapshot)
select id, 1, published_at, null, article_snapshot(id) from article where id = 'bfd56bd5-f8d8-465f-acf5-a334fb335a7f';
