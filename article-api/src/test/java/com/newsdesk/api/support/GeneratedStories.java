package com.newsdesk.api.support;

import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleId;
import com.newsdesk.domain.article.BlockId;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.Byline;
import com.newsdesk.domain.article.EventId;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.QuoteId;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.Speaker;
import com.newsdesk.domain.article.SpeakerId;
import com.newsdesk.domain.article.SpeakerKind;
import com.newsdesk.domain.article.Story;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.article.Video;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.publishing.PublishingService;
import com.newsdesk.testing.StoryCopies;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Stories made up from a seed, for tests of the representations: every date precision, approximate dates, people and
 * organisations quoted, a video, no dateline or several bylines, and text that is hostile to HTML and XML
 * ({@code <script>}, {@code &}, quotes) or far from ASCII (Hangul, curly quotes). Stored like a real story.
 */
public final class GeneratedStories {

    private static final String[] NAMES = {"Kim Ji-woo", "김지우", "Amélie O’Hara", "Grace <Lee>", "José & Partners"};
    private static final String[] PLACES = {"SEOUL, South Korea", "GENEVA", "São Paulo", "Tromsø, Norway"};

    private GeneratedStories() {}

    /** The same seed gives the same story, under fresh ids and a fresh slug. */
    public static Article generate(long seed) {
        Random random = new Random(seed);
        String tag = StoryCopies.uniqueSlug("generated-" + seed);
        List<BodyBlock> body = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        body.add(BodyBlock.paragraph(
                "b1", "A story made from seed " + seed + " with <script>alert(\"x\")</script> & “curly” words, 한국어."));
        Speaker person = new Speaker(
                SpeakerId.newId(), pick(random, NAMES) + " " + tag, SpeakerKind.PERSON, List.of("alias " + tag));
        Speaker organisation =
                new Speaker(SpeakerId.newId(), "Council <" + tag + ">", SpeakerKind.ORGANIZATION, List.of());
        String words = "We will <not> give up & we won’t stop";
        body.add(BodyBlock.paragraph("b2", "“" + words + ",” " + person.name() + " said."));
        quotes.add(new Quote(
                QuoteId.newId(),
                new BlockId("b2"),
                person,
                words,
                false,
                DateSpan.day(LocalDate.of(2019, 4, 15)),
                "said"));
        String statement = "The council \"regrets\" the <delay>";
        body.add(BodyBlock.paragraph("b3", "In a statement: " + statement + "."));
        quotes.add(new Quote(
                QuoteId.newId(),
                new BlockId("b3"),
                organisation,
                statement,
                true,
                DateSpan.month(YearMonth.of(2019, 3)).approximately(),
                null));
        body.add(BodyBlock.video(
                "b4", new Video(LocalDate.of(2019, 4, 14), Duration.ofSeconds(61 + random.nextInt(600)))));
        int count = 6 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String blockId = "e" + i;
            DateSpan when = span(random, i);
            String phrase = "at time " + i + " (" + when.precision().name().toLowerCase() + ")";
            body.add(BodyBlock.paragraph(blockId, "Event " + i + " <b>happened</b> " + phrase + " & was noted."));
            events.add(new TimelineEvent(
                    EventId.newId(),
                    new BlockId(blockId),
                    "Event " + i + ": <i>" + pick(random, NAMES) + "</i> & co.",
                    when,
                    phrase));
        }
        int bylines = random.nextInt(4);
        List<Byline> names = new ArrayList<>();
        for (int i = 0; i < bylines; i++) {
            names.add(new Byline(pick(random, NAMES)));
        }
        Instant published = Instant.parse("2019-04-15T12:00:00Z").plus(random.nextInt(1000), ChronoUnit.DAYS);
        Story story = new Story(
                "Generated <story> " + seed + ": “" + pick(random, NAMES) + "” & the rest",
                null,
                names,
                random.nextBoolean() ? pick(random, PLACES) : null,
                "Newsdesk & Co.",
                body,
                quotes,
                events);
        return Article.firstPublished(ArticleId.newId(), new Slug(tag), story, published, "newsdesk")
                .article();
    }

    /** Stores a generated story, through the writer, as published. */
    public static Article add(long seed, PublishingService publishing) {
        Article story = generate(seed);
        publishing.importPublished(story.id(), story.slug(), story.story(), story.publishedAt(), "newsdesk");
        return story;
    }

    /** Event {@code i}: the first four cover day, month, year and span exactly; the rest are random, some approximate. */
    private static DateSpan span(Random random, int i) {
        int year = 1900 + random.nextInt(130);
        LocalDate day = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        DateSpan span = switch (i % 5) {
            case 0 -> DateSpan.day(day);
            case 1 -> DateSpan.month(YearMonth.from(day));
            case 2 -> DateSpan.year(Year.of(year));
            case 3 -> DateSpan.between(day, day.plusDays(1 + random.nextInt(400)));
            default ->
                DateSpan.between(
                        Year.of(year).atDay(1),
                        Year.of(year + 1 + random.nextInt(3)).atMonth(12).atEndOfMonth());
        };
        return i >= 4 && random.nextBoolean() ? span.approximately() : span;
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
