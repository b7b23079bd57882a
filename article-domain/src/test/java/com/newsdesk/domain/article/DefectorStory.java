package com.newsdesk.domain.article;

import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.calendar.RelativeDate;
import com.newsdesk.domain.calendar.RelativeDate.Direction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The seeded story (NBC News, 2019-04-15) as a domain object, with the ids, paragraphs, quotes and dating phrases of
 * {@code V2__seed_defector_story.sql}. {@link DefectorStoryTest} checks it against that file, so it cannot drift.
 * Every call builds a new article: tests may correct it freely. Public for the tests of the services in other
 * packages.
 */
public final class DefectorStory {

    public static final ArticleId ID = id(ArticleId::new, "bfd56bd5-f8d8-465f-acf5-a334fb335a7f");
    public static final Slug SLUG = new Slug("n-korean-defector-whose-escape-went-viral-understands-why-he-was-shot");
    static final String HEADLINE = "N. Korean defector whose escape went viral understands why he was shot";
    public static final Instant PUBLISHED_AT = Instant.parse("2019-04-15T12:00:00Z");
    static final LocalDate PUBLISHED_ON = LocalDate.of(2019, 4, 15);
    static final LocalDate ESCAPE = LocalDate.of(2017, 11, 13);

    static final String B1 = "It was a dash for freedom that was caught on camera and captivated the world: a North"
            + " Korean defector being peppered with bullets as he tried to flee his authoritarian homeland.";
    static final String B2 = "But in his first television interview with a U.S. broadcaster, the defector, Oh Chong"
            + " Song, said he does not blame his former colleagues for shooting him five times as he ran for the border"
            + " in November 2017.";
    static final String B3 = "“In their situation I would have fired the gun. It’s not a matter of friendship,” he told"
            + " NBC News on Monday, almost 18 months after his dramatic escape. “I understand them because if I were in"
            + " their shoes I would have done the same thing.”";
    static final String B4 = "Watch more on “NBC Nightly News with Lester Holt” at 6:30 p.m. ET / 5:30 p.m. CT";
    static final String B5 = "The incident played out at the Demilitarized Zone, one of the world’s most fortified"
            + " frontiers separating North and South Korea.";
    static final String B6 =
            "It was a time of knife-edge tension on the peninsula. A month before Oh made his dash, Kim"
                    + " Jong Un’s regime conducted its most powerful nuclear test to date. And two weeks after Oh crossed the"
                    + " DMZ, Pyongyang test-fired its second intercontinental ballistic missile, which came down on the other"
                    + " side of Japan. Analysts extrapolated that this rocket was theoretically capable of hitting the mainland"
                    + " United States.";
    static final String B7 = "The two Koreas are technically still in a state of war since the 1950-53 conflict ended"
            + " in an armistice rather than a peace treaty.";
    static final String B8 = "Today, Kim Jong Un’s regime is accused of some of the world’s worst human rights abuses,"
            + " controlling almost every aspect of public life and keeping tens of thousands of people in labor camps. A"
            + " United Nations report in 2014 said that these crimes were “strikingly similar” to the atrocities carried"
            + " out by the Nazis.";
    static final String B9 = "On Nov. 13, 2017, surveillance cameras captured the moment Oh smashed through a military"
            + " checkpoint in a green jeep and raced toward the DMZ, members of his own unit chasing him down.";
    static final String B11 = "Had he been caught, Oh says he “would have been either sent to a concentration camp for"
            + " political prisoners or, worse, executed by firing squad.”";
    static final String B12 = "According to South Korea, around 30,000 people have defected since the Korean War. As a"
            + " soldier and the son of a general, Oh knew that his friends were lawfully allowed to shoot him if he tried"
            + " to cross the border.";
    static final String B13 = "“As the situation was urgent, I was not in the right mind while driving,” he recalled,"
            + " watching the footage this week. “I was driving at a very high speed. … I was escaping.”";

    static final Speaker OH = new Speaker(
            id(SpeakerId::new, "579c88c8-7981-453c-b0a0-6b64bff0de7c"),
            "Oh Chong Song",
            SpeakerKind.PERSON,
            List.of("Oh Chong-song", "오청성"));
    static final Speaker UN = new Speaker(
            id(SpeakerId::new, "ed381f3e-ff37-47d6-abdd-4a7c4a821e66"),
            "United Nations",
            SpeakerKind.ORGANIZATION,
            List.of("UN", "U.N."));

    static final QuoteId FIRED_THE_GUN = id(QuoteId::new, "a60ec508-9aee-4386-87ad-bb82e707ea0f");
    static final QuoteId IN_THEIR_SHOES = id(QuoteId::new, "56f93713-84b0-475d-a96d-15c9708a62e9");
    static final QuoteId STRIKINGLY_SIMILAR = id(QuoteId::new, "c4e75937-1f82-44a3-81ee-38943e28d2f7");
    static final QuoteId FIRING_SQUAD = id(QuoteId::new, "c1fa8c7a-b8fb-4102-92f9-fd65232e0b83");
    static final QuoteId NOT_IN_THE_RIGHT_MIND = id(QuoteId::new, "d317363a-d0a7-44d1-95de-367c9f28ba89");
    static final QuoteId ESCAPING = id(QuoteId::new, "a1bcb6b6-3a99-4424-9d23-1b836e17747b");

    static final EventId KOREAN_WAR = id(EventId::new, "4ca282bd-730d-4572-ad20-359e39f12a41");
    static final EventId UN_REPORT = id(EventId::new, "f194c463-bd66-40e6-9e40-d5147cfb779b");
    static final EventId NUCLEAR_TEST = id(EventId::new, "cf66fad8-c691-44d7-ae40-d9415620468c");
    static final EventId DMZ_ESCAPE = id(EventId::new, "a19d30f6-bac0-4355-a351-7c250c412c40");
    static final EventId ICBM_LAUNCH = id(EventId::new, "fec71f07-dc41-4003-8b68-7873d37f056f");
    static final EventId INTERVIEW = id(EventId::new, "e456fe0f-acb6-46bf-87e8-6a752d0d54ad");

    static final String NUCLEAR_TEST_PHRASE = "A month before Oh made his dash";

    private DefectorStory() {}

    public static Article article() {
        return new Article(ID, SLUG, story(), Lifecycle.published(PUBLISHED_AT), PUBLISHED_AT, 1, List.of());
    }

    /** What the story says, as first published. */
    public static Story story() {
        return new Story(
                HEADLINE,
                null,
                List.of(new Byline("Stella Kim"), new Byline("Alexander Smith")),
                "SEOUL, South Korea",
                "NBC News",
                body(),
                quotes(),
                timeline());
    }

    public static List<BodyBlock> body() {
        return List.of(
                BodyBlock.paragraph("b1", B1),
                BodyBlock.paragraph("b2", B2),
                BodyBlock.paragraph("b3", B3),
                BodyBlock.promo("b4", B4),
                BodyBlock.paragraph("b5", B5),
                BodyBlock.paragraph("b6", B6),
                BodyBlock.paragraph("b7", B7),
                BodyBlock.paragraph("b8", B8),
                BodyBlock.paragraph("b9", B9),
                BodyBlock.video("b10", new Video(LocalDate.of(2017, 11, 24), Duration.ofSeconds(86))),
                BodyBlock.paragraph("b11", B11),
                BodyBlock.paragraph("b12", B12),
                BodyBlock.paragraph("b13", B13));
    }

    public static List<Quote> quotes() {
        DateSpan onMonday = RelativeDate.weekdayOfPublication(PUBLISHED_ON, DayOfWeek.MONDAY);
        DateSpan dayOfPublication = DateSpan.day(PUBLISHED_ON).approximately();
        return List.of(
                new Quote(
                        FIRED_THE_GUN,
                        block("b3"),
                        OH,
                        "In their situation I would have fired the gun. It’s not a matter of friendship",
                        false,
                        onMonday,
                        "told NBC News on Monday"),
                new Quote(
                        IN_THEIR_SHOES,
                        block("b3"),
                        OH,
                        "I understand them because if I were in their shoes I would have done the same thing.",
                        false,
                        onMonday,
                        "told NBC News on Monday"),
                new Quote(
                        STRIKINGLY_SIMILAR,
                        block("b8"),
                        UN,
                        "strikingly similar",
                        true,
                        DateSpan.year(Year.of(2014)),
                        "a United Nations report in 2014 said"),
                new Quote(
                        FIRING_SQUAD,
                        block("b11"),
                        OH,
                        "would have been either sent to a concentration camp for political prisoners or, worse,"
                                + " executed by firing squad.",
                        true,
                        dayOfPublication,
                        "Oh says"),
                new Quote(
                        NOT_IN_THE_RIGHT_MIND,
                        block("b13"),
                        OH,
                        "As the situation was urgent, I was not in the right mind while driving",
                        false,
                        dayOfPublication,
                        "he recalled, watching the footage this week"),
                new Quote(
                        ESCAPING,
                        block("b13"),
                        OH,
                        "I was driving at a very high speed. … I was escaping.",
                        false,
                        dayOfPublication,
                        "he recalled, watching the footage this week"));
    }

    public static List<TimelineEvent> timeline() {
        return List.of(
                new TimelineEvent(
                        KOREAN_WAR,
                        block("b7"),
                        "The Korean War is fought, ending in an armistice rather than a peace treaty",
                        DateSpan.between(LocalDate.of(1950, 1, 1), LocalDate.of(1953, 12, 31)),
                        "1950-53"),
                new TimelineEvent(
                        UN_REPORT,
                        block("b8"),
                        "A United Nations report likens North Korea’s human rights abuses to Nazi atrocities",
                        DateSpan.year(Year.of(2014)),
                        "in 2014"),
                new TimelineEvent(
                        NUCLEAR_TEST,
                        block("b6"),
                        "North Korea conducts its most powerful nuclear test to date",
                        RelativeDate.offset(ESCAPE, 1, ChronoUnit.MONTHS, Direction.BEFORE),
                        NUCLEAR_TEST_PHRASE),
                new TimelineEvent(
                        DMZ_ESCAPE,
                        block("b9"),
                        "Oh Chong Song smashes through a checkpoint and runs across the DMZ under fire",
                        DateSpan.day(ESCAPE),
                        "On Nov. 13, 2017"),
                new TimelineEvent(
                        ICBM_LAUNCH,
                        block("b6"),
                        "North Korea test-fires its second intercontinental ballistic missile",
                        RelativeDate.offset(ESCAPE, 2, ChronoUnit.WEEKS, Direction.AFTER),
                        "two weeks after Oh crossed the DMZ"),
                new TimelineEvent(
                        INTERVIEW,
                        block("b3"),
                        "Oh Chong Song gives his first interview to a U.S. broadcaster, NBC News",
                        RelativeDate.weekdayOfPublication(PUBLISHED_ON, DayOfWeek.MONDAY),
                        "on Monday, almost 18 months after his dramatic escape"));
    }

    static BlockId block(String id) {
        return new BlockId(id);
    }

    static CorrectionTarget.Block inBlock(String id) {
        return new CorrectionTarget.Block(block(id));
    }

    static CorrectionTarget.Event ofEvent(EventId id) {
        return new CorrectionTarget.Event(id);
    }

    private static <T> T id(Function<UUID, T> type, String uuid) {
        return type.apply(UUID.fromString(uuid));
    }
}
