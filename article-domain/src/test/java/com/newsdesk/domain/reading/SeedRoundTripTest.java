package com.newsdesk.domain.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.calendar.DatePrecision;
import com.newsdesk.domain.reading.ImportedStory.ImportedEvent;
import com.newsdesk.domain.reading.ImportedStory.ImportedQuote;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Re-importing the seed's text gives back the seeded story (V2 seed, seed/defector-story.json). */
class SeedRoundTripTest {

    static String seedText() throws IOException {
        try (InputStream in = SeedRoundTripTest.class.getResourceAsStream("/devset/defector-story.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private final ImportedStory story = read();

    private static ImportedStory read() {
        try {
            return new ArticleReader()
                    .read(
                            seedText(),
                            new PageMetadata(null, null, List.of(), "NBC News", LocalDate.of(2019, 4, 15), null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void masthead() {
        assertThat(story.headline())
                .isEqualTo("N. Korean defector whose escape went viral understands why he was shot");
        assertThat(story.bylines()).containsExactly("Stella Kim", "Alexander Smith");
        assertThat(story.dateline()).isEqualTo("SEOUL, South Korea");
        assertThat(story.standfirst()).isNull();
    }

    @Test
    void theElevenParagraphsVerbatim() {
        assertThat(story.paragraphs()).hasSize(11);
        assertThat(story.paragraphs().get(0))
                .startsWith("It was a dash for freedom")
                .endsWith("his authoritarian homeland.");
        assertThat(story.paragraphs().get(10)).startsWith("“As the situation was urgent");
        assertThat(story.paragraphs())
                .noneMatch(p -> p.startsWith("Watch more")
                        || p.contains("201701:26")
                        || p.contains("We're not around")
                        || p.contains("Get breaking news"));
    }

    @Test
    void sixQuotesWithTheirSpeakers() {
        assertThat(story.quotes())
                .extracting(ImportedQuote::speaker, ImportedQuote::text, ImportedQuote::partial)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Oh Chong Song",
                                "In their situation I would have fired the gun. It’s not a matter of friendship,",
                                false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Oh Chong Song",
                                "I understand them because if I were in their shoes I would have done the same thing.",
                                false),
                        org.assertj.core.groups.Tuple.tuple("United Nations", "strikingly similar", true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Oh Chong Song",
                                "would have been either sent to a concentration camp for political prisoners or, worse,"
                                        + " executed by firing squad.",
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                "Oh Chong Song",
                                "As the situation was urgent, I was not in the right mind while driving,",
                                false),
                        org.assertj.core.groups.Tuple.tuple(
                                "Oh Chong Song", "I was driving at a very high speed. … I was escaping.", false));
        assertThat(story.quotes().get(2).organization()).isTrue();
    }

    @Test
    void sixEventsWithTheSeedsSpans() {
        assertThat(story.events())
                .extracting(
                        ImportedEvent::phrase,
                        e -> e.span().start().toString(),
                        e -> e.span().end().toString(),
                        e -> e.span().precision(),
                        e -> e.span().approximate())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "1950-53", "1950-01-01", "1953-12-31", DatePrecision.SPAN, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "in 2014", "2014-01-01", "2014-12-31", DatePrecision.YEAR, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "A month before Oh made his dash",
                                "2017-09-28",
                                "2017-10-28",
                                DatePrecision.SPAN,
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                "On Nov. 13, 2017", "2017-11-13", "2017-11-13", DatePrecision.DAY, false),
                        org.assertj.core.groups.Tuple.tuple(
                                "two weeks after Oh crossed the DMZ",
                                "2017-11-24",
                                "2017-11-30",
                                DatePrecision.SPAN,
                                true),
                        org.assertj.core.groups.Tuple.tuple(
                                "on Monday, almost 18 months after his dramatic escape",
                                "2019-04-15",
                                "2019-04-15",
                                DatePrecision.DAY,
                                true));
    }
}
