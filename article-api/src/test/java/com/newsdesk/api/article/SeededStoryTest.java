package com.newsdesk.api.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.api.support.ApiTest;
import com.newsdesk.domain.article.Article;
import com.newsdesk.domain.article.ArticleReference;
import com.newsdesk.domain.article.ArticleRepository;
import com.newsdesk.domain.article.BlockType;
import com.newsdesk.domain.article.BodyBlock;
import com.newsdesk.domain.article.Byline;
import com.newsdesk.domain.article.Quote;
import com.newsdesk.domain.article.Slug;
import com.newsdesk.domain.article.TimelineEvent;
import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.calendar.DateSpan;
import com.newsdesk.domain.calendar.RelativeDate;
import com.newsdesk.domain.transaction.Transactions;
import com.newsdesk.testing.StoryCopies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The story the service seeds a new database with (through its own writer, from seed/defector-story.json) reads back
 * exactly as the scraped page (a copy of the seed file is kept in the test resources): every paragraph verbatim and
 * in order, the video and promo where they stand, and no page furniture.
 */
@ApiTest
class SeededStoryTest {

    /** The scraped page's furniture: newsletter sign-up, chat widget, log-in box. None of it is the story. */
    private static final Set<String> FURNITURE = Set.of(
            "Breaking News Emails",
            "Get breaking news alerts and special reports. The news and stories that matter, delivered weekday"
                    + " mornings.",
            "We're not around right now. But you can send us an email and we'll get back to you, asap.",
            "Log in with your credentials",
            "Forgot your details?");

    private static List<String> pageLines;

    @Autowired
    ArticleRepository articles;

    @Autowired
    Transactions transactions;

    @BeforeAll
    static void readSeed() throws IOException {
        try (InputStream in = SeededStoryTest.class.getResourceAsStream("/seed/defector-story.txt")) {
            String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            pageLines =
                    Arrays.stream(page.split("\n")).filter(l -> !l.isBlank()).toList();
        }
    }

    private Article seeded() {
        return transactions
                .inTransaction(() -> articles.lockForChange(ArticleReference.of(new Slug(StoryCopies.SEEDED_SLUG))))
                .orElseThrow();
    }

    @Test
    void mastheadIsThePagesOwn() {
        Article story = seeded();
        assertThat(story.headline()).isEqualTo(pageLines.get(0));
        assertThat(pageLines).contains("By Stella Kim and Alexander Smith");
        assertThat(story.bylines()).containsExactly(new Byline("Stella Kim"), new Byline("Alexander Smith"));
        assertThat(story.dateline()).isEqualTo("SEOUL, South Korea");
        assertThat(story.publisher()).isEqualTo("NBC News");
        assertThat(story.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2019, 4, 15));
        assertThat(story.revision()).isEqualTo(1);
        assertThat(story.corrections()).isEmpty();
    }

    @Test
    void bodyIsEveryStoryLineVerbatimInOrderWithoutFurniture() {
        // The story's lines: everything after the byline that is not furniture. The first carries the dateline.
        int byline = pageLines.indexOf("By Stella Kim and Alexander Smith");
        List<String> storyLines = pageLines.subList(byline + 1, pageLines.size()).stream()
                .filter(l -> !FURNITURE.contains(l))
                .collect(Collectors.toCollection(ArrayList::new));
        String datelined = storyLines.get(0);
        assertThat(datelined).startsWith("SEOUL, South Korea — ");
        storyLines.set(0, datelined.substring("SEOUL, South Korea — ".length()));

        List<BodyBlock> body = seeded().body();
        assertThat(body).hasSize(storyLines.size());
        for (int i = 0; i < body.size(); i++) {
            BodyBlock block = body.get(i);
            String line = storyLines.get(i);
            if (line.equals("Nov. 24, 201701:26")) {
                assertThat(block.type()).isEqualTo(BlockType.VIDEO);
                assertThat(block.video().publishedOn()).isEqualTo(LocalDate.of(2017, 11, 24));
                assertThat(block.video().duration())
                        .isEqualTo(Duration.ofMinutes(1).plusSeconds(26));
            } else if (line.startsWith("Watch more on ")) {
                assertThat(block.type()).isEqualTo(BlockType.PROMO);
                assertThat(block.text()).isEqualTo(line);
            } else {
                assertThat(block.type()).as("block %s", block.id()).isEqualTo(BlockType.PARAGRAPH);
                assertThat(block.text()).as("block %s", block.id()).isEqualTo(line);
            }
        }
        assertThat(body.stream().filter(b -> b.type() == BlockType.PARAGRAPH)).hasSize(11);
        String allText =
                body.stream().map(BodyBlock::text).filter(t -> t != null).collect(Collectors.joining("\n"));
        FURNITURE.forEach(furniture -> assertThat(allText).doesNotContain(furniture));
        // Typographic quotes, apostrophes and the ellipsis survive as they were, not as ASCII look-alikes.
        assertThat(allText).contains("“", "”", "’", "…").doesNotContain("\"", "'", "...");
    }

    @Test
    void everyQuotationInTheProseIsAQuoteWithItsSpeaker() {
        Article story = seeded();
        // Every “…” pair in the paragraphs (not the promo's programme title), without the comma American style puts
        // inside the closing mark.
        Pattern quotation = Pattern.compile("“([^”]+)”");
        List<String> quoted = new ArrayList<>();
        for (BodyBlock block : story.body()) {
            if (block.type() == BlockType.PARAGRAPH) {
                Matcher m = quotation.matcher(block.text());
                while (m.find()) {
                    quoted.add(m.group(1).replaceAll(",$", ""));
                }
            }
        }
        List<Quote> quotes = story.quotesInReadingOrder();
        assertThat(quotes).extracting(Quote::text).containsExactlyElementsOf(quoted);
        assertThat(quotes).hasSize(6);
        for (Quote quote : quotes) {
            assertThat(story.block(quote.blockId()).orElseThrow().text()).contains(quote.text());
        }
        Map<String, String> speakerOf = quotes.stream()
                .collect(Collectors.toMap(Quote::text, q -> q.speaker().name()));
        assertThat(speakerOf.get("strikingly similar")).isEqualTo("United Nations");
        assertThat(quotes.stream().filter(q -> q.speaker().name().equals("Oh Chong Song")))
                .hasSize(5);
        Quote oh = quotes.get(0);
        assertThat(oh.speaker().aliases()).contains("Oh Chong-song", "오청성");
        assertThat(oh.said()).isEqualTo(DateSpan.day(LocalDate.of(2019, 4, 15)).approximately());
        Quote un = quotes.stream()
                .filter(q -> q.text().equals("strikingly similar"))
                .findFirst()
                .orElseThrow();
        assertThat(un.partial()).isTrue();
        assertThat(un.said().precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void everyDatedThingIsAnEventWithItsRealPrecision() {
        Article story = seeded();
        Map<String, TimelineEvent> byPhrase =
                story.timeline().stream().collect(Collectors.toMap(TimelineEvent::phrase, Function.identity()));
        assertThat(byPhrase).hasSize(6);
        story.timeline()
                .forEach(e -> assertThat(story.block(e.blockId()).orElseThrow().text())
                        .contains(e.phrase()));

        LocalDate escape = LocalDate.of(2017, 11, 13);
        assertThat(byPhrase.get("1950-53").when())
                .isEqualTo(DateSpan.between(LocalDate.of(1950, 1, 1), LocalDate.of(1953, 12, 31)));
        assertThat(byPhrase.get("in 2014").when()).isEqualTo(DateSpan.year(java.time.Year.of(2014)));
        assertThat(byPhrase.get("On Nov. 13, 2017").when()).isEqualTo(DateSpan.day(escape));
        // The relative ones follow the written rules, anchored on the escape and on the day of publication.
        assertThat(byPhrase.get("A month before Oh made his dash").when())
                .isEqualTo(RelativeDate.offset(escape, 1, ChronoUnit.MONTHS, RelativeDate.Direction.BEFORE));
        assertThat(byPhrase.get("two weeks after Oh crossed the DMZ").when())
                .isEqualTo(RelativeDate.offset(escape, 2, ChronoUnit.WEEKS, RelativeDate.Direction.AFTER));
        assertThat(byPhrase.get("on Monday, almost 18 months after his dramatic escape")
                        .when())
                .isEqualTo(RelativeDate.weekdayOfPublication(LocalDate.of(2019, 4, 15), DayOfWeek.MONDAY));
        assertThat(story.timeline().stream().filter(e -> e.when().approximate()))
                .extracting(TimelineEvent::phrase)
                .containsExactlyInAnyOrder(
                        "A month before Oh made his dash",
                        "two weeks after Oh crossed the DMZ",
                        "on Monday, almost 18 months after his dramatic escape");
    }
}
